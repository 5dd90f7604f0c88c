import { kindFromSlug, kindSlug } from "@/domain/measurements";
import type { Locale } from "@/i18n/settings";

/**
 * Where the delete confirmation goes back to: the kind's history page it was opened from (with its
 * page number), otherwise the wellbeing page. Built from the known kinds only, never from the raw
 * input, so the parameter cannot redirect anywhere else. `notice` is added to the query, e.g. "deleted=1".
 */
export function wellbeingReturnPath(
  locale: Locale,
  from: string | null | undefined,
  page: string | null | undefined,
  notice?: string,
): string {
  const kind = from ? kindFromSlug(from) : null;
  if (!kind) return `/${locale}/wellbeing${notice ? `?${notice}` : ""}`;
  const n = Number(page);
  const query = [Number.isInteger(n) && n > 1 && n <= 10_000 ? `page=${n}` : null, notice].filter(Boolean);
  return `/${locale}/wellbeing/history/${kindSlug(kind)}${query.length ? `?${query.join("&")}` : ""}`;
}
