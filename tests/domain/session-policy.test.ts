import { describe, expect, it } from "vitest";
import {
  absoluteLimitFromHours,
  DEFAULT_ABSOLUTE_LIMIT_MS,
  IDLE_LIMIT_MS,
  sessionTiming,
  shouldTouch,
  WARN_BEFORE_END_MS,
} from "@/domain/session-policy";

const MIN = 60_000;
const HOUR = 60 * MIN;
const start = new Date("2026-11-25T08:00:00Z");
const at = (ms: number) => new Date(start.getTime() + ms);

describe("S-2 session limits", () => {
  it("S-2: an idle session ends 30 minutes after the last activity, with the warning 5 minutes before", () => {
    const t = sessionTiming({ createdAt: start, lastActivityAt: start }, at(10 * MIN));
    expect(t.expired).toBe(false);
    expect(t.endsBy).toBe("idle");
    expect(t.expiresAt).toEqual(at(30 * MIN));
    expect(t.warnAt).toEqual(at(25 * MIN));
    expect(t.remainingMs).toBe(20 * MIN);
    expect(sessionTiming({ createdAt: start, lastActivityAt: start }, at(IDLE_LIMIT_MS)).expired).toBe(true);
    expect(sessionTiming({ createdAt: start, lastActivityAt: start }, at(IDLE_LIMIT_MS - 1)).expired).toBe(
      false,
    );
  });

  it("S-2: the absolute limit is 12 hours by default (OWASP ASVS level 2)", () => {
    expect(DEFAULT_ABSOLUTE_LIMIT_MS).toBe(12 * HOUR);
  });

  it("S-2: a session used a minute ago still ends 12 hours after sign-in", () => {
    const session = { createdAt: start, lastActivityAt: at(12 * HOUR - MIN) };
    const before = sessionTiming(session, at(12 * HOUR - 1));
    expect(before.expired).toBe(false);
    expect(before.endsBy).toBe("lifetime");
    expect(before.expiresAt).toEqual(at(12 * HOUR));
    expect(before.absoluteEndAt).toEqual(at(12 * HOUR));
    expect(sessionTiming(session, at(12 * HOUR)).expired).toBe(true);
    // A session created 30 days ago with recent activity is not accepted.
    const old = { createdAt: at(-30 * 24 * HOUR), lastActivityAt: at(-MIN) };
    expect(sessionTiming(old, start).expired).toBe(true);
  });

  it("S-2: activity cannot move the end past the absolute end, and the warning comes before it as before an idle end", () => {
    const lastActivity = at(12 * HOUR - 10 * MIN); // "Continue" pressed 10 minutes before the absolute end
    const t = sessionTiming({ createdAt: start, lastActivityAt: lastActivity }, lastActivity);
    expect(t.expiresAt).toEqual(at(12 * HOUR));
    expect(t.endsBy).toBe("lifetime");
    expect(t.warnAt).toEqual(at(12 * HOUR - WARN_BEFORE_END_MS));
    expect(WARN_BEFORE_END_MS).toBe(5 * MIN);
  });

  it("S-2: the idle end counts while it comes first; the absolute end takes over when it is earlier", () => {
    const idleFirst = sessionTiming({ createdAt: start, lastActivityAt: at(11 * HOUR) }, at(11 * HOUR));
    expect(idleFirst.endsBy).toBe("idle");
    expect(idleFirst.expiresAt).toEqual(at(11 * HOUR + 30 * MIN));
    const tie = sessionTiming(
      { createdAt: start, lastActivityAt: at(11 * HOUR + 30 * MIN) },
      at(11 * HOUR + 30 * MIN),
    );
    expect(tie.endsBy).toBe("lifetime");
  });

  it("S-2: a configured absolute limit is used", () => {
    const t = sessionTiming({ createdAt: start, lastActivityAt: at(50 * MIN) }, at(50 * MIN), HOUR);
    expect(t.expiresAt).toEqual(at(HOUR));
    expect(sessionTiming({ createdAt: start, lastActivityAt: at(59 * MIN) }, at(HOUR), HOUR).expired).toBe(
      true,
    );
  });

  it("reads the absolute limit in hours from the configuration and refuses nonsense", () => {
    expect(absoluteLimitFromHours(undefined)).toBe(12 * HOUR);
    expect(absoluteLimitFromHours("")).toBe(12 * HOUR);
    expect(absoluteLimitFromHours("8")).toBe(8 * HOUR);
    expect(absoluteLimitFromHours("0.5")).toBe(30 * MIN);
    expect(absoluteLimitFromHours("24")).toBe(24 * HOUR);
    for (const bad of ["0", "-1", "25", "abc", "12h", "1e1", "Infinity", "NaN"]) {
      expect(() => absoluteLimitFromHours(bad), bad).toThrow(/SESSION_MAX_HOURS/);
    }
  });

  it("activity is written at most every 15 seconds", () => {
    expect(shouldTouch(start, at(14_999))).toBe(false);
    expect(shouldTouch(start, at(15_000))).toBe(true);
  });
});
