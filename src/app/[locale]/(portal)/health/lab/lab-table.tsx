import type { TFunction } from "i18next";
import type { Locale } from "@/i18n/settings";
import { LabTestLink, LabTableHead, LabValueCells, type LabValue } from "../_components/lab-format";
import { TableRegion } from "@/components/table-region";

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
    <TableRegion label={caption}>
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <LabTableHead t={t} first={t("lab.test")} />
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-testid="lab-row">
              <th scope="row">
                <LabTestLink locale={locale} testCode={r.testCode}>
                  <span lang={r.language}>{r.testName}</span>{" "}
                  <span className="visually-hidden">{t("lab.chartLink")}</span>
                </LabTestLink>
              </th>
              <LabValueCells r={r} t={t} locale={locale} />
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
