import { getT } from "@/i18n/server";
import { formatDate } from "@/i18n/format";
import { localeFrom } from "@/server/locale-param";
import { authorizePage } from "@/server/guard";
import { viewerOf } from "@/server/portal-context";
import { listRiskInformation } from "@/server/kanta/patient-data-repository/list-risk-information";
import { HealthPageFrame } from "../_components/health-page";
import { Pager } from "../_components/pager";
import { parsePage, type SearchParams } from "../_lib/search-params";
import styles from "../_components/health.module.css";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export default async function RisksPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const ctx = await authorizePage(locale, "health.view");
  const t = await getT(locale, "health");
  const sp = await searchParams;

  return (
    <HealthPageFrame
      ctx={ctx}
      locale={locale}
      t={t}
      current="risks"
      title={t("risks.title")}
      intro={t("risks.intro")}
    >
      {async () => {
        const page = await listRiskInformation(viewerOf(ctx), { page: parsePage(sp), size: 100 });
        if (page.items.length === 0) {
          return (
            <p className="notice" role="status" data-testid="empty">
              {t("risks.empty")}
            </p>
          );
        }
        return (
          <>
            <div className={styles.tableWrap}>
              <table data-testid="risks">
                <caption className="visually-hidden">{t("risks.title")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("risks.kind")}</th>
                    <th scope="col">{t("risks.description")}</th>
                    <th scope="col">{t("risks.severity")}</th>
                    <th scope="col">{t("risks.recorded")}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((r) => (
                    <tr key={r.id} lang={r.document.language}>
                      <th scope="row">{r.kind}</th>
                      <td>{r.description}</td>
                      <td>{r.severity ?? "–"}</td>
                      <td>{formatDate(r.document.recordedAt, locale)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pager t={t} sp={sp} page={page.page} hasNext={page.hasNext} />
          </>
        );
      }}
    </HealthPageFrame>
  );
}
