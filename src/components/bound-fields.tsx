// The hidden fields every state-changing form carries: the page's locale, and the person the form
// was shown for. The form-post layer (src/server/form-post.ts) refuses a post whose person is not
// the one the session shows now (a stale tab after a switch in another tab), so an action can only
// land on the person the user saw. Usable from server and client components alike.

export const LOCALE_FIELD = "locale";
export const SUBJECT_FIELD = "shownFor";

export function BoundFields({ locale, subjectId }: { locale: string; subjectId: string }) {
  return (
    <>
      <input type="hidden" name={LOCALE_FIELD} value={locale} />
      <input type="hidden" name={SUBJECT_FIELD} value={subjectId} />
    </>
  );
}
