import { getT } from "@/i18n/server";
import { formatDate } from "@/i18n/format";
import { localeFrom } from "@/server/locale-param";
import { authorizePage } from "@/server/guard";
import { viewerOf } from "@/server/portal-context";
import { listCertificates } from "@/server/kanta/patient-data-repository/list-certificates";
import { HealthPageFrame } from "../_components/health-page";
import { Pager } from "../_components/pager";
import { RecordedText } from "../_components/recorded-text";
import { parsePage, type SearchParams } from "../_lib/search-params";
import styles from "../_components/health.module.css";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export default async function CertificatesPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const ctx = await authorizePage(locale, "health.view");
  const t = await getT(locale, "health");
  const sp = await searchParams;

  return (
    <HealthPageFrame
      ctx={ctx}
      locale={locale}
      t={t}
      current="certificates"
      title={t("certificates.title")}
      intro={t("certificates.intro")}
    >
      {async () => {
        const page = await listCertificates(viewerOf(ctx), { page: parsePage(sp), size: 30 });
        if (page.items.length === 0) {
          return (
            <p className="notice" role="status" data-testid="empty">
              {t("certificates.empty")}
            </p>
          );
        }
        return (
          <>
            {page.items.map((c) => (
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
            ))}
            <Pager t={t} sp={sp} page={page.page} hasNext={page.hasNext} />
          </>
        );
      }}
    </HealthPageFrame>
  );
}
