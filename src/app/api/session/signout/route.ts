import { crossOriginRefused, isSameOrigin } from "@/server/csrf";
import { cookies } from "next/headers";
import { sessionIdFromCookie } from "@/server/auth/current-session";
import { endPortalSession } from "@/server/auth/portal-session";
import { authConfig, SESSION_COOKIE } from "@/server/auth/config";
import { now } from "@/server/clock";
import { isLocale, DEFAULT_LOCALE } from "@/i18n/settings";

const REASONS = ["manual", "timeout", "lifetime"] as const;
type Reason = (typeof REASONS)[number];

function reasonOf(value: unknown): Reason {
  return REASONS.find((r) => r === value) ?? "manual";
}

// S-4: ends the portal session on the server, then the identification service's session, so the
// next person at a shared computer has to identify (the portal asks for that anyway, see
// fresh-identification.ts). Nothing personal travels in the URL: the service is told which session
// to end by the portal's client id and the session's opaque `sid` as `logout_hint`, never by the
// ID token (which names the person).
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return crossOriginRefused();
  const form = await request.formData().catch(() => null);
  const requested = form?.get("locale");
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  const reason = reasonOf(form?.get("reason"));
  const sid = await sessionIdFromCookie();
  const ended = sid ? await endPortalSession(sid, reason === "manual" ? "SIGN_OUT" : "TIMEOUT", now()) : null;
  const jar = await cookies();
  jar.delete(SESSION_COOKIE);

  const origin = process.env.NEXTAUTH_URL ?? new URL(request.url).origin;
  let target = `${origin}/${locale}/signed-out?reason=${reason}`;
  // After a time-out too: the browser that timed out is here, and on a shared computer the
  // identification service's own single sign-on must not outlive the portal session.
  if (ended?.idpSid) {
    const endSession = new URL(`${authConfig.issuer}/session/end`);
    endSession.searchParams.set("client_id", authConfig.clientId);
    endSession.searchParams.set("logout_hint", ended.idpSid);
    endSession.searchParams.set("post_logout_redirect_uri", `${origin}/${locale}/signed-out`);
    endSession.searchParams.set("state", reason);
    endSession.searchParams.set("ui_locales", locale);
    target = endSession.toString();
  }
  return Response.redirect(target, 303);
}
