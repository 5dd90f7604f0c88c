import "server-only";
import type { NextAuthOptions } from "next-auth";
import { cookies } from "next/headers";
import { decode } from "next-auth/jwt";
import { authConfig, SESSION_COOKIE } from "./config";
import { startPortalSession, UnknownPersonError } from "./portal-session";
import { FRESH_IDENTIFICATION_PARAMS, isFreshIdentification, SIGN_IN_STARTED_COOKIE } from "./fresh-identification";
import { sameOriginRedirect } from "./same-origin-redirect";
import { AccessLogUnavailableError } from "@/server/access-log";
import { now } from "@/server/clock";
import { DEFAULT_LOCALE, isLocale } from "@/i18n/settings";

type SuomiFiProfile = { sub: string; name?: string; sid?: unknown; auth_time?: unknown; iat?: unknown; [claim: string]: unknown };

async function localeFromCookie() {
  const value = (await cookies()).get("mk.locale")?.value;
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/** When this browser started the sign-in (set by the auth route), or null. */
async function signInStartedAt(): Promise<number | null> {
  const token = (await cookies()).get(SIGN_IN_STARTED_COOKIE)?.value;
  if (!token) return null;
  try {
    const payload = await decode({ token, secret: authConfig.secret });
    return typeof payload?.startedAt === "number" ? payload.startedAt : null;
  } catch {
    return null;
  }
}

// next-auth is used only for the OpenID Connect handshake (PKCE, state, nonce, ID-token checks).
// The session itself lives in the PortalSession table; the cookie holds an encrypted token whose
// only content is that row's opaque id, so the server can time it out and revoke it. The cookie
// lasts no longer than the session's absolute lifetime; nothing re-issues it (see the auth route).
export const authOptions: NextAuthOptions = {
  secret: authConfig.secret,
  session: { strategy: "jwt", maxAge: Math.floor(authConfig.sessionAbsoluteLimitMs / 1000) },
  useSecureCookies: authConfig.secureCookies,
  cookies: {
    sessionToken: {
      name: SESSION_COOKIE,
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: authConfig.secureCookies },
    },
  },
  providers: [
    {
      id: "suomifi",
      name: "Suomi.fi",
      type: "oauth",
      wellKnown: `${authConfig.issuer}/.well-known/openid-configuration`,
      clientId: authConfig.clientId,
      clientSecret: authConfig.clientSecret,
      // Shared computers: identify every time, never reuse the identification service's session.
      // `sid` names the identification session at sign-out (logout_hint) instead of the ID token.
      authorization: { params: { scope: "openid profile", claims: JSON.stringify({ id_token: { sid: null } }), ...FRESH_IDENTIFICATION_PARAMS } },
      client: { token_endpoint_auth_method: "client_secret_basic" },
      idToken: true,
      checks: ["pkce", "state", "nonce"],
      profile(profile: SuomiFiProfile) {
        return { id: profile.sub, name: profile.name ?? null };
      },
    },
  ],
  pages: { signIn: `/${DEFAULT_LOCALE}`, error: `/${DEFAULT_LOCALE}/sign-in-error` },
  callbacks: {
    async signIn({ user, profile }) {
      const locale = await localeFromCookie();
      const claims = profile as SuomiFiProfile | undefined;
      const hetu = claims?.[authConfig.hetuClaim];
      if (typeof hetu !== "string") return `/${locale}/sign-in-error?reason=generic`;
      // The wall clock, not the test clock: auth_time comes from the identification service's clock.
      if (!isFreshIdentification(claims ?? {}, await signInStartedAt(), Date.now())) {
        console.warn("sign-in refused: the identification was not made during this sign-in");
        return `/${locale}/sign-in-error?reason=generic`;
      }
      try {
        const idpSid = typeof claims?.sid === "string" ? claims.sid : undefined;
        const sid = await startPortalSession(hetu, idpSid, now());
        (user as { sid?: string }).sid = sid;
        return true;
      } catch (error) {
        if (error instanceof AccessLogUnavailableError) return `/${locale}/sign-in-error?reason=accessLog`;
        if (error instanceof UnknownPersonError) return `/${locale}/sign-in-error?reason=unknownPerson`;
        console.error("sign-in failed", (error as Error).name);
        return `/${locale}/sign-in-error?reason=generic`;
      }
    },
    async jwt({ token, user }) {
      // Keep nothing but the session id in the cookie.
      const sid = (user as { sid?: string } | undefined)?.sid ?? (token.sid as string | undefined);
      return { sid };
    },
    async session({ session }) {
      return { expires: session.expires };
    },
    async redirect({ url, baseUrl }) {
      return sameOriginRedirect(url, baseUrl);
    },
  },
};
