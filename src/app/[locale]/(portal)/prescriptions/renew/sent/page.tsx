import { getT } from "@/i18n/server";
import { formatDateTime } from "@/i18n/format";
import { localeFrom } from "@/server/locale-param";
import { authorizePage } from "@/server/guard";
import { serviceDb } from "@/server/kanta/service-status";
import { formatFinnishMobile } from "@/server/kanta/prescription-centre/phone";
import { listSentRenewals } from "@/server/kanta/prescription-centre/list-sent-renewals";
import { viewerOf } from "@/server/portal-context";
import { first, type SearchParams } from "../../search-params";
import { PageHeading, portalMetadata } from "@/components/whose-page";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export const generateMetadata = portalMetadata("prescriptions", (t) => [t("renew.sentTitle"), t("title")]);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The result of a renewal request: what was sent, to whom, and its status now. */
export default async function RenewalSentPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const ctx = await authorizePage(locale, "prescriptions.renew");
  const t = await getT(locale, "prescriptions");
  const ids = (first(await searchParams, "ids") ?? "")
    .split(",")
    .filter((id) => UUID.test(id))
    .slice(0, 20);
  // V-RX-6: the SMS number only for the person who sent the request (the data module blanks it for others).
  const sent = ids.length ? await listSentRenewals(serviceDb("PRESCRIPTION_CENTRE"), viewerOf(ctx), ctx.actor.id, ids) : [];
  const allOwn = sent.every((r) => r.sentByViewer);

  return (
    <>
      <PageHeading ctx={ctx}>{t("renew.sentTitle")}</PageHeading>
      <p className="notice success" role="status">
        {allOwn ? t("renew.sentIntro") : t("renew.sentIntroOther")}
      </p>
      <ul className="card-grid" data-testid="renewal-sent">
        {sent.map((r) => (
          <li key={r.id} className="card">
            <h2 style={{ marginTop: 0 }}>
              <a href={`/${locale}/prescriptions/${r.prescription.id}`} lang={r.prescription.language}>
                {r.prescription.drugName} {r.prescription.strength}
              </a>
            </h2>
            <dl className="fields">
              <dt>{t("renew.sentAt")}</dt>
              <dd>{formatDateTime(r.sentAt, locale)}</dd>
              <dt>{t("renew.sentTo")}</dt>
              <dd>{r.receivingUnit.name}</dd>
              <dt>{t("renew.sentStatus")}</dt>
              <dd>{t(`renewalStatus.${r.status}`)}</dd>
              {r.sentByViewer ? (
                <>
                  <dt>{t("renew.summaryPhone")}</dt>
                  <dd>{r.phoneForSms ? formatFinnishMobile(r.phoneForSms) : t("renew.noPhone")}</dd>
                </>
              ) : null}
              <dt>{t("renew.summaryShowOthers")}</dt>
              <dd>{r.showOtherPrescriptions ? t("renew.yes") : t("renew.no")}</dd>
            </dl>
          </li>
        ))}
      </ul>
      <p>
        <a className="button secondary" href={`/${locale}/prescriptions`}>
          {t("renew.backToList")}
        </a>
      </p>
    </>
  );
}
