"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { FeatureId } from "@/domain/permissions";
import type { Locale } from "@/i18n/settings";
import { willServiceDb } from "@/server/kanta/will-service/will-service-db";
import type { Authorized } from "@/server/guard";
import { redirectingFormPost, statefulFormPost, withNotice } from "@/server/form-post";
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
const wills = (locale: Locale) => `/${locale}/wills`;

const str = (formData: FormData, k: string) => {
  const v = formData.get(k);
  return typeof v === "string" ? v : "";
};

// Generous on raw input: pasted text may carry many hidden characters that cleaning removes.
const formSchema = z.object({ step: z.enum(["edit", "review", "save"]), text: z.string().max(LIVING_WILL_MAX * 4) });

type Step = (input: z.infer<typeof formSchema>, ctx: Authorized) => Promise<Outcome>;

/** Edit → review (the cleaned text) → save; saving opens the page afresh with the outcome. */
function twoStep(feature: FeatureId, max: number, optional: boolean, save: Step, rename: Record<string, string>) {
  return statefulFormPost<typeof formSchema, WillFormState, WillFormState>({
    feature,
    schema: formSchema,
    input: (formData) => ({ step: formData.get("step"), text: str(formData, "text") }),
    handler: async (input, ctx) => {
      if (input.step === "save") return save(input, ctx);
      if (input.step === "edit") return { ok: true, data: { step: "edit", text: input.text } };
      const prepared = prepareText(input.text, max);
      if (prepared.ok) return { ok: true, data: { step: "review", text: prepared.text, changed: prepared.changed } };
      if (prepared.reason === "empty" && optional) return { ok: true, data: { step: "review", text: "", changed: input.text !== "" } };
      return { ok: false, error: prepared.reason };
    },
    toState: (outcome, { locale, formData }) => {
      if (outcome.ok) {
        if (outcome.data) return outcome.data;
        redirect(`${wills(locale)}?done=${outcome.message ?? "saved"}`);
      }
      const text = str(formData, "text").slice(0, LIVING_WILL_MAX * 4);
      if (outcome.status === 403) return { step: "edit", text: "", error: "forbidden" };
      if (outcome.status === 503) return { step: "edit", text, error: "unavailable" };
      const error = outcome.error.replace(/^errors\./, "");
      return { step: "edit", text, error: rename[error] ?? error };
    },
  });
}

/** The organ donation will: one action, with optional additional information (useActionState). */
export const organDonationFormAction = twoStep(
  "organDonation.manage",
  ORGAN_INFO_MAX,
  true,
  (input, ctx) => saveOrganDonationWill(willServiceDb(), acting(ctx), { additionalInfo: input.text }),
  { tooLong: "organInfoTooLong" },
);

/** The living will: free text up to LIVING_WILL_MAX characters after cleaning (useActionState). */
export const livingWillFormAction = twoStep(
  "livingWill.manage",
  LIVING_WILL_MAX,
  false,
  (input, ctx) => saveLivingWill(willServiceDb(), acting(ctx), { text: input.text }),
  { tooLong: "livingWillTooLong", empty: "livingWillEmpty" },
);

function removal(feature: FeatureId, run: (ctx: Authorized) => Promise<Outcome>) {
  return redirectingFormPost({
    feature,
    schema: z.object({}),
    handler: (_, ctx) => run(ctx),
    back: (locale, _formData, notice) => withNotice(wills(locale), notice),
  });
}

export const removeOrganDonationAction = removal("organDonation.manage", (ctx) => removeOrganDonationWill(willServiceDb(), acting(ctx)));

export const deleteLivingWillAction = removal("livingWill.manage", (ctx) => deleteLivingWill(willServiceDb(), acting(ctx)));
