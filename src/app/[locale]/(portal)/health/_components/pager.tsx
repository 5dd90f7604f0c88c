import type { TFunction } from "i18next";
import { withParam, type SearchParams } from "../_lib/search-params";

/** Previous / next page links that keep the current filter. */
export function Pager({
  t,
  sp,
  page,
  hasNext,
}: {
  t: TFunction;
  sp: SearchParams;
  page: number;
  hasNext: boolean;
}) {
  if (page <= 1 && !hasNext) return null;
  return (
    <nav aria-label={t("pager.label")} className="actions no-print">
      {page > 1 ? (
        <a href={withParam(sp, "page", page === 2 ? null : String(page - 1))} rel="prev">
          {t("pager.previous")}
        </a>
      ) : null}
      <span>{t("pager.page", { page })}</span>
      {hasNext ? (
        <a href={withParam(sp, "page", String(page + 1))} rel="next">
          {t("pager.next")}
        </a>
      ) : null}
    </nav>
  );
}
