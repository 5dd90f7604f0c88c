"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { redirectingFormPost, statefulFormPost } from "@/server/form-post";
import { now } from "@/server/clock";
import { deleteMeasurement } from "@/server/kanta/own-data-repository/delete-measurement";
import { saveMeasurement } from "@/server/kanta/own-data-repository/save-measurement";
import { viewerOf } from "@/server/portal-context";
import {
  MEASUREMENT_FORM_FIELDS,
  measurementFormSchema,
  problemMessage,
  type MeasurementFormField,
} from "./measurement-form-schema";
import { returnTarget, wellbeingReturnPath } from "./return-path";

export type MeasurementFormState = {
  /** A translation key (wellbeing namespace first, then common). */
  error?: string;
  fieldErrors?: Partial<Record<MeasurementFormField, string>>;
  /** What was typed, so the form keeps it after a refusal (also without JavaScript). */
  values?: Partial<Record<MeasurementFormField, string>>;
};

/** Form values as posted; a missing field is empty, a file (forged post) is passed on for zod to refuse. */
function fields(formData: FormData, names: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(names.map((n) => [n, formData.get(n) ?? ""]));
}

function echo(raw: Record<string, unknown>): MeasurementFormState["values"] {
  const values: MeasurementFormState["values"] = {};
  for (const f of MEASUREMENT_FORM_FIELDS) {
    const v = raw[f];
    if (typeof v === "string") values[f] = v.slice(0, 40);
  }
  return values;
}

/** V-WB-1: save a measurement (wellbeing.saveMeasurements). For useActionState in the form island. */
export const saveMeasurementAction = statefulFormPost<
  ReturnType<typeof measurementFormSchema>,
  string,
  MeasurementFormState
>({
  feature: "wellbeing.saveMeasurements",
  schema: () => measurementFormSchema(now()),
  input: (formData) => fields(formData, [...MEASUREMENT_FORM_FIELDS, "locale", "idempotencyKey"]),
  handler: async (input, ctx) => {
    const outcome = await saveMeasurement(viewerOf(ctx), input);
    switch (outcome.status) {
      case "created":
      case "duplicate":
        return { ok: true, data: outcome.id };
      case "invalid":
        return {
          ok: false,
          error: "form.errors.summary",
          fieldErrors: Object.fromEntries(
            outcome.problems.map((p) => [p.field === "measuredAt" ? "measuredDate" : p.field, problemMessage(p)]),
          ),
        };
      case "forbidden":
        return { ok: false, error: "errors.forbidden", status: 403 };
      case "keyConflict":
        return { ok: false, error: "form.errors.reload", status: 409 };
    }
  },
  toState: (result, { locale, formData }) => {
    // A new ?saved= value remounts the form island (see page.tsx): a fresh, empty form.
    if (result.ok) redirect(`/${locale}/wellbeing?saved=${encodeURIComponent(result.data ?? "1")}`);
    const all = result.fieldErrors ?? {};
    const fieldErrors: MeasurementFormState["fieldErrors"] = {};
    for (const f of MEASUREMENT_FORM_FIELDS) if (all[f]) fieldErrors[f] = all[f];
    // The hidden fields have no place on screen: their message is the form's message.
    const formError = all.idempotencyKey ?? all.locale ?? (Object.keys(fieldErrors).length > 0 ? "form.errors.summary" : result.error);
    return { error: formError, fieldErrors, values: echo(fields(formData, MEASUREMENT_FORM_FIELDS)) };
  },
});

const deleteSchema = z.object({ id: z.uuid() });

/** V-WB-1: delete one's own measurement, after the confirmation page (wellbeing.saveMeasurements). */
export const deleteMeasurementAction = redirectingFormPost({
  feature: "wellbeing.saveMeasurements",
  schema: deleteSchema,
  input: (formData) => fields(formData, ["id"]),
  handler: async ({ id }, ctx) =>
    (await deleteMeasurement(viewerOf(ctx), id)) ? { ok: true } : { ok: false, error: "delete.notFound", status: 404 },
  back: (locale, formData, notice) => {
    const target = returnTarget(formData.get("from"), formData.get("page"));
    return wellbeingReturnPath(locale, target, notice.kind === "done" ? "deleted=1" : "error=deleteFailed");
  },
});
