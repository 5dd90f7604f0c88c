import { getT } from "@/i18n/server";
import { formatDate } from "@/i18n/format";
import { localeFrom } from "@/server/locale-param";
import { authorizePage } from "@/server/guard";
import { viewerOf } from "@/server/portal-context";
import { listImagingStudies } from "@/server/kanta/patient-data-repository/list-imaging-studies";
import { HealthPageFrame } from "../_components/health-page";
import { DateFilter, RangeSummary } from "../_components/date-filter";
import { Pager } from "../_components/pager";
import { RecordedText } from "../_components/recorded-text";
import { parseDateRange, parsePage, type SearchParams } from "../_lib/search-params";
import styles from "../_components/health.module.css";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export default async function ImagingPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const ctx = await authorizePage(locale, "health.view");
  const t = await getT(locale, "health");
  const sp = await searchParams;
  const choice = parseDateRange(sp, ctx.at);

  return (
    <HealthPageFrame
      ctx={ctx}
      locale={locale}
      t={t}
      current="imaging"
      title={t("imaging.title")}
      intro={t("imaging.intro")}
    >
      {async () => {
        const page = await listImagingStudies(viewerOf(ctx), choice.range, {
          page: parsePage(sp),
          size: 50,
        });
        return (
          <>
            <DateFilter t={t} action={`/${locale}/health/imaging`} choice={choice} />
            <RangeSummary t={t} locale={locale} choice={choice} />
            {page.items.length === 0 ? (
              <p className="notice" role="status" data-testid="empty">
                {choice.isDefault ? t("imaging.emptyDefault") : t("imaging.empty")}
              </p>
            ) : (
              page.items.map((s) => (
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
            )}
            <Pager t={t} sp={sp} page={page.page} hasNext={page.hasNext} />
          </>
        );
      }}
    </HealthPageFrame>
  );
}
