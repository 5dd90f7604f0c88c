import type { RenewalRequestFields } from "./renewal-schema";

/** What the renewal form shows: the choices (step 1) or the confirmation of what will be sent (step 2). */
export type RenewalFormState =
  | {
      stage: "edit";
      version: number;
      values?: RenewalRequestFields;
      error?: string;
      fieldErrors?: Record<string, string>;
    }
  | {
      stage: "review";
      version: number;
      values: RenewalRequestFields;
      summary: {
        prescriptions: { id: string; label: string; language: string }[];
        unit: string;
        phone: string | null;
        showOtherPrescriptions: boolean;
      };
    };

export const INITIAL_RENEWAL_STATE: RenewalFormState = { stage: "edit", version: 0 };
