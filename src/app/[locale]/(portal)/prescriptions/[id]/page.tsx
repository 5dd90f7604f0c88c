import { notFound } from "next/navigation";
import { audienceOf } from "@/domain/visibility";
import { getT } from "@/i18n/server";
import { formatDate, formatDateTime, formatNumber } from "@/i18n/format";
import { localeFrom } from "@/server/locale-param";
import { authorizePage, decide } from "@/server/guard";
import { serviceDb } from "@/server/kanta/service-status";
import { getPrescription } from "@/server/kanta/prescription-centre/get-prescription";
import { viewerOf } from "@/server/portal-context";
import { StatusBadges } from "../status-badges";
import { PrescriptionEvents } from "./prescription-events";
import { RenewalHistory } from "./renewal-history";
import { PageHeading, portalMetadata } from "@/components/whose-page";

type Props = { params: Promise<{ locale: string; id: string }> };

export const generateMetadata = portalMetadata("prescriptions", (t) => [t("detail.details"), t("title")]);

export default async function PrescriptionPage({ params }: Props) {
  const locale = await localeFrom(params);
  const ctx = await authorizePage(locale, "prescriptions.view");
  const { id } = await params;
  const t = await getT(locale, "prescriptions");
  const events = decide(ctx, "prescriptions.disclosures").allowed;
  const rx = await getPrescription(serviceDb("PRESCRIPTION_CENTRE"), viewerOf(ctx), id, { events });
  if (!rx) notFound();
  const canRenew = decide(ctx, "prescriptions.renew").allowed;
  const lang = rx.language;
  const packages = (n: number) => t("detail.packages", { amount: formatNumber(n, locale) });

  return (
    <>
      <p className="no-print">
        <a href={`/${locale}/prescriptions`}>{t("detail.back")}</a>
      </p>
      <PageHeading ctx={ctx}>
        <span lang={lang}>
          {rx.drugName} {rx.strength}
        </span>
      </PageHeading>
      <p data-testid="rx-status">
        <StatusBadges t={t} summary={rx} />
      </p>
      {rx.state.locked ? (
        <div className="notice warning" role="note">
          <p>{t("detail.lockedHelp")}</p>
        </div>
      ) : null}

      <section aria-labelledby="rx-medicine" className="card">
        <h2 id="rx-medicine">{t("detail.medicine")}</h2>
        <dl className="fields">
          <dt>{t("detail.drug")}</dt>
          <dd lang={lang}>{rx.drugName}</dd>
          <dt>{t("detail.strength")}</dt>
          <dd lang={lang}>{rx.strength}</dd>
          <dt>{t("detail.form")}</dt>
          <dd lang={lang}>{rx.form}</dd>
          <dt>{t("detail.package")}</dt>
          <dd lang={lang}>{rx.packageSize}</dd>
          <dt>{t("detail.quantity")}</dt>
          <dd lang={lang}>{rx.quantityText}</dd>
          <dt>{t("detail.atc")}</dt>
          <dd>{rx.atcCode}</dd>
          <dt>{t("detail.dosage")}</dt>
          <dd lang={lang}>{rx.dosageInstructions}</dd>
          <dt>{t("detail.reason")}</dt>
          {rx.reasonForUse ? <dd lang={lang}>{rx.reasonForUse}</dd> : <dd>{t("detail.noReason")}</dd>}
        </dl>
      </section>

      <section aria-labelledby="rx-amounts" className="card">
        <h2 id="rx-amounts">{t("detail.amounts")}</h2>
        <dl className="fields">
          <dt>{t("detail.dispensingState")}</dt>
          <dd>{t(`status.dispensing.${rx.state.dispensing}`)}</dd>
          <dt>{t("detail.amountPrescribed")}</dt>
          <dd>{packages(rx.amountPrescribed)}</dd>
          <dt>{t("detail.amountRemaining")}</dt>
          <dd>{packages(rx.state.amountLeft)}</dd>
          <dt>{t("detail.lastDispensed")}</dt>
          <dd>
            {rx.state.lastDispensedAt
              ? formatDate(rx.state.lastDispensedAt, locale)
              : t("detail.neverDispensed")}
          </dd>
        </dl>
      </section>

      <section aria-labelledby="rx-validity" className="card">
        <h2 id="rx-validity">{t("detail.validity")}</h2>
        <dl className="fields">
          <dt>{t("detail.prescribedAt")}</dt>
          <dd>{formatDateTime(rx.prescribedAt, locale)}</dd>
          <dt>{t("detail.validUntil")}</dt>
          <dd>{formatDate(rx.validUntil, locale)}</dd>
          <dt>{t("detail.validityClass")}</dt>
          <dd>{t(`detail.validityClasses.${rx.validityClass}`)}</dd>
          {rx.state.locked ? (
            <>
              <dt>{t("detail.lockedAt")}</dt>
              <dd>{formatDateTime(rx.state.locked.at, locale)}</dd>
              <dt>{t("detail.lockedReason")}</dt>
              <dd lang={lang}>{rx.state.locked.reason}</dd>
            </>
          ) : null}
          {rx.state.cancelled ? (
            <>
              <dt>{t("detail.cancelledAt")}</dt>
              <dd>{rx.state.cancelled.at ? formatDateTime(rx.state.cancelled.at, locale) : "–"}</dd>
              <dt>{t("detail.cancellationReason")}</dt>
              <dd>
                {rx.state.cancelled.reason ? t(`status.cancelReason.${rx.state.cancelled.reason}`) : "–"}
              </dd>
            </>
          ) : null}
        </dl>
        {rx.renewalOf ? (
          <p>
            <a href={`/${locale}/prescriptions/${rx.renewalOf.id}`}>
              {t("detail.renewalOf", { date: formatDate(rx.renewalOf.prescribedAt, locale) })}
            </a>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="rx-prescriber" className="card">
        <h2 id="rx-prescriber">{t("detail.prescriber")}</h2>
        <dl className="fields">
          <dt>{t("detail.prescriberName")}</dt>
          <dd>{rx.prescriberName}</dd>
          <dt>{t("detail.unit")}</dt>
          <dd>{rx.unit.name}</dd>
          <dt>{t("detail.organisation")}</dt>
          <dd>{rx.unit.organisation}</dd>
        </dl>
      </section>

      <RenewalHistory t={t} locale={locale} rx={rx} canRenew={canRenew} />
      {events ? (
        <PrescriptionEvents
          t={t}
          locale={locale}
          rx={rx}
          childFiltered={audienceOf(ctx.role) === "guardianLike"}
        />
      ) : null}
    </>
  );
}
