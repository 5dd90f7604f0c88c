import { returnToOwnAction } from "@/app/[locale]/(portal)/acting-actions";
import { BoundFields } from "./bound-fields";

/** Back to one's own data; bound to the person shown, like every form (src/server/form-post.ts). */
export function ReturnToOwnButton({ locale, subjectId, label }: { locale: string; subjectId: string; label: string }) {
  return (
    <form action={returnToOwnAction}>
      <BoundFields locale={locale} subjectId={subjectId} />
      <button type="submit" className="button secondary">
        {label}
      </button>
    </form>
  );
}
