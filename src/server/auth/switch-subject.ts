import "server-only";
import { getPrisma } from "@/server/db";
import { writeAccessLog, AccessLogUnavailableError } from "@/server/access-log";
import { loadRegistersAround } from "@/server/kanta/population/load-registers";
import { resolveFor } from "@/server/portal-context";
import { endActingFor, touchSession, type ActiveSession } from "./portal-session";
import { isDisturbed } from "@/server/kanta/service-status";

export type SwitchResult = { ok: true } | { ok: false; reason: string };

/**
 * Starts acting for another person. The relation is resolved from the registers now (never trusted
 * from the form), and the start is written to the access log in the same transaction that switches
 * the session, so a failed log write refuses the switch (S-6).
 */
export async function switchSubject(session: ActiveSession, targetId: string, at: Date): Promise<SwitchResult> {
  // D-3: whom one may act for comes from the mandate service; while it is disturbed, no switch.
  if (targetId !== session.personId && (await isDisturbed("MANDATE"))) return { ok: false, reason: "mandateService" };
  const loaded = await loadRegistersAround(session.personId);
  if (!loaded) return { ok: false, reason: "noRelation" };
  const resolution = resolveFor(loaded, targetId, at);
  if (!resolution.ok) return { ok: false, reason: resolution.reason };
  try {
    await getPrisma().$transaction(async (tx) => {
      if (targetId !== session.personId) {
        await writeAccessLog(tx, {
          event: "ACT_FOR_START",
          actorPersonId: loaded.actor.id,
          actorHetu: loaded.actor.hetu,
          subjectPersonId: targetId,
          role: resolution.role,
          sessionId: session.id,
          at,
        });
      }
      await tx.portalSession.update({ where: { id: session.id }, data: { subjectPersonId: targetId, lastActivityAt: at } });
    });
    return { ok: true };
  } catch (error) {
    if (error instanceof AccessLogUnavailableError) return { ok: false, reason: "accessLog" };
    throw error;
  }
}

/** Back to one's own data, as a user action. Narrowing access is never blocked by the log. */
export async function returnToOwn(session: ActiveSession, actorHetu: string, at: Date): Promise<void> {
  if (session.subjectPersonId !== session.personId) await endActingFor(session, actorHetu, at);
  await touchSession(session, at, true);
}
