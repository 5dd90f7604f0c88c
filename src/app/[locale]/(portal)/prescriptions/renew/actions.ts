"use server";
import { forbidden, redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import type { TFunction } from "i18next";
import { z } from "zod";
import { authedAction, type ActionResult } from "@/server/guard";
import { serviceDb } from "@/server/kanta/service-status";
import { getT } from "@/i18n/server";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/i18n/settings";
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

/** Signed out → sign in again; refused by the matrix → the 403 page (status 403), nothing done. */
function stopUnlessAllowed(result: ActionResult<unknown>, locale: Locale) {
  if (result.ok) return;
  if (result.status === 401) redirect(`/${locale}/signed-out?reason=timeout`);
  if (result.status === 403) forbidden();
}

async function failed(
  t: TFunction,
  result: Extract<ActionResult<unknown>, { ok: false }>,
  values: RenewalFormState["values"],
  version: number,
): Promise<RenewalFormState> {
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
 * Every intent passes the guard, so a forged POST in a role without the feature gets 403.
 */
export async function renewAction(prev: RenewalFormState, form: FormData): Promise<RenewalFormState> {
  const raw = form.get("locale");
  const locale: Locale = isLocale(raw) ? raw : DEFAULT_LOCALE;
  const t = await getT(locale, "prescriptions");
  const values = valuesFromForm(form);
  const version = prev.version + 1;
  const intent = form.get("intent");

  if (intent === "edit") {
    const result = await authedAction(FEATURE, z.unknown(), async () => ({ ok: true }))(values);
    stopUnlessAllowed(result, locale);
    return { stage: "edit", version, values };
  }

  if (intent === "send") {
    const result = await authedAction(FEATURE, renewalRequestSchema, async (input, ctx) => {
      const r = await requestRenewal(serviceDb("PRESCRIPTION_CENTRE"), viewerOf(ctx), ctx.actor.id, input);
      return r.ok
        ? { ok: true, data: r.requestIds }
        : { ok: false, error: refusalMessage(t, r), status: 409 };
    })(values);
    stopUnlessAllowed(result, locale);
    if (result.ok) redirect(`/${locale}/prescriptions/renew/sent?ids=${(result.data ?? []).join(",")}`);
    // The choices on the page may have changed (a request was sent elsewhere): render them afresh.
    revalidatePath(`/${locale}/prescriptions/renew`);
    return failed(t, result, values, version);
  }

  const result = await authedAction(FEATURE, renewalRequestSchema, async (input, ctx) => {
    const check = await checkRenewal(serviceDb("PRESCRIPTION_CENTRE"), viewerOf(ctx), input);
    return check.ok
      ? { ok: true, data: { check, phone: input.phone } }
      : { ok: false, error: refusalMessage(t, check), status: 409 };
  })(values);
  stopUnlessAllowed(result, locale);
  if (!result.ok) return failed(t, result, values, version);
  const { check, phone } = result.data!;
  return {
    stage: "review",
    version,
    values,
    summary: {
      prescriptions: check.prescriptions.map((p) => ({
        id: p.id,
        label: `${p.drugName} ${p.strength}, ${p.form}`,
        language: p.language,
      })),
      unit: check.unit.name,
      phone: phone ? formatFinnishMobile(phone) : null,
      showOtherPrescriptions: values.showOtherPrescriptions,
    },
  };
}
