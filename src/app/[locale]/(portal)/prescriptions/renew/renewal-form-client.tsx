"use client";
import { useActionState, useEffect, useRef, type ReactNode } from "react";
import { renewAction } from "./actions";
import { INITIAL_RENEWAL_STATE, type RenewalFormState } from "./form-state";
import { BoundFields } from "@/components/bound-fields";

export type RenewalStrings = Record<
  | "renewableLegend"
  | "noneRenewable"
  | "unit"
  | "unitHint"
  | "chooseUnit"
  | "suggestedUnits"
  | "otherUnits"
  | "phone"
  | "phoneHint"
  | "showOthers"
  | "review"
  | "reviewTitle"
  | "reviewIntro"
  | "summaryPrescriptions"
  | "summaryUnit"
  | "summaryPhone"
  | "noPhone"
  | "summaryShowOthers"
  | "yes"
  | "no"
  | "send"
  | "sending"
  | "edit",
  string
>;

type Unit = { id: string; name: string; organisation: string; municipality: string | null };
type Props = {
  locale: string;
  /** The person the form is shown for (the form-post layer refuses a post for anyone else). */
  subjectId: string;
  idempotencyKey: string;
  preselected: string[];
  prescriptions: { id: string; label: string; language: string; detail: string }[];
  units: { suggested: Unit[]; others: Unit[] };
  strings: RenewalStrings;
};

/**
 * V-RX-6: choose → confirm → send. Works without JavaScript too (the action's state is rendered by
 * the server); with JavaScript the buttons are disabled while a request is on its way.
 */
export function RenewalForm(props: Props) {
  const [state, formAction, pending] = useActionState(renewAction, INITIAL_RENEWAL_STATE);
  return state.stage === "review" ? (
    <ReviewStep {...props} state={state} formAction={formAction} pending={pending} />
  ) : (
    <EditStep key={state.version} {...props} state={state} formAction={formAction} pending={pending} />
  );
}

type StepProps<S extends RenewalFormState["stage"]> = Props & {
  state: Extract<RenewalFormState, { stage: S }>;
  formAction: (form: FormData) => void;
  pending: boolean;
};

function EditStep({
  locale,
  subjectId,
  idempotencyKey,
  preselected,
  prescriptions,
  units,
  strings: s,
  state,
  formAction,
  pending,
}: StepProps<"edit">) {
  const errorRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.error) errorRef.current?.focus();
  }, [state.error]);
  const chosen = new Set(state.values?.prescriptionIds ?? preselected);
  const err = state.fieldErrors ?? {};
  const describedBy = (id: string, hint?: string) =>
    [hint, err[id] ? `${id}-error` : undefined].filter(Boolean).join(" ") || undefined;

  if (prescriptions.length === 0) return <p className="notice">{s.noneRenewable}</p>;
  return (
    <form action={formAction} noValidate data-testid="renewal-form">
      <BoundFields locale={locale} subjectId={subjectId} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      {state.error ? (
        <div ref={errorRef} tabIndex={-1} className="notice error" role="alert" data-testid="renewal-error">
          <p>{state.error}</p>
        </div>
      ) : null}
      <fieldset className="field" aria-describedby={describedBy("prescriptionIds")}>
        <legend>{s.renewableLegend}</legend>
        {err.prescriptionIds ? (
          <p id="prescriptionIds-error" className="field-error">
            {err.prescriptionIds}
          </p>
        ) : null}
        {prescriptions.map((p) => (
          <div key={p.id}>
            <label style={{ fontWeight: 400, display: "inline-flex", gap: "0.5rem" }}>
              <input type="checkbox" name="prescriptionId" value={p.id} defaultChecked={chosen.has(p.id)} />
              <span>
                <strong lang={p.language}>{p.label}</strong> <span className="muted">({p.detail})</span>
              </span>
            </label>
          </div>
        ))}
      </fieldset>
      <HintedField id="unitId" label={s.unit} hint={s.unitHint} error={err.unitId}>
        <select
          id="unitId"
          name="unitId"
          defaultValue={state.values?.unitId ?? ""}
          aria-invalid={err.unitId ? true : undefined}
          aria-describedby={describedBy("unitId", "unitId-hint")}
        >
          <option value="">{s.chooseUnit}</option>
          {units.suggested.length > 0 ? <UnitGroup label={s.suggestedUnits} units={units.suggested} /> : null}
          <UnitGroup label={s.otherUnits} units={units.others} />
        </select>
      </HintedField>
      <HintedField id="phone" label={s.phone} hint={s.phoneHint} error={err.phone}>
        <input
          id="phone"
          name="phone"
          type="tel"
          autoComplete="tel"
          inputMode="tel"
          maxLength={40}
          defaultValue={state.values?.phone ?? ""}
          aria-invalid={err.phone ? true : undefined}
          aria-describedby={describedBy("phone", "phone-hint")}
        />
      </HintedField>
      <div className="field">
        <label style={{ fontWeight: 400, display: "inline-flex", gap: "0.5rem" }}>
          <input
            type="checkbox"
            name="showOtherPrescriptions"
            value="yes"
            defaultChecked={state.values?.showOtherPrescriptions ?? false}
          />
          {s.showOthers}
        </label>
      </div>
      <button type="submit" name="intent" value="review" className="button" disabled={pending}>
        {pending ? s.sending : s.review}
      </button>
    </form>
  );
}

/** A labelled control with its hint and, after a refused post, its error (`<id>-hint`, `<id>-error`). */
function HintedField({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint: string;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <p id={`${id}-hint`} className="muted">
        {hint}
      </p>
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
      {children}
    </div>
  );
}

function UnitGroup({ label, units }: { label: string; units: Unit[] }) {
  return (
    <optgroup label={label}>
      {units.map((u) => (
        <option key={u.id} value={u.id}>
          {u.name}
          {u.municipality ? ` (${u.municipality})` : ""}
        </option>
      ))}
    </optgroup>
  );
}

function ReviewStep({ locale, subjectId, strings: s, state, formAction, pending }: StepProps<"review">) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const { values, summary } = state;
  return (
    <form action={formAction} data-testid="renewal-review">
      <h2 ref={headingRef} tabIndex={-1}>
        {s.reviewTitle}
      </h2>
      <p>{s.reviewIntro}</p>
      <BoundFields locale={locale} subjectId={subjectId} />
      <input type="hidden" name="idempotencyKey" value={values.idempotencyKey} />
      {values.prescriptionIds.map((id) => (
        <input key={id} type="hidden" name="prescriptionId" value={id} />
      ))}
      <input type="hidden" name="unitId" value={values.unitId} />
      <input type="hidden" name="phone" value={values.phone} />
      {values.showOtherPrescriptions ? (
        <input type="hidden" name="showOtherPrescriptions" value="yes" />
      ) : null}
      <dl className="fields card">
        <dt>{s.summaryPrescriptions}</dt>
        <dd>
          <ul style={{ margin: 0, paddingLeft: "1.2rem" }}>
            {summary.prescriptions.map((p) => (
              <li key={p.id} lang={p.language}>
                {p.label}
              </li>
            ))}
          </ul>
        </dd>
        <dt>{s.summaryUnit}</dt>
        <dd>{summary.unit}</dd>
        <dt>{s.summaryPhone}</dt>
        <dd>{summary.phone ?? s.noPhone}</dd>
        <dt>{s.summaryShowOthers}</dt>
        <dd>{summary.showOtherPrescriptions ? s.yes : s.no}</dd>
      </dl>
      <div className="actions">
        <button type="submit" name="intent" value="send" className="button" disabled={pending}>
          {pending ? s.sending : s.send}
        </button>
        <button type="submit" name="intent" value="edit" className="button secondary" disabled={pending}>
          {s.edit}
        </button>
      </div>
    </form>
  );
}
