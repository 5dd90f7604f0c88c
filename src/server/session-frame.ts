import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { getPrisma, type Db } from "@/server/db";
import type { SessionRow } from "@/server/auth/portal-session";
import {
  dateFromJson,
  optionalDate,
  PERSONS,
  registerColumns,
  registersFromRow,
  type LoadedRegisters,
  type RegisterRow,
} from "@/server/kanta/population/load-registers";

// One statement per page for the request's frame (see loadSessionFrame): every page needs it, and
// each query saved is a few per cent of a page's CPU (npm run bench).

type RawSession = {
  id: string;
  personId: string;
  subjectPersonId: string;
  lastActivityAt: string;
  createdAt: string;
  endedAt: string | null;
  endReason: string | null;
};
type FrameRow = RegisterRow & {
  session: RawSession | null;
  receipts: { personId: string; version: string }[];
  disturbed: string[];
};

export type SessionFrame = {
  session: SessionRow | null;
  /** The registers around the session's person; null without a session (or a person). */
  loaded: LoadedRegisters | null;
  /** Kanta information receipts in health care of the session's person and of its subject (C-2). */
  receipts: { personId: string; version: string }[];
  /** The Kanta services an operator has marked disturbed (D-1), for primeDisturbedServices. */
  disturbed: string[];
};

/**
 * What every page needs before it can decide anything, in one statement: the session row, the
 * registers around its person, the Kanta information receipts of the two persons the page can be
 * about (the session's person and the subject they switched to), and the operator's disturbance
 * flags. The session's idle limit is judged by the caller (portal-session.ts), which also ends an
 * expired session.
 */
export async function loadSessionFrame(sessionId: string, db: Db = getPrisma()): Promise<SessionFrame> {
  const actor = Prisma.sql`(SELECT "personId" FROM s)`;
  const rows = await db.$queryRaw<FrameRow[]>(Prisma.sql`
    WITH s AS (
      SELECT "id", "personId", "subjectPersonId", "lastActivityAt", "createdAt", "endedAt", "endReason"
      FROM "PortalSession" WHERE "id" = ${sessionId}
    ), ${PERSONS}
    SELECT
      (SELECT row_to_json(s) FROM s) AS "session",
      ${registerColumns(actor)},
      COALESCE((
        SELECT json_agg(json_build_object('personId', k."personId", 'version', k."version"))
        FROM "KantaInfoReceipt" k
        WHERE k."inHealthCare" AND k."personId" IN (SELECT "personId" FROM s UNION SELECT "subjectPersonId" FROM s)
      ), '[]'::json) AS "receipts",
      COALESCE((SELECT json_agg(st."service") FROM "ServiceStatus" st WHERE st."disturbed"), '[]'::json) AS "disturbed"`);
  const row = rows[0];
  const raw = row?.session ?? null;
  return {
    session: raw && {
      ...raw,
      lastActivityAt: dateFromJson(raw.lastActivityAt),
      createdAt: dateFromJson(raw.createdAt),
      endedAt: optionalDate(raw.endedAt),
    },
    loaded: raw ? registersFromRow(row) : null,
    receipts: row?.receipts ?? [],
    disturbed: row?.disturbed ?? [],
  };
}
