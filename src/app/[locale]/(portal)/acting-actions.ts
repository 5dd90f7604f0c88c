"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { currentSession } from "@/server/auth/current-session";
import { switchSubject, returnToOwn } from "@/server/auth/switch-subject";
import { now } from "@/server/clock";
import { DEFAULT_LOCALE, isLocale } from "@/i18n/settings";

const switchSchema = z.object({ personId: z.uuid(), locale: z.string() });

export async function switchSubjectAction(formData: FormData) {
  const parsed = switchSchema.safeParse({ personId: formData.get("personId"), locale: formData.get("locale") });
  const locale = parsed.success && isLocale(parsed.data.locale) ? parsed.data.locale : DEFAULT_LOCALE;
  const lookup = await currentSession();
  if (lookup.status !== "active") redirect(`/${locale}/signed-out?reason=${lookup.status === "expired" ? "timeout" : "expired"}`);
  if (!parsed.success) redirect(`/${locale}/overview?switch=refused`);
  const result = await switchSubject(lookup.session, parsed.data.personId, now());
  if (!result.ok) {
    const why = result.reason === "accessLog" ? "refusedLog" : result.reason === "mandateService" ? "mandateService" : "refused";
    redirect(`/${locale}/overview?switch=${why}`);
  }
  // The shell (whose data, navigation) lives in the layout: make the router render it afresh.
  revalidatePath("/", "layout");
  redirect(`/${locale}/overview?switch=ok`);
}

export async function returnToOwnAction(formData: FormData) {
  const requested = formData.get("locale");
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  const lookup = await currentSession();
  if (lookup.status !== "active") redirect(`/${locale}/signed-out?reason=timeout`);
  await returnToOwn(lookup.session, now());
  revalidatePath("/", "layout");
  redirect(`/${locale}/overview`);
}
