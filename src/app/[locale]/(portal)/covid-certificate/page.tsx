import { getT } from "@/i18n/server";
import { localeFrom } from "@/server/locale-param";
import { authorizePage } from "@/server/guard";
import { viewerOf } from "@/server/portal-context";
import { listCovidCertificates } from "@/server/kanta/patient-data-repository/list-covid-certificates";
import { CovidCertificateList } from "./certificate-list";
import { AccessNote } from "@/components/access-note";
import { PageHeading, portalMetadata, whoseText } from "@/components/whose-page";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = portalMetadata("health", (t) => [t("covid.title")]);

export default async function CovidCertificatePage({ params }: Props) {
  const locale = await localeFrom(params);
  const ctx = await authorizePage(locale, "covidCertificate.view");
  const t = await getT(locale, "health");
  const rows = await listCovidCertificates(viewerOf(ctx));
  return (
    <>
      <PageHeading ctx={ctx}>{t("covid.title")}</PageHeading>
      <p className="lead">{t("covid.intro", whoseText(ctx))}</p>
      <AccessNote t={await getT(locale)} ctx={ctx} domain="health" />
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
