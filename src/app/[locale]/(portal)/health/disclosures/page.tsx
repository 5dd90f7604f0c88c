import { formatDateTime } from "@/i18n/format";
import { listHealthDisclosures } from "@/server/kanta/patient-data-repository/list-health-disclosures";
import { SummaryListPage, summaryMetadata, SummaryTable, type SummaryPageProps } from "../_components/summary-list-page";

export const generateMetadata = summaryMetadata("disclosures");

/** C-6: disclosures of health data. The matrix closes this to guardians and information-right holders. */
export default function HealthDisclosuresPage(props: SummaryPageProps) {
  return (
    <SummaryListPage
      {...props}
      page="disclosures"
      feature="health.disclosures"
      size={50}
      dateFilter
      load={(v, paging, range) => listHealthDisclosures(v, range, paging)}
    >
      {(items, t, locale) => (
        <SummaryTable
          testId="disclosures"
          caption={t("disclosures.title")}
          columns={[t("disclosures.when"), t("disclosures.recipient"), t("disclosures.what"), t("disclosures.basis")]}
        >
          {items.map((d) => (
            <tr key={d.id}>
              <td>{formatDateTime(d.disclosedAt, locale)}</td>
              <th scope="row">{d.recipient}</th>
              <td>{d.what}</td>
              <td>{d.basis}</td>
            </tr>
          ))}
        </SummaryTable>
      )}
    </SummaryListPage>
  );
}
