// Unit rules of the mock identification service: who can be identified, and the rate limiter.
import { describe, expect, it } from "vitest";
import { PERSONAS, persona } from "@prisma-seed/personas";
import { METHODS, isDomesticMethod, resolveIdentity, subjectFor } from "@/idp/identities";
import { createRateLimiter } from "@/idp/rate-limit";

describe("resolveIdentity", () => {
  it("S-1: accepts a persona or its typed henkilötunnus (case-insensitive)", () => {
    expect(resolveIdentity({ persona: "kari" })).toMatchObject({
      ok: true,
      persona: { hetu: "010280-952L" },
    });
    expect(resolveIdentity({ hetu: " 010280-952l " })).toMatchObject({ ok: true, persona: { key: "kari" } });
  });

  it("S-1: a typed code wins over a chosen persona", () => {
    expect(resolveIdentity({ persona: "kari", hetu: persona("aino").hetu })).toMatchObject({
      ok: true,
      persona: { key: "aino" },
    });
  });

  it("S-1: refuses bad format, bad date, bad check character, real-looking and unknown codes", () => {
    expect(resolveIdentity({ hetu: "0102809-52L" })).toEqual({
      ok: false,
      field: "hetu",
      error: "errors.hetuFormat",
    });
    expect(resolveIdentity({ hetu: "310280-952L" })).toEqual({
      ok: false,
      field: "hetu",
      error: "errors.hetuDate",
    });
    expect(resolveIdentity({ hetu: "010280-952K" })).toEqual({
      ok: false,
      field: "hetu",
      error: "errors.hetuCheckCharacter",
    });
    expect(resolveIdentity({ hetu: "131052-308T" })).toEqual({
      ok: false,
      field: "hetu",
      error: "errors.hetuNotSynthetic",
    });
    expect(resolveIdentity({ hetu: "010190-999W" })).toEqual({
      ok: false,
      field: "hetu",
      error: "errors.unknownPerson",
    });
    expect(resolveIdentity({})).toEqual({ ok: false, field: "persona", error: "errors.nothingChosen" });
    expect(resolveIdentity({ persona: "nobody" })).toEqual({
      ok: false,
      field: "persona",
      error: "errors.unknownPersona",
    });
  });

  it("S-1: the foreign method (eIDAS) is not a domestic identification method", () => {
    expect(METHODS).toContain("eidas");
    expect(isDomesticMethod("eidas")).toBe(false);
    expect(isDomesticMethod("mobile")).toBe(true);
    expect(isDomesticMethod("bank-aurora")).toBe(true);
  });
});

describe("subjectFor", () => {
  it("is stable, distinct per person and does not contain the henkilötunnus", () => {
    const subs = PERSONAS.map((p) => subjectFor(p.hetu, "k"));
    expect(new Set(subs).size).toBe(PERSONAS.length);
    expect(subjectFor("010280-952L", "k")).toBe(subjectFor("010280-952l", "k"));
    expect(subjectFor("010280-952L", "k")).not.toBe(subjectFor("010280-952L", "other"));
    for (const [i, p] of PERSONAS.entries()) expect(subs[i]).not.toContain(p.hetu.slice(0, 6));
  });
});

describe("createRateLimiter", () => {
  it("allows the capacity, then refuses with a retry time, and refills over time", () => {
    let now = 0;
    const limiter = createRateLimiter({ capacity: 20, perMinute: 20, now: () => now });
    for (let i = 0; i < 20; i++) expect(limiter.take("1.2.3.4")).toBe(0);
    expect(limiter.take("1.2.3.4")).toBe(3);
    expect(limiter.take("5.6.7.8")).toBe(0); // per IP
    now += 3_000;
    expect(limiter.take("1.2.3.4")).toBe(0);
    expect(limiter.take("1.2.3.4")).toBeGreaterThan(0);
  });
});
