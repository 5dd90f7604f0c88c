import NextAuth from "next-auth";
import { encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { NextRequest } from "next/server";
import { authOptions } from "@/server/auth/options";
import { authConfig } from "@/server/auth/config";
import { SIGN_IN_STARTED_COOKIE, SIGN_IN_STARTED_MAX_AGE_S } from "@/server/auth/fresh-identification";
import { clientKey, takeSignInToken } from "@/server/rate-limit";
import { isLocale } from "@/i18n/settings";

const handler = NextAuth(authOptions) as (req: Request, ctx: unknown) => Promise<Response>;

// Starting a sign-in and completing one (the callback) are rate-limited per client.
const LIMITED = /\/api\/auth\/(signin|callback)\//;
const START = /^\/api\/auth\/signin\/[^/]+$/;
const SESSION = /^\/api\/auth\/session\/?$/;

/**
 * The browser may choose only the identification service's language. Anything else in the query
 * would be merged into the authorization request by next-auth, e.g. a `prompt=none` that asks for
 * the previous person's single sign-on.
 */
async function withOnlyTheLanguage(request: Request): Promise<NextRequest> {
  const url = new URL(request.url);
  const language = url.searchParams.get("ui_locales");
  url.search = isLocale(language) ? `?ui_locales=${language}` : "";
  return new NextRequest(url, {
    method: request.method,
    headers: request.headers,
    body: await request.text(),
  });
}

/** Remembers when this browser started the sign-in; the callback requires a later identification. */
async function rememberSignInStart() {
  const value = await encode({
    token: { startedAt: Date.now() },
    secret: authConfig.secret,
    maxAge: SIGN_IN_STARTED_MAX_AGE_S,
  });
  (await cookies()).set(SIGN_IN_STARTED_COOKIE, value, {
    httpOnly: true,
    sameSite: "lax",
    secure: authConfig.secureCookies,
    path: "/api/auth/callback",
    maxAge: SIGN_IN_STARTED_MAX_AGE_S,
  });
}

async function route(request: Request, context: unknown) {
  const { pathname } = new URL(request.url);
  // The portal's session lives in PortalSession, not in next-auth's session. next-auth's session
  // endpoint would re-encode the cookie with a fresh lifetime on every call: answer it without that.
  if (SESSION.test(pathname)) return Response.json({}, { headers: { "cache-control": "private, no-store" } });
  if (LIMITED.test(pathname)) {
    const wait = takeSignInToken(clientKey(request));
    if (wait > 0)
      return new Response("Too many sign-in attempts. Try again shortly.", {
        status: 429,
        headers: { "retry-after": String(wait) },
      });
  }
  if (request.method === "POST" && START.test(pathname)) {
    await rememberSignInStart();
    return handler(await withOnlyTheLanguage(request), context);
  }
  return handler(request, context);
}

export { route as GET, route as POST };
