// Every new portal session starts with a fresh identification (shared computers: the next person
// must never inherit the previous person's single sign-on at the identification service).
// The authorization request asks for it (prompt=login, max_age=0), but a request can be edited in
// the address bar, so the portal also checks the answer: the identification (`auth_time`) must have
// happened after this sign-in started. The start is kept in an encrypted, short-lived cookie.
//
// Pure apart from the cookie codec, so the rule is unit-tested without a server.

/** The authorization parameters that ask the identification service to identify the user again. */
export const FRESH_IDENTIFICATION_PARAMS = { prompt: "login", max_age: 0 } as const;

export const SIGN_IN_STARTED_COOKIE = "mk.signin-started";
/** As long as next-auth keeps its own state/PKCE/nonce cookies for one sign-in. */
export const SIGN_IN_STARTED_MAX_AGE_S = 15 * 60;
/** `auth_time` and `iat` are whole seconds: up to one second each of rounding, and a little latency. */
const SLACK_MS = 2_000;

/**
 * Whether the ID token's identification happened during this sign-in. Both sides are durations on
 * one clock each, so a clock difference between the portal and the identification service cancels
 * out: the time from the identification to the token (the service's clock, `iat - auth_time`) must
 * not exceed the time since the portal started the sign-in (the portal's clock).
 */
export function isFreshIdentification(
  claims: { auth_time?: unknown; iat?: unknown },
  signInStartedAtMs: number | null,
  nowMs: number,
): boolean {
  const { auth_time: authTime, iat } = claims;
  if (typeof authTime !== "number" || typeof iat !== "number" || signInStartedAtMs === null) return false;
  if (signInStartedAtMs > nowMs) return false;
  return (iat - authTime) * 1000 <= nowMs - signInStartedAtMs + SLACK_MS;
}
