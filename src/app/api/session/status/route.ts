import { currentSession } from "@/server/auth/current-session";
import { timingOf } from "@/server/auth/portal-session";
import { now } from "@/server/clock";
import { sessionStatus } from "@/server/auth/session-status";

// Background check used by the timeout warning and other tabs. It never counts as activity.
export async function GET() {
  const lookup = await currentSession();
  if (lookup.status !== "active")
    return Response.json({ active: false }, { headers: { "cache-control": "no-store" } });
  const at = now();
  return Response.json(sessionStatus(timingOf(lookup.session, at), at), {
    headers: { "cache-control": "no-store" },
  });
}
