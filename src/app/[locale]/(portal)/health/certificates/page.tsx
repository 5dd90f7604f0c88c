import { formatDate } from "@/i18n/format";
import { listCertificates } from "@/server/kanta/patient-data-repository/list-certificates";
import { RecordedText } from "../_components/recorded-text";
import { SummaryListPage, summaryMetadata, type SummaryPageProps } from "../_components/summary-list-page";
import styles from "../_components/health.module.css";

export const generateMetadata = summaryMetadata("certificates");

export default function CertificatesPage(props: SummaryPageProps) {
  return (
    <SummaryListPage {...props} page="certificates" size={30} load={(v, paging) => listCertificates(v, paging)}>
      {(items, t, locale) =>
        items.map((c) => (
          <article
            key={c.id}
            className={styles.document}
            aria-labelledby={`cert-${c.id}`}
            data-testid="certificate"
          >
            <h2 id={`cert-${c.id}`} lang={c.document.language}>
              {c.title}
            </h2>
            <dl className="fields">
              <dt>{t("certificates.document")}</dt>
              <dd lang={c.document.language}>{c.document.title}</dd>
              <dt>{t("certificates.kind")}</dt>
              <dd>{c.kind}</dd>
              <dt>{t("certificates.written")}</dt>
              <dd>{formatDate(c.document.recordedAt, locale)}</dd>
              {c.document.authorName ? (
                <>
                  <dt>{t("certificates.author")}</dt>
                  <dd>{c.document.authorName}</dd>
                </>
              ) : null}
              {c.validUntil ? (
                <>
                  <dt>{t("certificates.validUntilLabel")}</dt>
                  <dd>{formatDate(c.validUntil, locale)}</dd>
                </>
              ) : null}
            </dl>
            <h3>{t("certificates.text")}</h3>
            <RecordedText text={c.text} lang={c.document.language} />
          </article>
        ))
      }
    </SummaryListPage>
  );
}
