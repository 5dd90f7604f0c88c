import { notFound } from "next/navigation";
import type { TFunction } from "i18next";
import { getT } from "@/i18n/server";
import { formatDate, formatDateTime } from "@/i18n/format";
import type { Locale } from "@/i18n/settings";
import { localeFrom } from "@/server/locale-param";
import { authorizePage } from "@/server/guard";
import { viewerOf } from "@/server/portal-context";
import { getVisit, type VisitDetail } from "@/server/kanta/patient-data-repository/get-visit";
import { HealthPageFrame } from "../../_components/health-page";
import { RecordedText } from "../../_components/recorded-text";
import { DocumentContent } from "./document-content";
import styles from "../../_components/health.module.css";
import { portalMetadata } from "@/components/whose-page";

type Props = { params: Promise<{ locale: string; id: string }> };

export const generateMetadata = portalMetadata("health", (t) => [t("visit.title"), t("title")]);

export default async function VisitPage({ params }: Props) {
  const locale = await localeFrom(params);
  const ctx = await authorizePage(locale, "health.view");
  const { id } = await params;
  const t = await getT(locale, "health");

  return (
    <HealthPageFrame ctx={ctx} locale={locale} t={t} current="visits" title={t("visit.title")}>
      {async () => {
        const visit = await getVisit(viewerOf(ctx), id);
        if (!visit) notFound();
        return <VisitView visit={visit} locale={locale} t={t} />;
      }}
    </HealthPageFrame>
  );
}

function VisitView({ visit, locale, t }: { visit: VisitDetail; locale: Locale; t: TFunction }) {
  const inpatient = visit.kind !== "OUTPATIENT";
  return (
    <article aria-labelledby="visit-heading">
      <h2 id="visit-heading">
        {t(`visits.kind.${visit.kind}`)} {formatDate(visit.startAt, locale)}
      </h2>
      <dl className="fields">
        <dt>{t("visit.time")}</dt>
        <dd>
          {formatDateTime(visit.startAt, locale)}
          {visit.endAt ? ` – ${formatDateTime(visit.endAt, locale)}` : ""}
        </dd>
        <dt>{t("visit.unit")}</dt>
        <dd>{visit.unit.name}</dd>
        <dt>{t("visit.organisation")}</dt>
        <dd>{visit.unit.organisation}</dd>
        {visit.professionalName ? (
          <>
            <dt>{t("visit.professional")}</dt>
            <dd>{visit.professionalName}</dd>
          </>
        ) : null}
      </dl>
      {inpatient ? (
        <p className="notice" data-testid="inpatient-note">
          {t("visit.inpatientNote")}
        </p>
      ) : null}
      {visit.documents.map((doc) => (
        <section
          key={doc.id}
          className={styles.document}
          aria-labelledby={`doc-${doc.id}`}
          data-testid="visit-document"
        >
          <h3 id={`doc-${doc.id}`} lang={doc.language}>
            {doc.title}
          </h3>
          <p className={styles.meta}>
            {t(`documentType.${doc.type}`)} ·{" "}
            {t("visit.recorded", { when: formatDateTime(doc.recordedAt, locale) })}
            {doc.authorName ? ` · ${t("visit.author", { name: doc.authorName })}` : ""}
          </p>
          {doc.text ? <RecordedText text={doc.text} lang={doc.language} /> : null}
          <DocumentContent doc={doc} locale={locale} t={t} />
        </section>
      ))}
      <p>
        <a href={`/${locale}/health`}>{t("visit.back")}</a>
      </p>
    </article>
  );
}
