import "server-only";
import type { NextAuthOptions } from "next-auth";
import { cookies } from "next/headers";
import { authConfig, SESSION_COOKIE } from "./config";
import { startPortalSession, UnknownPersonError } from "./portal-session";
import { AccessLogUnavailableError } from "@/server/access-log";
import { now } from "@/server/clock";
import { DEFAULT_LOCALE, isLocale } from "@/i18n/settings";

type SuomiFiProfile = { sub: string; name?: string; [claim: string]: unknown };

async function localeFromCookie() {
  const value = (await cookies()).get("mk.locale")?.value;
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

// next-auth is used only for the OpenID Connect handshake (PKCE, state, nonce, ID-token checks).
// The session itself lives in the PortalSession table; the cookie holds an encrypted token whose
// only content is that row's opaque id, so the server can time it out and revoke it.
export const authOptions: NextAuthOptions = {
  secret: authConfig.secret,
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
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
      authorization: { params: { scope: "openid profile" } },
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
    async signIn({ user, account, profile }) {
      const locale = await localeFromCookie();
      const hetu = (profile as SuomiFiProfile | undefined)?.[authConfig.hetuClaim];
      if (typeof hetu !== "string") return `/${locale}/sign-in-error?reason=generic`;
      try {
        const sid = await startPortalSession(hetu, account?.id_token, now());
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
      if (url.startsWith("/")) return `${baseUrl}${url}`;
      return url.startsWith(baseUrl) ? url : baseUrl;
    },
  },
};
