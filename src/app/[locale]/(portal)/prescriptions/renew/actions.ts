"use server";
import { forbidden, redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import type { TFunction } from "i18next";
import { z } from "zod";
import { localeOf, statefulFormPost, type FormResult } from "@/server/form-post";
import { serviceDb } from "@/server/kanta/service-status";
import { getT } from "@/i18n/server";
import { checkRenewal, type RenewalCheck } from "@/server/kanta/prescription-centre/check-renewal";
import { requestRenewal, type RenewalResult } from "@/server/kanta/prescription-centre/request-renewal";
import { formatFinnishMobile } from "@/server/kanta/prescription-centre/phone";
import { viewerOf } from "@/server/portal-context";
import { renewalRequestSchema, valuesFromForm } from "./renewal-schema";
import type { RenewalFormState } from "./form-state";

const FEATURE = "prescriptions.renew";

function refusalMessage(t: TFunction, r: Extract<RenewalCheck | RenewalResult, { ok: false }>): string {
  if (r.error === "pending")
    return r.drugName ? t("renew.errors.pending", { drug: r.drugName }) : t("renew.errors.pendingAny");
  if (r.error === "notFound" || r.error === "unitNotAvailable") return t(`refusal.${r.error}`);
  return t("renew.errors.notRenewable", { drug: r.drugName ?? "", reason: t(`refusal.${r.error}`) });
}

type Step =
  | { step: "edit" }
  | { step: "sent"; requestIds: string[] }
  | { step: "review"; check: Extract<RenewalCheck, { ok: true }>; phone: string | null };

type RenewalInput = z.infer<typeof renewalRequestSchema> | null;

function intentOf(form: FormData): "edit" | "review" | "send" {
  const intent = form.get("intent");
  return intent === "edit" || intent === "send" ? intent : "review";
}

function failed(
  t: TFunction,
  result: Extract<FormResult<unknown>, { ok: false }>,
  values: RenewalFormState["values"],
  version: number,
): RenewalFormState {
  const fieldErrors = Object.fromEntries(
    Object.entries(result.fieldErrors ?? {}).map(([k, key]) => [k, t(key)]),
  );
  const shared = /^(errors|disturbance)\./.test(result.error); // keys from the guard (common namespace)
  const error =
    result.error === "errors.invalidInput" ? t("renew.errors.form") : shared ? t(result.error, { ns: "common" }) : result.error;
  return { stage: "edit", version, values, error, fieldErrors };
}

/**
 * The renewal form's one action (V-RX-2, V-RX-6): "review" checks and shows what will be sent,
 * "send" sends it in one transaction and opens the result page, "edit" goes back to the choices.
 * Every intent passes the form-post layer, so a forged POST in a role without the feature gets
 * 403 and a post from a tab shown for someone else is refused.
 */
export const renewAction = statefulFormPost<z.ZodType<RenewalInput>, Step, RenewalFormState>({
  feature: FEATURE,
  // "edit" only goes back to the choices: nothing to validate.
  schema: (form) => (intentOf(form) === "edit" ? z.any().transform(() => null) : renewalRequestSchema),
  input: valuesFromForm,
  handler: async (input, ctx, form) => {
    if (input === null) return { ok: true, data: { step: "edit" } };
    const t = await getT(localeOf(form), "prescriptions");
    if (intentOf(form) === "send") {
      const r = await requestRenewal(serviceDb("PRESCRIPTION_CENTRE"), viewerOf(ctx), ctx.actor.id, input);
      return r.ok ? { ok: true, data: { step: "sent", requestIds: r.requestIds } } : { ok: false, error: refusalMessage(t, r), status: 409 };
    }
    const check = await checkRenewal(serviceDb("PRESCRIPTION_CENTRE"), viewerOf(ctx), input);
    return check.ok ? { ok: true, data: { step: "review", check, phone: input.phone } } : { ok: false, error: refusalMessage(t, check), status: 409 };
  },
  toState: async (result, { locale, formData, previous }) => {
    const values = valuesFromForm(formData);
    const version = previous.version + 1;
    // Refused by the matrix → the 403 page (status 403), nothing done.
    if (!result.ok && result.status === 403) forbidden();
    if (!result.ok) {
      // The choices on the page may have changed (a request was sent elsewhere): render them afresh.
      if (intentOf(formData) === "send") revalidatePath(`/${locale}/prescriptions/renew`);
      return failed(await getT(locale, "prescriptions"), result, values, version);
    }
    const data = result.data!;
    if (data.step === "edit") return { stage: "edit", version, values };
    if (data.step === "sent") redirect(`/${locale}/prescriptions/renew/sent?ids=${data.requestIds.join(",")}`);
    return {
      stage: "review",
      version,
      values,
      summary: {
        prescriptions: data.check.prescriptions.map((p) => ({
          id: p.id,
          label: `${p.drugName} ${p.strength}, ${p.form}`,
          language: p.language,
        })),
        unit: data.check.unit.name,
        phone: data.phone ? formatFinnishMobile(data.phone) : null,
        showOtherPrescriptions: values.showOtherPrescriptions,
      },
    };
  },
});
