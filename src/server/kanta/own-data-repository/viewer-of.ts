import "server-only";
import type { Viewer } from "@/domain/visibility";
import type { PortalContext } from "@/server/portal-context";

/** The visibility rules' view of a request: role, whose data, and the request's clock. */
export function viewerOf(ctx: Pick<PortalContext, "role" | "subject" | "at">): Viewer {
  return { role: ctx.role, subject: { id: ctx.subject.id, birthDate: ctx.subject.birthDate }, now: ctx.at };
}
