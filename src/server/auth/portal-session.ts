import "server-only";
import { randomBytes } from "node:crypto";
import { getPrisma } from "@/server/db";
import { writeAccessLog } from "@/server/access-log";
import { sessionTiming, shouldTouch, type SessionTiming } from "@/domain/session-policy";
import { authConfig } from "./config";

export class UnknownPersonError extends Error {
  constructor() {
    super("person not in the population register");
    this.name = "UnknownPersonError";
  }
}

/** S-2 with the configured absolute lifetime. */
export function timingOf(session: { createdAt: Date; lastActivityAt: Date }, at: Date): SessionTiming {
  return sessionTiming(session, at, authConfig.sessionAbsoluteLimitMs);
}

/**
 * S-6: the sign-in is logged in the same transaction that creates the session, or not at all.
 * `idpSid` is the identification service's opaque session id for the portal (the ID token's `sid`):
 * enough to end that session at sign-out, unlike the ID token, which names the person.
 */
export async function startPortalSession(hetu: string, idpSid: string | undefined, at: Date): Promise<string> {
  const prisma = getPrisma();
  const person = await prisma.person.findUnique({ where: { hetu }, select: { id: true, hetu: true } });
  if (!person) throw new UnknownPersonError();
  const id = randomBytes(32).toString("base64url");
  await prisma.$transaction(async (tx) => {
    await writeAccessLog(tx, { event: "SIGN_IN", actorPersonId: person.id, actorHetu: person.hetu, sessionId: id, at });
    await tx.portalSession.create({
      data: { id, personId: person.id, subjectPersonId: person.id, createdAt: at, lastActivityAt: at, idpSid },
    });
  });
  return id;
}

export type SessionRow = {
  id: string;
  personId: string;
  subjectPersonId: string;
  lastActivityAt: Date;
  createdAt: Date;
  endedAt: Date | null;
  endReason: string | null;
};

export type ActiveSession = {
  id: string;
  personId: string;
  subjectPersonId: string;
  lastActivityAt: Date;
  createdAt: Date;
  /** The earlier of the idle end and the absolute end (S-2). */
  expiresAt: Date;
  /** "lifetime" once activity can no longer move the end. */
  endsBy: SessionTiming["endsBy"];
};

export type SessionLookup =
  | { status: "none" }
  | { status: "expired"; reason: SignedOutReason }
  | { status: "active"; session: ActiveSession };

/**
 * What the signed-out page says: "timeout" only when the session ended for lack of activity (S-2);
 * the absolute lifetime, a sign-out elsewhere and anything else get the neutral "session ended".
 */
export type SignedOutReason = "timeout" | "expired";

/** Loads a session and enforces the idle and absolute limits on the server (S-2), whatever the browser showed. */
export async function lookupSession(id: string | null, at: Date): Promise<SessionLookup> {
  if (!id) return { status: "none" };
  const row = await getPrisma().portalSession.findUnique({
    where: { id },
    select: { id: true, personId: true, subjectPersonId: true, lastActivityAt: true, createdAt: true, endedAt: true, endReason: true },
  });
  return judgeSession(row, at);
}

/**
 * S-2: a loaded session row is active, or ended; one idle past the limit, or older than the
 * absolute lifetime however active, is ended here and now.
 */
export async function judgeSession(row: SessionRow | null, at: Date): Promise<SessionLookup> {
  if (!row) return { status: "none" };
  if (row.endedAt) return { status: "expired", reason: row.endReason === "TIMEOUT" ? "timeout" : "expired" };
  const timing = timingOf(row, at);
  if (timing.expired) {
    const endReason = timing.endsBy === "lifetime" ? "LIFETIME" : "TIMEOUT";
    await getPrisma().portalSession.update({ where: { id: row.id }, data: { endedAt: at, endReason } });
    return { status: "expired", reason: endReason === "TIMEOUT" ? "timeout" : "expired" };
  }
  const { id, personId, subjectPersonId, lastActivityAt, createdAt } = row;
  return {
    status: "active",
    session: { id, personId, subjectPersonId, lastActivityAt, createdAt, expiresAt: timing.expiresAt, endsBy: timing.endsBy },
  };
}

/** Records user activity; background status checks never call this. Activity never moves the absolute end. */
export async function touchSession(session: ActiveSession, at: Date, force = false): Promise<ActiveSession> {
  if (!force && !shouldTouch(session.lastActivityAt, at)) return session;
  await getPrisma().portalSession.update({ where: { id: session.id }, data: { lastActivityAt: at } });
  const timing = timingOf({ createdAt: session.createdAt, lastActivityAt: at }, at);
  return { ...session, lastActivityAt: at, expiresAt: timing.expiresAt, endsBy: timing.endsBy };
}

export async function endPortalSession(id: string, reason: "SIGN_OUT" | "TIMEOUT", at: Date) {
  const prisma = getPrisma();
  return prisma.$transaction(async (tx) => {
    const row = await tx.portalSession.findUnique({
      where: { id },
      select: { personId: true, endedAt: true, idpSid: true, person: { select: { hetu: true } } },
    });
    if (!row) return null;
    if (!row.endedAt) {
      await tx.portalSession.update({ where: { id }, data: { endedAt: at, endReason: reason } });
      await tx.accessLogEntry.create({
        data: { event: reason, actorPersonId: row.personId, actorHetu: row.person.hetu, sessionId: id, at },
      });
    }
    return { idpSid: row.idpSid };
  });
}

/** S-5: the previous sign-in before this session. */
export async function previousUse(personId: string, currentSessionId: string): Promise<Date | null> {
  const last = await getPrisma().accessLogEntry.findFirst({
    where: { actorPersonId: personId, event: "SIGN_IN", NOT: { sessionId: currentSessionId } },
    orderBy: { at: "desc" },
    select: { at: true },
  });
  return last?.at ?? null;
}

/**
 * Ends acting for the person on screen: the session shows the user's own data again, and the end is
 * logged (ACT_FOR_END). Used when the user returns to their own data and when the relation has
 * ended (a mandate expired, a child turned 18), so that acting for that person again means choosing
 * them again, which is logged as a new start (S-6). Not user activity by itself: it does not touch
 * the idle clock. Returns whether this call ended it (parallel requests race; one logs).
 */
export async function endActingFor(session: ActiveSession, actorHetu: string, at: Date): Promise<boolean> {
  const ended = session.subjectPersonId;
  const prisma = getPrisma();
  const { count } = await prisma.portalSession.updateMany({
    where: { id: session.id, subjectPersonId: ended },
    data: { subjectPersonId: session.personId },
  });
  if (count === 1) {
    await prisma.accessLogEntry
      .create({ data: { event: "ACT_FOR_END", actorPersonId: session.personId, actorHetu, subjectPersonId: ended, sessionId: session.id, at } })
      .catch(() => undefined); // narrowing access is never blocked by the log
  }
  return count === 1;
}
