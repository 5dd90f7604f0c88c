import { getT } from "@/i18n/server";
import { isLocale } from "@/i18n/settings";
import { authorizeRoute } from "@/server/guard";
import { serviceDb } from "@/server/kanta/service-status";
import { listOwnUsePrescriptions } from "@/server/kanta/prescription-centre/list-printable-prescriptions";
import { viewerOf } from "@/server/portal-context";
import { ownListModel } from "../../print-model";
import { pdfFilename, pdfResponse, renderPdf } from "../../pdf";

/** V-RX-3: the list for own use as a PDF download. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response(null, { status: 404 });
  const ctx = await authorizeRoute("prescriptions.printOwnList");
  if (ctx instanceof Response) return ctx;
  const t = await getT(locale, "prescriptions");
  const rows = await listOwnUsePrescriptions(serviceDb("PRESCRIPTION_CENTRE"), viewerOf(ctx));
  const pdf = await renderPdf(ownListModel(t, locale, ctx.subject, ctx.at, rows));
  return pdfResponse(pdf, pdfFilename(t("print.filenameList"), ctx.at));
}
