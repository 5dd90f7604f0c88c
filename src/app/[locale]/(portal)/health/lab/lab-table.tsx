import type { TFunction } from "i18next";
import type { Locale } from "@/i18n/settings";
import { AbnormalMarker, formatLabValue, formatReference, type LabValue } from "../_components/lab-format";
import styles from "../_components/health.module.css";

type Row = LabValue & {
  id: string;
  testCode: string;
  testName: string;
  unit: string | null;
  language: string;
};

/** One row per test: value, unit, reference range and the abnormal marker in words. */
export function LabTable({
  t,
  locale,
  rows,
  caption,
}: {
  t: TFunction;
  locale: Locale;
  rows: Row[];
  caption: string;
}) {
  return (
    <div className={styles.tableWrap}>
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("lab.test")}</th>
            <th scope="col">{t("lab.result")}</th>
            <th scope="col">{t("lab.unit")}</th>
            <th scope="col">{t("lab.reference")}</th>
            <th scope="col">{t("lab.flag")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-testid="lab-row">
              <th scope="row">
                <a href={`/${locale}/health/lab/${encodeURIComponent(r.testCode)}`}>
                  <span lang={r.language}>{r.testName}</span>{" "}
                  <span className="visually-hidden">{t("lab.chartLink")}</span>
                </a>{" "}
                <span className="muted">({r.testCode})</span>
              </th>
              <td>{formatLabValue(r, locale)}</td>
              <td>{r.unit ?? ""}</td>
              <td>{formatReference(r, locale)}</td>
              <td>
                <AbnormalMarker r={r} t={t} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
