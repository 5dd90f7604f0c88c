import { notFound } from "next/navigation";
import { getT } from "@/i18n/server";
import { formatDate } from "@/i18n/format";
import { localeFrom } from "@/server/locale-param";
import { authorizePage } from "@/server/guard";
import { viewerOf } from "@/server/portal-context";
import { listCovidCertificates } from "@/server/kanta/patient-data-repository/list-covid-certificates";
import { CovidCertificateList } from "../certificate-list";
import { PrintButton } from "@/components/print-button";
import styles from "../covid.module.css";
import { PageHeading, portalMetadata } from "@/components/whose-page";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = portalMetadata("health", (t) => [t("covid.printTitle"), t("covid.title")]);

/** A print-friendly view: the global print sheet hides the portal's header, navigation and footer. */
export default async function CovidCertificatePrintPage({ params }: Props) {
  const locale = await localeFrom(params);
  const ctx = await authorizePage(locale, "covidCertificate.view");
  const t = await getT(locale, "health");
  const rows = await listCovidCertificates(viewerOf(ctx));
  if (rows.length === 0) notFound();
  const name = `${ctx.subject.firstNames} ${ctx.subject.lastName}`;
  return (
    <>
      <div className="actions no-print">
        <PrintButton label={t("covid.printNow")} />
        <a href={`/${locale}/covid-certificate`}>{t("covid.back")}</a>
      </div>
      <div className={styles.printHeader}>
        <PageHeading ctx={ctx}>{t("covid.printTitle")}</PageHeading>
        <dl className="fields">
          <dt>{t("covid.name")}</dt>
          <dd data-testid="covid-name">{name}</dd>
          <dt>{t("covid.birthDate")}</dt>
          <dd>{formatDate(ctx.subject.birthDate, locale)}</dd>
        </dl>
      </div>
      <CovidCertificateList t={t} locale={locale} rows={rows} headingLevel={2} />
      <p className="muted">{t("covid.printNote")}</p>
    </>
  );
}
