// The renewal form (V-RX-6) as zod schemas. Messages are translation keys in the prescriptions
// namespace; the action translates them. Pure: unit tests import it directly.
import { z } from "zod";
import { normalizeFinnishMobile } from "@/server/kanta/prescription-centre/phone";

export const MAX_PRESCRIPTIONS_PER_REQUEST = 20;

export const renewalRequestSchema = z.object({
  prescriptionIds: z
    .array(z.uuid("renew.errors.noPrescription"))
    .min(1, "renew.errors.noPrescription")
    .max(MAX_PRESCRIPTIONS_PER_REQUEST, "renew.errors.form"),
  unitId: z.uuid("renew.errors.noUnit"),
  phone: z
    .string()
    .max(40, "renew.errors.phone")
    .transform((value, ctx) => {
      if (value.trim() === "") return null;
      const normalized = normalizeFinnishMobile(value);
      if (!normalized) {
        ctx.addIssue({ code: "custom", message: "renew.errors.phone" });
        return z.NEVER;
      }
      return normalized;
    }),
  showOtherPrescriptions: z.boolean(),
  idempotencyKey: z.uuid("renew.errors.form"),
});

export type RenewalRequestFields = z.input<typeof renewalRequestSchema>;

/** The form as plain values (what the browser sent), for validation and for re-filling the form. */
export function valuesFromForm(form: FormData): RenewalRequestFields {
  const text = (k: string) => {
    const v = form.get(k);
    return typeof v === "string" ? v : "";
  };
  return {
    prescriptionIds: form.getAll("prescriptionId").filter((v): v is string => typeof v === "string"),
    unitId: text("unitId"),
    phone: text("phone"),
    showOtherPrescriptions: text("showOtherPrescriptions") === "yes",
    idempotencyKey: text("idempotencyKey"),
  };
}
