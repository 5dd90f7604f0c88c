import type { TFunction } from "i18next";
import { accessNoteFor, type NoteDomain } from "@/domain/access-note";
import type { PortalContext } from "@/server/portal-context";
import { subjectLabel } from "./whose-page";

/**
 * While acting for someone: some of their data may not be shown in this role, and why, in general
 * terms (src/domain/access-note.ts). `t` is the common namespace's.
 */
export function AccessNote({
  t,
  ctx,
  domain,
}: {
  t: TFunction;
  ctx: Pick<PortalContext, "role" | "scopes" | "actingForOther" | "subject">;
  domain: NoteDomain;
}) {
  const name = subjectLabel(ctx);
  const note = name ? accessNoteFor(ctx.role, ctx.scopes, domain) : null;
  if (!note) return null;
  const [first, ...rest] = note.sentences.map((key) =>
    t(`accessNote.${key}`, { name, scope: t(`accessNote.scopes.${note.scope}`) }),
  );
  return (
    <div className="notice access-note" data-testid="access-note">
      <p>
        <strong>{first}</strong> {rest.join(" ")}
      </p>
    </div>
  );
}
