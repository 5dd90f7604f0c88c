import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db";

// Shared pieces of the will service (Viljeyttringstjänsten) use-cases: who acts on whose data,
// the outcome shape, and database helpers.

/** The client inside an interactive transaction. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
export type Reader = Db | Tx;

/** Who does it (the signed-in person), on whose data (the subject), and when. */
export type Acting = { actorId: string; subjectId: string; at: Date };

/**
 * The outcome of a write. `message` and `error` are keys under results.* and errors.* of the
 * dataUse namespace; the page shows them after the redirect.
 */
export type Outcome<K extends string = string> = { ok: true; message: K } | { ok: false; error: K };

export const done = <K extends string>(message: K): Outcome<K> => ({ ok: true, message });
export const refused = <K extends string>(error: K): Outcome<K> => ({ ok: false, error });

/** A unique constraint refused the write (PostgreSQL 23505, Prisma P2002). */
export function isUniqueViolation(e: unknown): boolean {
  return e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";
}
