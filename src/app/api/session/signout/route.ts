import { crossOriginRefused, isSameOrigin } from "@/server/csrf";
import { cookies } from "next/headers";
import { sessionIdFromCookie } from "@/server/auth/current-session";
import { endPortalSession } from "@/server/auth/portal-session";
import { authConfig, SESSION_COOKIE } from "@/server/auth/config";
import { now } from "@/server/clock";
import { isLocale, DEFAULT_LOCALE } from "@/i18n/settings";

// S-4: ends the portal session on the server, then the identification service's session.
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return crossOriginRefused();
  const form = await request.formData().catch(() => null);
  const requested = form?.get("locale");
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  const reason = form?.get("reason") === "timeout" ? "timeout" : "manual";
  const sid = await sessionIdFromCookie();
  const ended = sid ? await endPortalSession(sid, reason === "timeout" ? "TIMEOUT" : "SIGN_OUT", now()) : null;
  const jar = await cookies();
  jar.delete(SESSION_COOKIE);

  const origin = process.env.NEXTAUTH_URL ?? new URL(request.url).origin;
  const signedOut = `${origin}/${locale}/signed-out?reason=${reason}`;
  let target = signedOut;
  // A timed-out user is not there to confirm at the identification service, whose own single
  // sign-on ends by itself two minutes later (S-3); an explicit sign-out ends it now.
  if (ended?.idTokenHint && reason === "manual") {
    const endSession = new URL(`${authConfig.issuer}/session/end`);
    endSession.searchParams.set("id_token_hint", ended.idTokenHint);
    endSession.searchParams.set("post_logout_redirect_uri", `${origin}/${locale}/signed-out`);
    endSession.searchParams.set("state", reason);
    endSession.searchParams.set("client_id", authConfig.clientId);
    target = endSession.toString();
  }
  return Response.redirect(target, 303);
}
