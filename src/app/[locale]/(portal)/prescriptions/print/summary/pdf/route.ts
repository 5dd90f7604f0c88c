import { getT } from "@/i18n/server";
import { isLocale } from "@/i18n/settings";
import { authorizeRoute } from "@/server/guard";
import { serviceDb } from "@/server/kanta/service-status";
import { listSummaryPrescriptions } from "@/server/kanta/prescription-centre/list-printable-prescriptions";
import { viewerOf } from "@/server/portal-context";
import { parseSummaryParams } from "../../summary-filter";
import { summaryModel } from "../../print-model";
import { pdfFilename, pdfResponse, renderPdf } from "../../pdf";

/** V-RX-3: the prescription summary as a PDF download. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response(null, { status: 404 });
  const ctx = await authorizeRoute("prescriptions.printSummary");
  if (ctx instanceof Response) return ctx;
  const t = await getT(locale, "prescriptions");
  const p = parseSummaryParams(Object.fromEntries(new URL(request.url).searchParams));
  const rows = await listSummaryPrescriptions(serviceDb("PRESCRIPTION_CENTRE"), viewerOf(ctx), p.filter);
  const pdf = await renderPdf(summaryModel(t, locale, ctx.subject, ctx.at, p, rows));
  return pdfResponse(pdf, pdfFilename(t("print.filenameSummary"), ctx.at));
}
