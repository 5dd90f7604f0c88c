import { getT } from "@/i18n/server";
import type { Locale } from "@/i18n/settings";
import { SUBJECT_CHANGED } from "@/server/form-post";

/**
 * Shown after the form-post layer refused a form from a stale tab (?error=subjectChanged): the
 * person on screen changed elsewhere, nothing was saved, and the banner now names whose data is shown.
 */
export async function SubjectChangedNotice({ locale, error }: { locale: Locale; error: string | string[] | undefined }) {
  if (error !== SUBJECT_CHANGED) return null;
  const t = await getT(locale);
  return (
    <p className="notice error" role="alert" data-testid="subject-changed">
      {t("errors.subjectChanged")}
    </p>
  );
}
