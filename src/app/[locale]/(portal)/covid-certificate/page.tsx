import { getT } from "@/i18n/server";
import { localeFrom } from "@/server/locale-param";
import { authorizePage } from "@/server/guard";
import { viewerOf } from "@/server/portal-context";
import { listCovidCertificates } from "@/server/kanta/patient-data-repository/list-covid-certificates";
import { CovidCertificateList } from "./certificate-list";

type Props = { params: Promise<{ locale: string }> };

export default async function CovidCertificatePage({ params }: Props) {
  const locale = await localeFrom(params);
  const ctx = await authorizePage(locale, "covidCertificate.view");
  const t = await getT(locale, "health");
  const rows = await listCovidCertificates(viewerOf(ctx));
  return (
    <>
      <h1>{t("covid.title")}</h1>
      <p className="lead">{t("covid.intro")}</p>
      {rows.length === 0 ? (
        <p className="notice" role="status" data-testid="empty">
          {t("covid.empty")}
        </p>
      ) : (
        <>
          <p className="no-print">
            <a className="button" href={`/${locale}/covid-certificate/print`}>
              {t("covid.print")}
            </a>
          </p>
          <CovidCertificateList t={t} locale={locale} rows={rows} headingLevel={2} />
        </>
      )}
    </>
  );
}
