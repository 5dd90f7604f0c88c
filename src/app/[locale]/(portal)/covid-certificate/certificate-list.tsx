import type { TFunction } from "i18next";
import { formatDate, formatDateTime } from "@/i18n/format";
import type { Locale } from "@/i18n/settings";
import type { CovidCertificateRow } from "@/server/kanta/patient-data-repository/list-covid-certificates";
import styles from "./covid.module.css";

const KINDS = ["VACCINATION", "TEST", "RECOVERY"] as const;

/** The certificates grouped by kind, each with its UVCI; shared by the page and its print view. */
export function CovidCertificateList({
  t,
  locale,
  rows,
  headingLevel,
}: {
  t: TFunction;
  locale: Locale;
  rows: CovidCertificateRow[];
  headingLevel: 2 | 3;
}) {
  const H = headingLevel === 2 ? "h2" : "h3";
  const Sub = headingLevel === 2 ? "h3" : "h4";
  return (
    <>
      {KINDS.map((kind) => {
        const items = rows.filter((r) => r.kind === kind);
        if (items.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`covid-${kind}`}>
            <H id={`covid-${kind}`}>{t(`covid.kind.${kind}`)}</H>
            {items.map((c) => (
              <div key={c.id} className={`card ${styles.certificate}`} data-testid="covid-certificate">
                <Sub>{certificateHeading(t, locale, c)}</Sub>
                <dl className="fields">
                  <dt>{t(`covid.detail.${kind}`)}</dt>
                  <dd>{c.detail}</dd>
                  {c.doseNumber !== null ? (
                    <>
                      <dt>{t("covid.dose")}</dt>
                      <dd>
                        {c.totalDoses !== null
                          ? t("covid.doseOf", { n: c.doseNumber, total: c.totalDoses })
                          : c.doseNumber}
                      </dd>
                    </>
                  ) : null}
                  <dt>{t(`covid.eventAt.${kind}`)}</dt>
                  <dd>{formatDateTime(c.eventAt, locale)}</dd>
                  <dt>{t("covid.issuedAt")}</dt>
                  <dd>{formatDate(c.issuedAt, locale)}</dd>
                  <dt>{t("covid.uvci")}</dt>
                  <dd className={styles.uvci}>{c.uvci}</dd>
                </dl>
              </div>
            ))}
          </section>
        );
      })}
    </>
  );
}

function certificateHeading(t: TFunction, locale: Locale, c: CovidCertificateRow): string {
  return t(`covid.heading.${c.kind}`, { date: formatDate(c.eventAt, locale), n: c.doseNumber ?? 1 });
}
