import type { ReactNode } from "react";
import type { TFunction } from "i18next";
import type { Locale } from "@/i18n/settings";
import { formatNumber } from "@/i18n/format";

export type LabValue = {
  value: number | null;
  valueText: string | null;
  refLow: number | null;
  refHigh: number | null;
  refText: string | null;
  abnormal: boolean;
};

export function formatLabValue(r: LabValue, locale: Locale): string {
  if (r.value !== null) return formatNumber(r.value, locale);
  return r.valueText ?? "–";
}

export function formatReference(r: LabValue, locale: Locale): string {
  if (r.refText) return r.refText;
  if (r.refLow !== null && r.refHigh !== null)
    return `${formatNumber(r.refLow, locale)}–${formatNumber(r.refHigh, locale)}`;
  if (r.refHigh !== null) return `≤ ${formatNumber(r.refHigh, locale)}`;
  if (r.refLow !== null) return `≥ ${formatNumber(r.refLow, locale)}`;
  return "–";
}

export function abnormalKind(r: LabValue): "high" | "low" | "abnormal" | null {
  if (!r.abnormal) return null;
  if (r.value !== null && r.refHigh !== null && r.value > r.refHigh) return "high";
  if (r.value !== null && r.refLow !== null && r.value < r.refLow) return "low";
  return "abnormal";
}

/** The abnormal marker says it in words and a symbol, never by colour alone. */
export function AbnormalMarker({ r, t }: { r: LabValue; t: TFunction }) {
  const kind = abnormalKind(r);
  if (!kind) return <span>{t("lab.normal")}</span>;
  const symbol = kind === "high" ? "↑" : kind === "low" ? "↓" : "!";
  return (
    <span className="badge error">
      <span aria-hidden="true">{symbol} </span>
      {t(`lab.${kind}`)}
    </span>
  );
}

/** Every lab table's head: its own first column, then the columns of LabValueCells. */
export function LabTableHead({ t, first }: { t: TFunction; first: string }) {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        <th scope="col">{t("lab.result")}</th>
        <th scope="col">{t("lab.unit")}</th>
        <th scope="col">{t("lab.reference")}</th>
        <th scope="col">{t("lab.flag")}</th>
      </tr>
    </thead>
  );
}

/** The result, unit, reference and flag cells of one value. */
export function LabValueCells({ r, t, locale }: { r: LabValue & { unit: string | null }; t: TFunction; locale: Locale }) {
  return (
    <>
      <td>{formatLabValue(r, locale)}</td>
      <td>{r.unit ?? ""}</td>
      <td>{formatReference(r, locale)}</td>
      <td>
        <AbnormalMarker r={r} t={t} />
      </td>
    </>
  );
}

/** The test's name linking to its chart page, then its code. */
export function LabTestLink({
  locale,
  testCode,
  lang,
  children,
}: {
  locale: Locale;
  testCode: string;
  lang?: string;
  children: ReactNode;
}) {
  return (
    <>
      <a href={`/${locale}/health/lab/${encodeURIComponent(testCode)}`} lang={lang}>
        {children}
      </a>{" "}
      <span className="muted">({testCode})</span>
    </>
  );
}
