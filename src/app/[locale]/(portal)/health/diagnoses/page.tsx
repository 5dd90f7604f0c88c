import { formatDate } from "@/i18n/format";
import { listDiagnoses } from "@/server/kanta/patient-data-repository/list-diagnoses";
import { SummaryListPage, summaryMetadata, SummaryTable, type SummaryPageProps } from "../_components/summary-list-page";

export const generateMetadata = summaryMetadata("diagnoses");

export default function DiagnosesPage(props: SummaryPageProps) {
  return (
    <SummaryListPage {...props} page="diagnoses" size={100} load={(v, paging) => listDiagnoses(v, paging)}>
      {(items, t, locale) => (
        <SummaryTable
          testId="diagnoses"
          caption={t("diagnoses.title")}
          columns={[
            t("diagnoses.code"),
            t("diagnoses.name"),
            t("diagnoses.permanent"),
            t("diagnoses.recorded"),
            t("diagnoses.unit"),
          ]}
        >
          {items.map((d) => (
            <tr key={d.id}>
              <td>{d.icd10}</td>
              <th scope="row" lang={d.document.language}>
                {d.name}
              </th>
              <td>
                {d.permanent ? <strong>{t("diagnoses.permanentYes")}</strong> : t("diagnoses.permanentNo")}
              </td>
              <td>{formatDate(d.document.recordedAt, locale)}</td>
              <td>{d.document.serviceEvent?.unit.name ?? "–"}</td>
            </tr>
          ))}
        </SummaryTable>
      )}
    </SummaryListPage>
  );
}
