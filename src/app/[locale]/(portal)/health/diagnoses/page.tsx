import { getT } from "@/i18n/server";
import { formatDate } from "@/i18n/format";
import { localeFrom } from "@/server/locale-param";
import { authorizePage } from "@/server/guard";
import { viewerOf } from "@/server/portal-context";
import { listDiagnoses } from "@/server/kanta/patient-data-repository/list-diagnoses";
import { HealthPageFrame } from "../_components/health-page";
import { Pager } from "../_components/pager";
import { parsePage, type SearchParams } from "../_lib/search-params";
import styles from "../_components/health.module.css";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export default async function DiagnosesPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const ctx = await authorizePage(locale, "health.view");
  const t = await getT(locale, "health");
  const sp = await searchParams;

  return (
    <HealthPageFrame
      ctx={ctx}
      locale={locale}
      t={t}
      current="diagnoses"
      title={t("diagnoses.title")}
      intro={t("diagnoses.intro")}
    >
      {async () => {
        const page = await listDiagnoses(viewerOf(ctx), { page: parsePage(sp), size: 100 });
        if (page.items.length === 0) {
          return (
            <p className="notice" role="status" data-testid="empty">
              {t("diagnoses.empty")}
            </p>
          );
        }
        return (
          <>
            <div className={styles.tableWrap}>
              <table data-testid="diagnoses">
                <caption className="visually-hidden">{t("diagnoses.title")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("diagnoses.code")}</th>
                    <th scope="col">{t("diagnoses.name")}</th>
                    <th scope="col">{t("diagnoses.permanent")}</th>
                    <th scope="col">{t("diagnoses.recorded")}</th>
                    <th scope="col">{t("diagnoses.unit")}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((d) => (
                    <tr key={d.id}>
                      <td>{d.icd10}</td>
                      <th scope="row" lang={d.document.language}>
                        {d.name}
                      </th>
                      <td>
                        {d.permanent ? (
                          <strong>{t("diagnoses.permanentYes")}</strong>
                        ) : (
                          t("diagnoses.permanentNo")
                        )}
                      </td>
                      <td>{formatDate(d.document.recordedAt, locale)}</td>
                      <td>{d.document.serviceEvent?.unit.name ?? "–"}</td>
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
