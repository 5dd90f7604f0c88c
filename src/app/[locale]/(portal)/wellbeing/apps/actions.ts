"use server";
import { z } from "zod";
import { redirectingFormPost } from "@/server/form-post";
import { revokeWellbeingAppRight } from "@/server/kanta/own-data-repository/revoke-wellbeing-app-right";
import { viewerOf } from "@/server/portal-context";

/** V-WB-2: remove an application's right, after the confirmation page (wellbeing.appPermissions). */
export const revokeAppRightAction = redirectingFormPost({
  feature: "wellbeing.appPermissions",
  schema: z.object({ id: z.uuid() }),
  input: (formData) => ({ id: formData.get("id") ?? "" }),
  handler: async ({ id }, ctx) =>
    (await revokeWellbeingAppRight(viewerOf(ctx), id)) ? { ok: true } : { ok: false, error: "apps.revoke.notFound", status: 404 },
  back: (locale, _formData, notice) => `/${locale}/wellbeing/apps?${notice.kind === "done" ? "revoked=1" : "error=revokeFailed"}`,
});
