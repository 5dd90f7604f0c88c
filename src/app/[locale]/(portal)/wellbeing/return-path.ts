import { kindFromSlug, kindSlug } from "@/domain/measurements";
import type { Locale } from "@/i18n/settings";

/** The history page a delete confirmation was opened from: a known kind and a page number. */
export type ReturnTarget = { slug: string; page: number };

/**
 * Reads `from` and `page` (query or form fields). Only a known kind and a sane page number pass, so
 * the parameters cannot send the user anywhere but the wellbeing pages; anything else gives null.
 */
export function returnTarget(from: unknown, page: unknown): ReturnTarget | null {
  const kind = typeof from === "string" ? kindFromSlug(from) : null;
  if (!kind) return null;
  const n = typeof page === "string" && /^\d{1,5}$/.test(page) ? Number(page) : 1;
  return { slug: kindSlug(kind), page: n >= 1 && n <= 10_000 ? n : 1 };
}

/**
 * Where the delete confirmation goes back to: the history page it was opened from, otherwise the
 * wellbeing page. `notice` is added to the query, e.g. "deleted=1".
 */
export function wellbeingReturnPath(locale: Locale, target: ReturnTarget | null, notice?: string): string {
  if (!target) return `/${locale}/wellbeing${notice ? `?${notice}` : ""}`;
  const query = [target.page > 1 ? `page=${target.page}` : null, notice].filter(Boolean);
  return `/${locale}/wellbeing/history/${target.slug}${query.length ? `?${query.join("&")}` : ""}`;
}
