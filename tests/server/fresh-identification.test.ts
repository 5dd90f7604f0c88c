import { describe, expect, it } from "vitest";
import { FRESH_IDENTIFICATION_PARAMS, isFreshIdentification } from "@/server/auth/fresh-identification";

const started = Date.parse("2026-11-25T10:00:00Z");
const s = (ms: number) => Math.floor(ms / 1000);

describe("S-1: every portal session starts with a fresh identification", () => {
  it("asks the identification service to identify again", () => {
    expect(FRESH_IDENTIFICATION_PARAMS).toEqual({ prompt: "login", max_age: 0 });
  });

  it("accepts an identification made after the sign-in started", () => {
    const now = started + 40_000;
    expect(isFreshIdentification({ auth_time: s(started + 35_000), iat: s(now) }, started, now)).toBe(true);
    // The identification service's clock may differ from the portal's: only durations are compared.
    const skew = -90_000;
    expect(
      isFreshIdentification({ auth_time: s(started + 35_000 + skew), iat: s(now + skew) }, started, now),
    ).toBe(true);
  });

  it("refuses single sign-on from an earlier identification (the previous person's)", () => {
    const now = started + 20_000;
    expect(isFreshIdentification({ auth_time: s(started - 60_000), iat: s(now) }, started, now)).toBe(false);
    expect(isFreshIdentification({ auth_time: s(started - 5_000), iat: s(now) }, started, now)).toBe(false);
  });

  it("refuses without auth_time, iat or a known start", () => {
    const now = started + 20_000;
    expect(isFreshIdentification({ iat: s(now) }, started, now)).toBe(false);
    expect(isFreshIdentification({ auth_time: s(now), iat: "x" }, started, now)).toBe(false);
    expect(isFreshIdentification({ auth_time: s(now), iat: s(now) }, null, now)).toBe(false);
    expect(isFreshIdentification({ auth_time: s(now), iat: s(now) }, now + 1000, now)).toBe(false);
  });
});
