import type { ReactNode } from "react";
import type { TFunction } from "i18next";
import type { Locale } from "@/i18n/settings";
import { formatDate } from "@/i18n/format";
import type { RangeChoice } from "../_lib/search-params";

/** V-HEALTH-9: a GET form for the date search; `children` adds a page's own filters. */
export function DateFilter({
  t,
  action,
  choice,
  children,
}: {
  t: TFunction;
  action: string;
  choice: RangeChoice;
  children?: ReactNode;
}) {
  return (
    <form method="get" action={action} className="filters no-print" aria-label={t("filter.label")}>
      <div className="field">
        <label htmlFor="filter-from">{t("filter.from")}</label>
        <input id="filter-from" name="from" type="date" defaultValue={choice.values.from} />
      </div>
      <div className="field">
        <label htmlFor="filter-to">{t("filter.to")}</label>
        <input id="filter-to" name="to" type="date" defaultValue={choice.values.to} />
      </div>
      {children}
      <div className="field">
        <button type="submit" className="button">
          {t("filter.submit")}
        </button>
      </div>
      <div className="field">
        <a href={action}>{t("filter.reset")}</a>
      </div>
    </form>
  );
}

/** Which period the list shows, and what went wrong with the search if anything did. */
export function RangeSummary({ t, locale, choice }: { t: TFunction; locale: Locale; choice: RangeChoice }) {
  const { from, to } = choice.range;
  let text: string;
  if (choice.isDefault) text = t("filter.showingDefault");
  else if (from && to)
    text = t("filter.showingRange", { from: formatDate(from, locale), to: formatDate(to, locale) });
  else if (from) text = t("filter.showingFrom", { from: formatDate(from, locale) });
  else if (to) text = t("filter.showingTo", { to: formatDate(to, locale) });
  else text = t("filter.showingAll");
  return (
    <>
      {choice.error ? (
        <p className="notice error" role="alert">
          {t(`filter.${choice.error}`)}
        </p>
      ) : null}
      <p data-testid="range-summary">{text}</p>
    </>
  );
}
