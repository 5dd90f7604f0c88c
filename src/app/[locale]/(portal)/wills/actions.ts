"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { FeatureId } from "@/domain/permissions";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/i18n/settings";
import { willServiceDb } from "@/server/kanta/will-service/will-service-db";
import { authedAction, type Authorized } from "@/server/guard";
import type { Acting, Outcome } from "@/server/kanta/will-service/common";
import { deleteLivingWill } from "@/server/kanta/will-service/delete-living-will";
import { removeOrganDonationWill } from "@/server/kanta/will-service/remove-organ-donation-will";
import { saveLivingWill } from "@/server/kanta/will-service/save-living-will";
import { saveOrganDonationWill } from "@/server/kanta/will-service/save-organ-donation-will";
import { LIVING_WILL_MAX, ORGAN_INFO_MAX, prepareText } from "@/server/kanta/will-service/will-text";

// C-5, C-7: the wills. Writing goes in two steps: "review" cleans the text and shows exactly what
// will be stored with what it means; "save" stores it. Both steps are checked on the server
// (adult owner only: organDonation.manage / livingWill.manage), and the text is cleaned again
// when saved, whatever the form sends.

export type WillFormState = { step: "edit" | "review"; text: string; changed?: boolean; error?: string };

const acting = (ctx: Authorized): Acting => ({ actorId: ctx.actor.id, subjectId: ctx.subject.id, at: ctx.at });

function localeOf(formData: FormData): Locale {
  const value = formData.get("locale");
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

const str = (formData: FormData, k: string) => {
  const v = formData.get(k);
  return typeof v === "string" ? v : "";
};

// Generous on raw input: pasted text may carry many hidden characters that cleaning removes.
const formSchema = z.object({ step: z.enum(["edit", "review", "save"]), text: z.string().max(LIVING_WILL_MAX * 4) });

type Step = (input: z.infer<typeof formSchema>, ctx: Authorized) => Promise<Outcome>;

async function twoStep(formData: FormData, feature: FeatureId, max: number, optional: boolean, save: Step): Promise<WillFormState> {
  const locale = localeOf(formData);
  const text = str(formData, "text");
  let review: WillFormState | undefined;
  const outcome = await authedAction(feature, formSchema, async (input, ctx) => {
    if (input.step === "save") {
      const o = await save(input, ctx);
      return o.ok ? { ok: true, message: o.message } : { ok: false, error: o.error };
    }
    if (input.step === "edit") {
      review = { step: "edit", text: input.text };
      return { ok: true };
    }
    const prepared = prepareText(input.text, max);
    if (prepared.ok) review = { step: "review", text: prepared.text, changed: prepared.changed };
    else if (prepared.reason === "empty" && optional) review = { step: "review", text: "", changed: input.text !== "" };
    else return { ok: false, error: prepared.reason };
    return { ok: true };
  })({ step: formData.get("step"), text });
  if (outcome.ok) {
    if (review) return review;
    redirect(`/${locale}/wills?done=${outcome.message ?? "saved"}`);
  }
  if (outcome.status === 401) redirect(`/${locale}/signed-out?reason=timeout`);
  if (outcome.status === 403) return { step: "edit", text: "", error: "forbidden" };
  if (outcome.status === 503) return { step: "edit", text: text.slice(0, LIVING_WILL_MAX * 4), error: "unavailable" };
  return { step: "edit", text: text.slice(0, LIVING_WILL_MAX * 4), error: outcome.error.replace(/^errors\./, "") };
}

/** The organ donation will: one action, with optional additional information (useActionState). */
export async function organDonationFormAction(_previous: WillFormState, formData: FormData): Promise<WillFormState> {
  const state = await twoStep(formData, "organDonation.manage", ORGAN_INFO_MAX, true, (input, ctx) =>
    saveOrganDonationWill(willServiceDb(), acting(ctx), { additionalInfo: input.text }),
  );
  return state.error === "tooLong" ? { ...state, error: "organInfoTooLong" } : state;
}

/** The living will: free text up to LIVING_WILL_MAX characters after cleaning (useActionState). */
export async function livingWillFormAction(_previous: WillFormState, formData: FormData): Promise<WillFormState> {
  const state = await twoStep(formData, "livingWill.manage", LIVING_WILL_MAX, false, (input, ctx) =>
    saveLivingWill(willServiceDb(), acting(ctx), { text: input.text }),
  );
  if (state.error === "tooLong") return { ...state, error: "livingWillTooLong" };
  if (state.error === "empty") return { ...state, error: "livingWillEmpty" };
  return state;
}

async function removal(formData: FormData, feature: FeatureId, run: (ctx: Authorized) => Promise<Outcome>): Promise<never> {
  const locale = localeOf(formData);
  const outcome = await authedAction(feature, z.object({}), async (_, ctx) => {
    const o = await run(ctx);
    return o.ok ? { ok: true, message: o.message } : { ok: false, error: o.error };
  })({});
  if (outcome.ok) redirect(`/${locale}/wills?done=${outcome.message}`);
  if (outcome.status === 401) redirect(`/${locale}/signed-out?reason=timeout`);
  redirect(`/${locale}/wills?error=${outcome.error.replace(/^errors\./, "")}`);
}

export async function removeOrganDonationAction(formData: FormData) {
  await removal(formData, "organDonation.manage", (ctx) => removeOrganDonationWill(willServiceDb(), acting(ctx)));
}

export async function deleteLivingWillAction(formData: FormData) {
  await removal(formData, "livingWill.manage", (ctx) => deleteLivingWill(willServiceDb(), acting(ctx)));
}
