import "server-only";
import type { Viewer } from "@/domain/visibility/common";
import type { PortalContext } from "@/server/portal-context";

export type { Viewer };

/** The viewer every where-builder takes: the role towards the subject, decided afresh per request. */
export function healthViewer(ctx: Pick<PortalContext, "role" | "subject" | "at">): Viewer {
  return { role: ctx.role, subject: { id: ctx.subject.id, birthDate: ctx.subject.birthDate }, now: ctx.at };
}

/** An inclusive range of instants; an absent end is open. */
export type DateRange = { from?: Date; to?: Date };
