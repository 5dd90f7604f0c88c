import { formatDate } from "@/i18n/format";
import { listImagingStudies } from "@/server/kanta/patient-data-repository/list-imaging-studies";
import { RecordedText } from "../_components/recorded-text";
import { SummaryListPage, summaryMetadata, type SummaryPageProps } from "../_components/summary-list-page";
import styles from "../_components/health.module.css";

export const generateMetadata = summaryMetadata("imaging");

export default function ImagingPage(props: SummaryPageProps) {
  return (
    <SummaryListPage
      {...props}
      page="imaging"
      size={50}
      dateFilter
      load={(v, paging, range) => listImagingStudies(v, range, paging)}
    >
      {(items, t, locale) =>
        items.map((s) => (
          <article
            key={s.id}
            className={styles.document}
            aria-labelledby={`img-${s.id}`}
            data-testid="imaging-study"
          >
            <h2 id={`img-${s.id}`}>
              <time dateTime={s.studyAt.toISOString()}>{formatDate(s.studyAt, locale)}</time> ·{" "}
              {t("imaging.study", { modality: s.modality, bodyPart: s.bodyPart })}
            </h2>
            <p className={styles.meta}>
              <span lang={s.document.language}>{s.document.title}</span>
              {s.document.serviceEvent ? ` · ${s.document.serviceEvent.unit.name}` : ""}
              {s.document.authorName ? ` · ${t("visit.author", { name: s.document.authorName })}` : ""}
            </p>
            <h3>{t("imaging.statement")}</h3>
            {s.statement ? (
              <RecordedText text={s.statement} lang={s.document.language} />
            ) : (
              <p>{t("imaging.noStatement")}</p>
            )}
          </article>
        ))
      }
    </SummaryListPage>
  );
}
