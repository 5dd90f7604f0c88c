import { currentSession } from "@/server/auth/current-session";
import { now } from "@/server/clock";
import { sessionTiming } from "@/domain/session-policy";

// Background check used by the timeout warning and other tabs. It never counts as activity.
export async function GET() {
  const lookup = await currentSession();
  if (lookup.status !== "active") return Response.json({ active: false }, { headers: { "cache-control": "no-store" } });
  const timing = sessionTiming(lookup.session.lastActivityAt, now());
  return Response.json(
    { active: true, expiresAt: timing.expiresAt.toISOString(), warnAt: timing.warnAt.toISOString(), serverNow: now().toISOString() },
    { headers: { "cache-control": "no-store" } },
  );
}
