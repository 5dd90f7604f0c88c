import type { ReactNode } from "react";
import type { TFunction } from "i18next";
import type { FeatureId } from "@/domain/permissions";
import type { Viewer } from "@/domain/visibility";
import { getT } from "@/i18n/server";
import type { Locale } from "@/i18n/settings";
import { localeFrom } from "@/server/locale-param";
import { authorizePage } from "@/server/guard";
import { viewerOf } from "@/server/portal-context";
import type { PageRequest } from "@/server/kanta/patient-data-repository/paging";
import type { DateRange } from "@/server/kanta/patient-data-repository/viewer";
import { HealthPageFrame } from "./health-page";
import { DateFilter, RangeSummary } from "./date-filter";
import { healthHref, type HealthPage } from "./health-nav";
import { Pager } from "./pager";
import { parseDateRange, parsePage, type SearchParams } from "../_lib/search-params";
import { portalMetadata, whoseText } from "@/components/whose-page";
import { TableRegion } from "@/components/table-region";

export type SummaryPageProps = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

/** A summary page's <title>: "Laboratoriotulokset – Terveystiedot". */
export function summaryMetadata(page: Exclude<HealthPage, "visits">) {
  return portalMetadata("health", (t) => [t(`${page}.title`), t("title")]);
}

type Listing<T> = { items: T[]; page: number; hasNext: boolean };

/**
 * The shape every health summary list shares: guard, frame, the optional date search (V-HEALTH-9),
 * the empty notice and the pager. `page` is both the section and its translation prefix.
 */
export async function SummaryListPage<T>(
  props: SummaryPageProps & {
    page: Exclude<HealthPage, "visits">;
    feature?: FeatureId;
    size: number;
    /** With the date search, the list starts from the default window and says so when empty. */
    dateFilter?: boolean;
    /** `range` is open unless `dateFilter` is set. */
    load: (viewer: Viewer, paging: PageRequest, range: DateRange) => Promise<Listing<T>>;
    children: (items: T[], t: TFunction, locale: Locale) => ReactNode;
  },
) {
  const { page: key } = props;
  const locale = await localeFrom(props.params);
  const ctx = await authorizePage(locale, props.feature ?? "health.view");
  const t = await getT(locale, "health");
  const sp = await props.searchParams;
  const choice = props.dateFilter ? parseDateRange(sp, ctx.at) : null;

  return (
    <HealthPageFrame
      ctx={ctx}
      locale={locale}
      t={t}
      current={key}
      title={t(`${key}.title`)}
      intro={t(`${key}.intro`, whoseText(ctx))}
    >
      {async () => {
        const list = await props.load(
          viewerOf(ctx),
          { page: parsePage(sp), size: props.size },
          choice?.range ?? {},
        );
        const empty = (
          <p className="notice" role="status" data-testid="empty">
            {choice?.isDefault ? t(`${key}.emptyDefault`) : t(`${key}.empty`)}
          </p>
        );
        const pager = <Pager t={t} sp={sp} page={list.page} hasNext={list.hasNext} />;
        const items = list.items.length === 0 ? null : props.children(list.items, t, locale);
        // Without the date search an empty list is only the notice, with no pager.
        if (!choice)
          return items === null ? (
            empty
          ) : (
            <>
              {items}
              {pager}
            </>
          );
        return (
          <>
            <DateFilter t={t} action={healthHref(locale, key)} choice={choice} />
            <RangeSummary t={t} locale={locale} choice={choice} />
            {items ?? empty}
            {pager}
          </>
        );
      }}
    </HealthPageFrame>
  );
}

/** A summary table: the visually hidden caption names it, the first cell of each row heads it. */
export function SummaryTable({
  testId,
  caption,
  columns,
  children,
}: {
  testId: string;
  caption: string;
  columns: string[];
  children: ReactNode;
}) {
  return (
    <TableRegion label={caption}>
      <table data-testid={testId}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={i} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </TableRegion>
  );
}
