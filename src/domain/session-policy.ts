// S-2: the portal session ends after 30 minutes without user activity; a warning shows at 25.
// The server decides with these numbers; the browser only mirrors them.
export const IDLE_LIMIT_MS = 30 * 60_000;
export const WARNING_AFTER_MS = 25 * 60_000;
/** Activity is written at most this often, so page loads do not each cost a write. */
export const TOUCH_THROTTLE_MS = 15_000;

export type SessionTiming = { expired: boolean; expiresAt: Date; warnAt: Date; remainingMs: number };

export function sessionTiming(lastActivityAt: Date, now: Date): SessionTiming {
  const expiresAt = new Date(lastActivityAt.getTime() + IDLE_LIMIT_MS);
  const remainingMs = expiresAt.getTime() - now.getTime();
  return {
    expired: remainingMs <= 0,
    expiresAt,
    warnAt: new Date(lastActivityAt.getTime() + WARNING_AFTER_MS),
    remainingMs: Math.max(0, remainingMs),
  };
}

export function shouldTouch(lastActivityAt: Date, now: Date): boolean {
  return now.getTime() - lastActivityAt.getTime() >= TOUCH_THROTTLE_MS;
}
