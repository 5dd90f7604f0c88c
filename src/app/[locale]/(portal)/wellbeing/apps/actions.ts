"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { DEFAULT_LOCALE, isLocale, LOCALES } from "@/i18n/settings";
import { authedAction } from "@/server/guard";
import { revokeWellbeingAppRight } from "@/server/kanta/own-data-repository/revoke-wellbeing-app-right";
import { viewerOf } from "@/server/portal-context";

const revokeSchema = z.object({ id: z.uuid(), locale: z.enum(LOCALES) });

/** V-WB-2: remove an application's right, after the confirmation page (wellbeing.appPermissions). */
export async function revokeAppRightAction(formData: FormData): Promise<void> {
  const requested = formData.get("locale");
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  const run = authedAction("wellbeing.appPermissions", revokeSchema, async ({ id }, ctx) =>
    (await revokeWellbeingAppRight(viewerOf(ctx), id))
      ? { ok: true }
      : { ok: false, error: "apps.revoke.notFound", status: 404 },
  );
  const result = await run({ id: formData.get("id") ?? "", locale: requested ?? "" });
  if (result.ok) redirect(`/${locale}/wellbeing/apps?revoked=1`);
  if (result.status === 401) redirect(`/${locale}/signed-out?reason=timeout`);
  redirect(`/${locale}/wellbeing/apps?error=revokeFailed`);
}
