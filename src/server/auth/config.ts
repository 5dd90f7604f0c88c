import "server-only";
import { absoluteLimitFromHours } from "@/domain/session-policy";

// Sign-in configuration. Pointing the portal at another OpenID Connect provider (for example the
// real Suomi.fi test environment's OIDC interface) is a matter of these variables only.
export const authConfig = {
  issuer: process.env.OIDC_ISSUER ?? "http://localhost:3001",
  clientId: process.env.OIDC_CLIENT_ID ?? "mittkanta-portal",
  clientSecret: process.env.OIDC_CLIENT_SECRET ?? "dev-secret-change-me",
  /** The claim that carries the henkilötunnus in the ID token. */
  hetuClaim: process.env.OIDC_HETU_CLAIM ?? "national_identification_number",
  secret: process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET ?? "dev-only-secret-change-me-in-production",
  secureCookies: (process.env.NEXTAUTH_URL ?? "").startsWith("https://"),
  /** S-2: how long a session may last from sign-in, however active (SESSION_MAX_HOURS, default 12). */
  sessionAbsoluteLimitMs: absoluteLimitFromHours(process.env.SESSION_MAX_HOURS),
};

export const SESSION_COOKIE = authConfig.secureCookies ? "__Secure-mk.session" : "mk.session";
