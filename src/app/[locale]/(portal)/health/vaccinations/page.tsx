import { getT } from "@/i18n/server";
import { formatDate } from "@/i18n/format";
import { localeFrom } from "@/server/locale-param";
import { authorizePage } from "@/server/guard";
import { viewerOf } from "@/server/portal-context";
import { listVaccinations } from "@/server/kanta/patient-data-repository/list-vaccinations";
import { HealthPageFrame } from "../_components/health-page";
import { Pager } from "../_components/pager";
import { parsePage, type SearchParams } from "../_lib/search-params";
import styles from "../_components/health.module.css";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export default async function VaccinationsPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const ctx = await authorizePage(locale, "health.view");
  const t = await getT(locale, "health");
  const sp = await searchParams;

  return (
    <HealthPageFrame
      ctx={ctx}
      locale={locale}
      t={t}
      current="vaccinations"
      title={t("vaccinations.title")}
      intro={t("vaccinations.intro")}
    >
      {async () => {
        const page = await listVaccinations(viewerOf(ctx), { page: parsePage(sp), size: 100 });
        if (page.items.length === 0) {
          return (
            <p className="notice" role="status" data-testid="empty">
              {t("vaccinations.empty")}
            </p>
          );
        }
        return (
          <>
            <div className={styles.tableWrap}>
              <table data-testid="vaccinations">
                <caption className="visually-hidden">{t("vaccinations.title")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("vaccinations.date")}</th>
                    <th scope="col">{t("vaccinations.vaccine")}</th>
                    <th scope="col">{t("vaccinations.dose")}</th>
                    <th scope="col">{t("vaccinations.batch")}</th>
                    <th scope="col">{t("vaccinations.unit")}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((v) => (
                    <tr key={v.id}>
                      <td>{formatDate(v.givenAt, locale)}</td>
                      <th scope="row" lang={v.document.language}>
                        {v.vaccine}
                        {v.atcCode ? <span className="muted"> ({v.atcCode})</span> : null}
                      </th>
                      <td>{v.dose}</td>
                      <td>{v.batch ?? "–"}</td>
                      <td>{v.document.serviceEvent?.unit.name ?? "–"}</td>
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
