"use client";
import { useActionState, useState, useSyncExternalStore } from "react";
import { BoundFields } from "@/components/bound-fields";
import { useTranslation } from "react-i18next";
import { MEASUREMENT_KINDS, type MeasurementKind } from "@/domain/measurements";
import { formatNumber } from "@/i18n/format";
import type { Locale } from "@/i18n/settings";
import { saveMeasurementAction, type MeasurementFormState } from "./actions";
import { boundsFor, NUMBER_MAX_LENGTH, type MeasurementFormField } from "./measurement-form-schema";

type Props = { locale: Locale; subjectId: string; idempotencyKey: string; defaultDate: string; defaultTime: string };

const isKind = (k: unknown): k is MeasurementKind => (MEASUREMENT_KINDS as readonly unknown[]).includes(k);

/**
 * The form to save a measurement. Works without JavaScript (a plain post to the server action);
 * with JavaScript the diastolic field is shown only for blood pressure and the button is disabled
 * while saving. The hidden idempotency key makes a double submit save one row.
 */
export function MeasurementForm({ locale, subjectId, idempotencyKey, defaultDate, defaultTime }: Props) {
  const { t } = useTranslation(["wellbeing", "common"]);
  const [state, formAction, pending] = useActionState<MeasurementFormState, FormData>(
    saveMeasurementAction,
    {},
  );
  const values = state.values ?? {};
  const [kind, setKind] = useState<MeasurementKind>(isKind(values.kind) ? values.kind : "WEIGHT");
  // False in the server render and during hydration: without JavaScript both value fields stay visible.
  const scripted = useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );

  const range = (b: { min: number; max: number } | undefined) =>
    b ? { min: formatNumber(b.min, locale), max: formatNumber(b.max, locale) } : {};
  const errorOf = (field: MeasurementFormField): string | undefined => {
    const key = state.fieldErrors?.[field];
    if (!key) return undefined;
    const bounds = field === "value" || field === "value2" ? boundsFor(kind, field) : undefined;
    return t(key, { ns: "wellbeing", ...range(bounds), unit: t(`units.${kind}`) });
  };
  const fieldProps = (field: MeasurementFormField, hint?: string) => {
    const error = errorOf(field);
    const describedBy = [hint ? `${field}-hint` : null, error ? `${field}-error` : null]
      .filter(Boolean)
      .join(" ");
    return {
      id: `m-${field}`,
      name: field,
      "aria-invalid": error ? true : undefined,
      "aria-describedby": describedBy || undefined,
    };
  };
  const hint = (field: "value" | "value2") => {
    const b = boundsFor(kind, field);
    return b
      ? t("form.allowedRange", { ...range(b), unit: t(`units.${kind}`) })
      : t("form.value2OnlyBloodPressure");
  };
  /** A measured value: decimal text input with its allowed range as the hint. */
  const numberField = (field: "value" | "value2", label: string) => (
    <div className="field">
      <label htmlFor={`m-${field}`}>{label}</label>
      <input
        type="text"
        inputMode="decimal"
        autoComplete="off"
        maxLength={NUMBER_MAX_LENGTH}
        defaultValue={values[field] ?? ""}
        {...fieldProps(field, hint(field))}
      />
      <p className="muted" id={`${field}-hint`}>
        {hint(field)}
      </p>
      <FieldError field={field} text={errorOf(field)} />
    </div>
  );
  const showValue2 = !scripted || kind === "BLOOD_PRESSURE";
  const valueLabel = kind === "BLOOD_PRESSURE" && scripted ? t("kinds.systolic") : t("form.value");

  return (
    <form action={formAction} noValidate className="card" aria-labelledby="measurement-form-heading">
      <h2 id="measurement-form-heading">{t("form.title")}</h2>
      <BoundFields locale={locale} subjectId={subjectId} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      {state.error ? (
        <p className="notice error" role="alert" id="measurement-form-error">
          {t(state.error, { ns: ["wellbeing", "common"] })}
        </p>
      ) : null}

      <div className="field">
        <label htmlFor="m-kind">{t("form.kind")}</label>
        <select
          {...fieldProps("kind")}
          value={kind}
          onChange={(e) => isKind(e.target.value) && setKind(e.target.value)}
        >
          {MEASUREMENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
        </select>
        <FieldError field="kind" text={errorOf("kind")} />
      </div>

      {numberField("value", valueLabel)}

      {showValue2 ? numberField("value2", t("form.value2")) : <input type="hidden" name="value2" value="" />}

      <fieldset className="field">
        <legend>{t("form.measuredAt")}</legend>
        <div className="filters">
          <div>
            <label htmlFor="m-measuredDate">{t("form.date")}</label>
            <input
              type="date"
              required
              defaultValue={values.measuredDate ?? defaultDate}
              {...fieldProps("measuredDate")}
            />
            <FieldError field="measuredDate" text={errorOf("measuredDate")} />
          </div>
          <div>
            <label htmlFor="m-measuredTime">{t("form.time")}</label>
            <input
              type="time"
              required
              defaultValue={values.measuredTime ?? defaultTime}
              {...fieldProps("measuredTime")}
            />
            <FieldError field="measuredTime" text={errorOf("measuredTime")} />
          </div>
        </div>
      </fieldset>

      <button type="submit" className="button" disabled={pending} aria-disabled={pending}>
        {pending ? t("form.saving") : t("form.save")}
      </button>
    </form>
  );
}

const subscribeNothing = () => () => {};

function FieldError({ field, text }: { field: string; text: string | undefined }) {
  return text ? (
    <p className="field-error" id={`${field}-error`}>
      {text}
    </p>
  ) : null;
}
