"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { sessionFormPost } from "@/server/form-post";
import { switchSubject, returnToOwn } from "@/server/auth/switch-subject";
import { now } from "@/server/clock";

const overview = (locale: string) => `/${locale}/overview`;
const personIdSchema = z.uuid();

/** Starts acting for the chosen person (resolved from the registers, logged: S-6). */
export const switchSubjectAction = sessionFormPost(async (ctx, formData, locale) => {
  const personId = personIdSchema.safeParse(formData.get("personId"));
  if (!personId.success) redirect(`${overview(locale)}?switch=refused`);
  const result = await switchSubject(ctx.session, personId.data, now());
  if (!result.ok) {
    const why =
      result.reason === "accessLog"
        ? "refusedLog"
        : result.reason === "mandateService"
          ? "mandateService"
          : "refused";
    redirect(`${overview(locale)}?switch=${why}`);
  }
  // The shell (whose data, navigation) lives in the layout: make the router render it afresh.
  revalidatePath("/", "layout");
  redirect(`${overview(locale)}?switch=ok`);
});

/** Back to one's own data. */
export const returnToOwnAction = sessionFormPost(async (ctx, _formData, locale) => {
  await returnToOwn(ctx.session, ctx.actor.hetu, now());
  revalidatePath("/", "layout");
  redirect(overview(locale));
});
