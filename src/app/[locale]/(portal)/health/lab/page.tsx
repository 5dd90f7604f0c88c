import { formatDate } from "@/i18n/format";
import { listLabResults } from "@/server/kanta/patient-data-repository/list-lab-results";
import { SummaryListPage, summaryMetadata, type SummaryPageProps } from "../_components/summary-list-page";
import { LabTable } from "./lab-table";

export const generateMetadata = summaryMetadata("lab");

// A page a person can scan; the date search and the pages below reach the rest.
const PAGE_SIZE = 25;

export default function LabPage(props: SummaryPageProps) {
  return (
    <SummaryListPage
      {...props}
      page="lab"
      size={PAGE_SIZE}
      dateFilter
      load={async (v, paging, range) => {
        const { groups, page, hasNext } = await listLabResults(v, range, paging);
        return { items: groups, page, hasNext };
      }}
    >
      {(groups, t, locale) =>
        groups.map((g) => {
          const id = `lab-${g.listDate.getTime()}-${g.unitName?.length ?? 0}`;
          return (
            <section key={id} aria-labelledby={id} data-testid="lab-group">
              <h2 id={id}>
                <time dateTime={g.listDate.toISOString()}>{formatDate(g.listDate, locale)}</time>
                {g.unitName ? ` · ${g.unitName}` : ""}
              </h2>
              <LabTable
                t={t}
                locale={locale}
                rows={g.results}
                caption={t("lab.caption", { date: formatDate(g.listDate, locale) })}
              />
            </section>
          );
        })
      }
    </SummaryListPage>
  );
}
