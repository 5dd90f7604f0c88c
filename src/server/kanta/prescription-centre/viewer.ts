import type { Role } from "@/domain/permissions";
import type { Viewer } from "@/domain/visibility";
import type { Prisma } from "@/generated/prisma/client";

/** What the use-cases need from the portal context (or a test). */
export type ViewerSource = { role: Role; subject: { id: string; birthDate: Date }; at: Date };

export function viewerOf(ctx: ViewerSource): Viewer {
  return { role: ctx.role, subject: { id: ctx.subject.id, birthDate: ctx.subject.birthDate }, now: ctx.at };
}

/** A client or an interactive transaction: every use-case takes one, so tests can pass their own. */
export type Db = Prisma.TransactionClient;
