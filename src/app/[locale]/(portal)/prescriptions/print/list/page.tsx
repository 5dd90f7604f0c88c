import { getT } from "@/i18n/server";
import { localeFrom } from "@/server/locale-param";
import { authorizePage } from "@/server/guard";
import { serviceDb } from "@/server/kanta/service-status";
import { listOwnUsePrescriptions } from "@/server/kanta/prescription-centre/list-printable-prescriptions";
import { viewerOf } from "@/server/portal-context";
import { ownListModel } from "../print-model";
import { PrintView } from "../print-view";
import { PrintButton } from "@/components/print-button";
import { PageHeading, portalMetadata, whoseText } from "@/components/whose-page";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = portalMetadata("prescriptions", (t) => [t("print.listTitle"), t("title")]);

/** V-RX-3: the list of valid prescriptions for one's own use, to print or download. */
export default async function PrintOwnListPage({ params }: Props) {
  const locale = await localeFrom(params);
  const ctx = await authorizePage(locale, "prescriptions.printOwnList");
  const t = await getT(locale, "prescriptions");
  const rows = await listOwnUsePrescriptions(serviceDb("PRESCRIPTION_CENTRE"), viewerOf(ctx));
  const model = ownListModel(t, locale, ctx.subject, ctx.at, rows);

  return (
    <>
      <p className="no-print">
        <a href={`/${locale}/prescriptions`}>{t("detail.back")}</a>
      </p>
      <PageHeading ctx={ctx}>{model.title}</PageHeading>
      <p>{t("print.listIntro", whoseText(ctx))}</p>
      <div className="actions no-print">
        <PrintButton label={t("print.print")} />
        <a
          className="button secondary"
          href={`/${locale}/prescriptions/print/list/pdf`}
          data-testid="list-pdf"
          download
        >
          {t("print.downloadPdf")}
        </a>
      </div>
      <PrintView model={model} />
    </>
  );
}
