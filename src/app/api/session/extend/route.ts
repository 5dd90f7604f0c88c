import { crossOriginRefused, isSameOrigin } from "@/server/csrf";
import { currentSession } from "@/server/auth/current-session";
import { touchSession } from "@/server/auth/portal-session";
import { now } from "@/server/clock";
import { sessionTiming } from "@/domain/session-policy";

// "Continue" in the timeout warning: an explicit user action, so it extends the session.
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return crossOriginRefused();
  const lookup = await currentSession();
  if (lookup.status !== "active") return Response.json({ active: false }, { status: 401 });
  const at = now();
  const session = await touchSession(lookup.session, at, true);
  const timing = sessionTiming(session.lastActivityAt, at);
  return Response.json({ active: true, expiresAt: timing.expiresAt.toISOString(), warnAt: timing.warnAt.toISOString(), serverNow: at.toISOString() });
}
