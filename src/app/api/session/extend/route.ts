import { crossOriginRefused, isSameOrigin } from "@/server/csrf";
import { currentSession } from "@/server/auth/current-session";
import { timingOf, touchSession } from "@/server/auth/portal-session";
import { now } from "@/server/clock";
import { sessionStatus } from "@/server/auth/session-status";

// "Continue" in the timeout warning: an explicit user action, so it extends the session, but never
// past its absolute end (the answer says which end is next).
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return crossOriginRefused();
  const lookup = await currentSession();
  if (lookup.status !== "active") return Response.json({ active: false }, { status: 401 });
  const at = now();
  const session = await touchSession(lookup.session, at, true);
  return Response.json(sessionStatus(timingOf(session, at), at));
}
