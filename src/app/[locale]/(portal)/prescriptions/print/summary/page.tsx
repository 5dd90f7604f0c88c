import { getT } from "@/i18n/server";
import { localeFrom } from "@/server/locale-param";
import { authorizePage } from "@/server/guard";
import { serviceDb } from "@/server/kanta/service-status";
import { listSummaryPrescriptions } from "@/server/kanta/prescription-centre/list-printable-prescriptions";
import { viewerOf } from "@/server/portal-context";
import type { SearchParams } from "../../search-params";
import { parseSummaryParams, summaryQuery, SUMMARY_KINDS } from "../summary-filter";
import { summaryModel } from "../print-model";
import { PrintView } from "../print-view";
import { PrintButton } from "@/components/print-button";
import { PageHeading, portalMetadata } from "@/components/whose-page";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export const generateMetadata = portalMetadata("prescriptions", (t) => [t("print.summaryTitle"), t("title")]);

/** V-RX-3: the prescription summary, limited by one of the summary filters, to print or download. */
export default async function PrintSummaryPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const ctx = await authorizePage(locale, "prescriptions.printSummary");
  const t = await getT(locale, "prescriptions");
  const p = parseSummaryParams(await searchParams);
  const rows = await listSummaryPrescriptions(serviceDb("PRESCRIPTION_CENTRE"), viewerOf(ctx), p.filter);
  const model = summaryModel(t, locale, ctx.subject, ctx.at, p, rows);
  const base = `/${locale}/prescriptions/print/summary`;

  return (
    <>
      <p className="no-print">
        <a href={`/${locale}/prescriptions`}>{t("detail.back")}</a>
      </p>
      <PageHeading ctx={ctx}>{model.title}</PageHeading>
      <form method="get" action={base} className="filters no-print">
        <fieldset>
          <legend>{t("print.legend")}</legend>
          {SUMMARY_KINDS.map((k) => (
            <label key={k} style={{ fontWeight: 400, display: "flex", gap: "0.4rem" }}>
              <input type="radio" name="show" value={k} defaultChecked={p.kind === k} />
              {t(`print.filter.${k}`)}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="from">{t("print.from")}</label>
          <input id="from" type="date" name="from" defaultValue={p.from} />
        </div>
        <div className="field">
          <label htmlFor="to">{t("print.to")}</label>
          <input id="to" type="date" name="to" defaultValue={p.to} />
        </div>
        <div className="field">
          <button type="submit" className="button secondary">
            {t("print.apply")}
          </button>
        </div>
      </form>
      <div className="actions no-print">
        <PrintButton label={t("print.print")} />
        <a
          className="button secondary"
          href={`${base}/pdf${summaryQuery(p)}`}
          data-testid="summary-pdf"
          download
        >
          {t("print.downloadPdf")}
        </a>
      </div>
      <PrintView model={model} />
    </>
  );
}
