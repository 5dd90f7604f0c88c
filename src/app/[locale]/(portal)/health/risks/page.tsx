import { formatDate } from "@/i18n/format";
import { listRiskInformation } from "@/server/kanta/patient-data-repository/list-risk-information";
import { SummaryListPage, summaryMetadata, SummaryTable, type SummaryPageProps } from "../_components/summary-list-page";

export const generateMetadata = summaryMetadata("risks");

export default function RisksPage(props: SummaryPageProps) {
  return (
    <SummaryListPage {...props} page="risks" size={100} load={(v, paging) => listRiskInformation(v, paging)}>
      {(items, t, locale) => (
        <SummaryTable
          testId="risks"
          caption={t("risks.title")}
          columns={[t("risks.kind"), t("risks.description"), t("risks.severity"), t("risks.recorded")]}
        >
          {items.map((r) => (
            <tr key={r.id} lang={r.document.language}>
              <th scope="row">{r.kind}</th>
              <td>{r.description}</td>
              <td>{r.severity ?? "–"}</td>
              <td>{formatDate(r.document.recordedAt, locale)}</td>
            </tr>
          ))}
        </SummaryTable>
      )}
    </SummaryListPage>
  );
}
