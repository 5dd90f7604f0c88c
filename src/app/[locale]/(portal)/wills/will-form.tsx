"use client";
import { useActionState, useEffect, useRef } from "react";
import type { Locale } from "@/i18n/settings";
import { SubmitButton } from "../data-use/_components/submit-button";
import type { WillFormState } from "./actions";
import styles from "./wills.module.css";
import { BoundFields } from "@/components/bound-fields";

export type WillFormLabels = {
  field: string;
  hint: string;
  continue: string;
  reviewTitle: string;
  meaning: string;
  preview: string;
  emptyPreview: string;
  cleaned: string;
  confirm: string;
  back: string;
  errors: Record<string, string>;
};

type Props = {
  id: string;
  locale: Locale;
  /** The person the form is shown for (the form-post layer refuses a post for anyone else). */
  subjectId: string;
  action: (state: WillFormState, formData: FormData) => Promise<WillFormState>;
  initialText: string;
  labels: WillFormLabels;
  rows?: number;
};

/**
 * Write, then review: the review shows the text exactly as it will be stored (cleaned of hidden
 * characters, C-7) and what saving means, before the user confirms. Works without JavaScript.
 */
export function WillForm({ id, locale, subjectId, action, initialText, labels, rows = 12 }: Props) {
  const [state, formAction] = useActionState(action, { step: "edit", text: initialText });
  const heading = useRef<HTMLHeadingElement>(null);
  const error = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state.step === "review") heading.current?.focus();
    else if (state.error) error.current?.focus();
  }, [state]);

  if (state.step === "review") {
    return (
      <form action={formAction} className={styles.review} aria-labelledby={`${id}-review`} data-testid={`${id}-review`}>
        <h3 id={`${id}-review`} ref={heading} tabIndex={-1}>
          {labels.reviewTitle}
        </h3>
        <p>{labels.meaning}</p>
        {state.changed ? (
          <p className="notice" role="status" data-testid={`${id}-cleaned`}>
            {labels.cleaned}
          </p>
        ) : null}
        <h4>{labels.preview}</h4>
        <div className={styles.willText} data-testid={`${id}-preview`}>
          {state.text === "" ? <span className="muted">{labels.emptyPreview}</span> : state.text}
        </div>
        <BoundFields locale={locale} subjectId={subjectId} />
        <input type="hidden" name="text" value={state.text} />
        <div className="actions">
          <SubmitButton name="step" value="save">
            {labels.confirm}
          </SubmitButton>
          <button type="submit" name="step" value="edit" formNoValidate className="button secondary">
            {labels.back}
          </button>
        </div>
      </form>
    );
  }

  const errorText = state.error ? (labels.errors[state.error] ?? labels.errors.generic) : null;
  return (
    <form action={formAction} data-testid={`${id}-form`}>
      <BoundFields locale={locale} subjectId={subjectId} />
      <input type="hidden" name="step" value="review" />
      {errorText ? (
        <p className="notice error" role="alert" ref={error} tabIndex={-1} data-testid={`${id}-error`}>
          {errorText}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-text`}>{labels.field}</label>
        <p id={`${id}-hint`} className="muted">
          {labels.hint}
        </p>
        <textarea
          id={`${id}-text`}
          name="text"
          rows={rows}
          defaultValue={state.text}
          aria-describedby={`${id}-hint`}
          aria-invalid={errorText ? true : undefined}
        />
      </div>
      <button type="submit" className="button">
        {labels.continue}
      </button>
    </form>
  );
}
