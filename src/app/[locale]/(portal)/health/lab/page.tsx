import { getT } from "@/i18n/server";
import { formatDate } from "@/i18n/format";
import { localeFrom } from "@/server/locale-param";
import { authorizePage } from "@/server/guard";
import { viewerOf } from "@/server/portal-context";
import { listLabResults } from "@/server/kanta/patient-data-repository/list-lab-results";
import { HealthPageFrame } from "../_components/health-page";
import { DateFilter, RangeSummary } from "../_components/date-filter";
import { Pager } from "../_components/pager";
import { LabTable } from "./lab-table";
import { parseDateRange, parsePage, type SearchParams } from "../_lib/search-params";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

const PAGE_SIZE = 200;

export default async function LabPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const ctx = await authorizePage(locale, "health.view");
  const t = await getT(locale, "health");
  const sp = await searchParams;
  const choice = parseDateRange(sp, ctx.at);

  return (
    <HealthPageFrame
      ctx={ctx}
      locale={locale}
      t={t}
      current="lab"
      title={t("lab.title")}
      intro={t("lab.intro")}
    >
      {async () => {
        const { groups, page, hasNext } = await listLabResults(viewerOf(ctx), choice.range, {
          page: parsePage(sp),
          size: PAGE_SIZE,
        });
        return (
          <>
            <DateFilter t={t} action={`/${locale}/health/lab`} choice={choice} />
            <RangeSummary t={t} locale={locale} choice={choice} />
            {groups.length === 0 ? (
              <p className="notice" role="status" data-testid="empty">
                {choice.isDefault ? t("lab.emptyDefault") : t("lab.empty")}
              </p>
            ) : (
              groups.map((g) => {
                const id = `lab-${g.listDate.getTime()}-${g.unitName?.length ?? 0}`;
                return (
                  <section key={id} aria-labelledby={id} data-testid="lab-group">
                    <h2 id={id}>
                      <time dateTime={g.listDate.toISOString()}>{formatDate(g.listDate, locale)}</time>
                      {g.unitName ? ` · ${g.unitName}` : ""}
                    </h2>
                    <LabTable
                      t={t}
                      locale={locale}
                      rows={g.results}
                      caption={t("lab.caption", { date: formatDate(g.listDate, locale) })}
                    />
                  </section>
                );
              })
            )}
            <Pager t={t} sp={sp} page={page} hasNext={hasNext} />
          </>
        );
      }}
    </HealthPageFrame>
  );
}
