import { formatDate } from "@/i18n/format";
import { listVaccinations } from "@/server/kanta/patient-data-repository/list-vaccinations";
import { SummaryListPage, summaryMetadata, SummaryTable, type SummaryPageProps } from "../_components/summary-list-page";

export const generateMetadata = summaryMetadata("vaccinations");

export default function VaccinationsPage(props: SummaryPageProps) {
  return (
    <SummaryListPage {...props} page="vaccinations" size={100} load={(v, paging) => listVaccinations(v, paging)}>
      {(items, t, locale) => (
        <SummaryTable
          testId="vaccinations"
          caption={t("vaccinations.title")}
          columns={[
            t("vaccinations.date"),
            t("vaccinations.vaccine"),
            t("vaccinations.dose"),
            t("vaccinations.batch"),
            t("vaccinations.unit"),
          ]}
        >
          {items.map((v) => (
            <tr key={v.id}>
              <td>{formatDate(v.givenAt, locale)}</td>
              <th scope="row" lang={v.document.language}>
                {v.vaccine}
                {v.atcCode ? <span className="muted"> ({v.atcCode})</span> : null}
              </th>
              <td>{v.dose}</td>
              <td>{v.batch ?? "–"}</td>
              <td>{v.document.serviceEvent?.unit.name ?? "–"}</td>
            </tr>
          ))}
        </SummaryTable>
      )}
    </SummaryListPage>
  );
}
