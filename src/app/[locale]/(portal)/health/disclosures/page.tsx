import { getT } from "@/i18n/server";
import { formatDateTime } from "@/i18n/format";
import { localeFrom } from "@/server/locale-param";
import { authorizePage } from "@/server/guard";
import { viewerOf } from "@/server/portal-context";
import { listHealthDisclosures } from "@/server/kanta/patient-data-repository/list-health-disclosures";
import { HealthPageFrame } from "../_components/health-page";
import { DateFilter, RangeSummary } from "../_components/date-filter";
import { Pager } from "../_components/pager";
import { parseDateRange, parsePage, type SearchParams } from "../_lib/search-params";
import styles from "../_components/health.module.css";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

/** C-6: disclosures of health data. The matrix closes this to guardians and information-right holders. */
export default async function HealthDisclosuresPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const ctx = await authorizePage(locale, "health.disclosures");
  const t = await getT(locale, "health");
  const sp = await searchParams;
  const choice = parseDateRange(sp, ctx.at);

  return (
    <HealthPageFrame
      ctx={ctx}
      locale={locale}
      t={t}
      current="disclosures"
      title={t("disclosures.title")}
      intro={t("disclosures.intro")}
    >
      {async () => {
        const page = await listHealthDisclosures(viewerOf(ctx), choice.range, {
          page: parsePage(sp),
          size: 50,
        });
        return (
          <>
            <DateFilter t={t} action={`/${locale}/health/disclosures`} choice={choice} />
            <RangeSummary t={t} locale={locale} choice={choice} />
            {page.items.length === 0 ? (
              <p className="notice" role="status" data-testid="empty">
                {choice.isDefault ? t("disclosures.emptyDefault") : t("disclosures.empty")}
              </p>
            ) : (
              <div className={styles.tableWrap}>
                <table data-testid="disclosures">
                  <caption className="visually-hidden">{t("disclosures.title")}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("disclosures.when")}</th>
                      <th scope="col">{t("disclosures.recipient")}</th>
                      <th scope="col">{t("disclosures.what")}</th>
                      <th scope="col">{t("disclosures.basis")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {page.items.map((d) => (
                      <tr key={d.id}>
                        <td>{formatDateTime(d.disclosedAt, locale)}</td>
                        <th scope="row">{d.recipient}</th>
                        <td>{d.what}</td>
                        <td>{d.basis}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            <Pager t={t} sp={sp} page={page.page} hasNext={page.hasNext} />
          </>
        );
      }}
    </HealthPageFrame>
  );
}
