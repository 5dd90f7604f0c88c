// S-2: the portal session ends after 30 minutes without user activity; a warning shows at 25.
// It also ends a fixed time after sign-in, however active the user is (OWASP ASVS 4.0 3.3.2, level
// 2: 12 hours), so a session left open on a shared computer cannot live on for days.
// The server decides with these numbers; the browser only mirrors them.
export const IDLE_LIMIT_MS = 30 * 60_000;
export const WARNING_AFTER_MS = 25 * 60_000;
/** The warning shows this long before either end, the idle one or the absolute one. */
export const WARN_BEFORE_END_MS = IDLE_LIMIT_MS - WARNING_AFTER_MS;
export const DEFAULT_ABSOLUTE_LIMIT_MS = 12 * 60 * 60_000;
/** Activity is written at most this often, so page loads do not each cost a write. */
export const TOUCH_THROTTLE_MS = 15_000;

export type SessionTimes = { createdAt: Date; lastActivityAt: Date };

export type SessionTiming = {
  expired: boolean;
  /** The earlier of the idle end and the absolute end. */
  expiresAt: Date;
  warnAt: Date;
  remainingMs: number;
  /** "lifetime" when activity can no longer move the end: the absolute end comes first. */
  endsBy: "idle" | "lifetime";
  /** The absolute end, which nothing moves. */
  absoluteEndAt: Date;
};

export function sessionTiming(session: SessionTimes, now: Date, absoluteLimitMs = DEFAULT_ABSOLUTE_LIMIT_MS): SessionTiming {
  const idleEnd = session.lastActivityAt.getTime() + IDLE_LIMIT_MS;
  const absoluteEnd = session.createdAt.getTime() + absoluteLimitMs;
  const end = Math.min(idleEnd, absoluteEnd);
  const remainingMs = end - now.getTime();
  return {
    expired: remainingMs <= 0,
    expiresAt: new Date(end),
    warnAt: new Date(end - WARN_BEFORE_END_MS),
    remainingMs: Math.max(0, remainingMs),
    endsBy: absoluteEnd <= idleEnd ? "lifetime" : "idle",
    absoluteEndAt: new Date(absoluteEnd),
  };
}

export function shouldTouch(lastActivityAt: Date, now: Date): boolean {
  return now.getTime() - lastActivityAt.getTime() >= TOUCH_THROTTLE_MS;
}

/** The longest absolute lifetime a deployment may configure. */
export const MAX_ABSOLUTE_LIMIT_HOURS = 24;

/**
 * The absolute lifetime from its configuration value in hours (decimals allowed, e.g. "0.5").
 * Unset means the default; anything else that is not a number in (0, 24] is a configuration error.
 */
export function absoluteLimitFromHours(value: string | undefined): number {
  if (value === undefined || value.trim() === "") return DEFAULT_ABSOLUTE_LIMIT_MS;
  const hours = /^\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : NaN;
  if (!(hours > 0 && hours <= MAX_ABSOLUTE_LIMIT_HOURS)) {
    throw new Error(`SESSION_MAX_HOURS must be a number of hours above 0 and at most ${MAX_ABSOLUTE_LIMIT_HOURS}`);
  }
  return Math.round(hours * 60 * 60_000);
}
