import { returnToOwnAction } from "@/app/[locale]/(portal)/acting-actions";

export function ReturnToOwnButton({ locale, label }: { locale: string; label: string }) {
  return (
    <form action={returnToOwnAction}>
      <input type="hidden" name="locale" value={locale} />
      <button type="submit" className="button secondary">
        {label}
      </button>
    </form>
  );
}
