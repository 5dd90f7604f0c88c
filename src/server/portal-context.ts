import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { redirect, unstable_rethrow } from "next/navigation";
import { resolveRole, type Resolution } from "@/domain/relationships";
import type { AccessContext, Role } from "@/domain/permissions";
import type { Viewer } from "@/domain/visibility";
import { sessionIdFromCookie } from "@/server/auth/current-session";
import { endActingFor, judgeSession, type ActiveSession, type SessionLookup } from "@/server/auth/portal-session";
import type { LoadedRegisters, PersonSummary } from "@/server/kanta/population/load-registers";
import { loadSessionFrame } from "@/server/session-frame";
import { primeDisturbedServices } from "@/server/kanta/service-status";
import { getPrisma, type Db } from "@/server/db";
import { now } from "@/server/clock";

export type Scopes = { health: boolean; social: boolean };

export type PortalContext = {
  session: ActiveSession;
  actor: PersonSummary;
  subject: PersonSummary;
  role: Role;
  scopes: Scopes;
  actingForOther: boolean;
  accessContext: AccessContext;
  loaded: LoadedRegisters;
  at: Date;
  /** Set on the request that found the relation to the person on screen ended (shown once). */
  actingEnded?: PersonSummary;
};

/** The visibility rules' view of a request: role, whose data, and the request's clock. */
export function viewerOf(ctx: Pick<PortalContext, "role" | "subject" | "at">): Viewer {
  return { role: ctx.role, subject: { id: ctx.subject.id, birthDate: ctx.subject.birthDate }, now: ctx.at };
}

export type PortalState = { status: "none" } | Extract<SessionLookup, { status: "expired" }> | { status: "active"; ctx: PortalContext };

/** The database cannot be reached: send the user to the 503 page; it recovers by itself. */
async function databaseUnavailable(error: unknown): Promise<never> {
  unstable_rethrow(error); // Next's own signals (dynamic rendering, redirects) are not failures
  console.error("database unavailable:", (error as Error)?.name ?? "error");
  const h = await headers();
  const locale = h.get("x-mk-locale") ?? "fi";
  const from = h.get("x-mk-path") ?? `/${locale}`;
  redirect(`/${locale}/unavailable?from=${encodeURIComponent(from)}`);
}

/** The latest Kanta information (footnotes ** and ***, and C-2). */
export const LATEST_KANTA_INFO_VERSION = "2.0";

export async function accessContextFor(subjectId: string, db: Pick<Db, "kantaInfoReceipt"> = getPrisma()): Promise<AccessContext> {
  const receipts = await db.kantaInfoReceipt.findMany({
    where: { personId: subjectId, inHealthCare: true },
    select: { version: true },
  });
  return accessContextFromReceipts(receipts);
}

/** C-2: what the subject has been told about Kanta, from their receipts in health care. */
export function accessContextFromReceipts(receipts: readonly { version: string }[]): AccessContext {
  return {
    subjectHasReceivedKantaInfo: receipts.length > 0,
    subjectHasReceivedKantaInfoV2: receipts.some((r) => r.version === LATEST_KANTA_INFO_VERSION),
  };
}

export function resolveFor(loaded: LoadedRegisters, subjectId: string, at: Date): Resolution {
  return resolveRole(loaded.actor.id, subjectId, loaded.registers, at);
}

/**
 * Who is signed in, whose data is on screen and in which role, resolved afresh from the registers on
 * every request (memoised for the request only). A relation that has ended since the switch (the
 * child turned 18, a mandate expired) drops the user back to their own data.
 */
export const getPortalState = cache(async (): Promise<PortalState> => {
  const at = now();
  const sessionId = await sessionIdFromCookie();
  if (!sessionId) return { status: "none" };
  // Session, registers, receipts and the disturbance flags in one statement (session-frame.ts).
  const frame = await loadSessionFrame(sessionId).catch(databaseUnavailable);
  primeDisturbedServices(frame.disturbed);
  const lookup = await judgeSession(frame.session, at).catch(databaseUnavailable);
  if (lookup.status !== "active") return lookup;
  let { session } = lookup;
  const { loaded } = frame;
  if (!loaded) return { status: "none" };

  let subjectId = session.subjectPersonId;
  let resolution = resolveFor(loaded, subjectId, at);
  let actingEnded: PersonSummary | undefined;
  if (!resolution.ok) {
    // Back to own data in the session row too, so that acting for them again is a new, logged start.
    const wasEndedHere = await endActingFor(session, loaded.actor.hetu, at).catch(databaseUnavailable);
    if (wasEndedHere) actingEnded = loaded.persons.get(subjectId);
    subjectId = session.personId;
    session = { ...session, subjectPersonId: subjectId };
    resolution = resolveFor(loaded, subjectId, at);
  }
  if (!resolution.ok) return { status: "none" };
  const subject = loaded.persons.get(subjectId);
  if (!subject) return { status: "none" };

  return {
    status: "active",
    ctx: {
      session,
      actor: loaded.actor,
      subject,
      role: resolution.role,
      scopes: resolution.scopes,
      actingForOther: subjectId !== session.personId,
      accessContext: accessContextFromReceipts(frame.receipts.filter((r) => r.personId === subjectId)),
      loaded,
      at,
      actingEnded,
    },
  };
});
