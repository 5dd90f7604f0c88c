import type { TFunction } from "i18next";
import type { Locale } from "@/i18n/settings";
import { formatDateTime } from "@/i18n/format";
import type { PrescriptionDetail } from "@/server/kanta/prescription-centre/get-prescription";

type Props = { t: TFunction; locale: Locale; rx: PrescriptionDetail; canRenew: boolean };

/** V-RX-2, V-RX-6: the renewal requests of one prescription and, where allowed, the way to send one. */
export function RenewalHistory({ t, locale, rx, canRenew }: Props) {
  return (
    <section aria-labelledby="rx-renewals" className="card">
      <h2 id="rx-renewals">{t("detail.renewals")}</h2>
      {rx.renewals.length === 0 ? (
        <p>{t("detail.renewalsEmpty")}</p>
      ) : (
        <ol className="timeline" data-testid="rx-renewals">
          {rx.renewals.map((r) => (
            <li key={r.id}>
              <strong>{t(`renewalStatus.${r.status}`)}</strong>
              <br />
              {t("detail.renewalSent", {
                date: formatDateTime(r.sentAt, locale),
                unit: r.receivingUnit.name,
              })}
              {r.handledAt ? (
                <>
                  <br />
                  {t("detail.renewalHandled", { date: formatDateTime(r.handledAt, locale) })}
                </>
              ) : null}
              {r.handlerNote ? (
                <p>
                  {t("detail.handlerNote")}: <q lang={rx.language}>{r.handlerNote}</q>
                </p>
              ) : null}
              {r.status === "LAPSED" ? <p className="muted">{t("detail.lapsedHelp")}</p> : null}
            </li>
          ))}
        </ol>
      )}
      {canRenew ? (
        rx.renewable.ok ? (
          <p className="no-print">
            <a
              className="button"
              href={`/${locale}/prescriptions/renew?id=${rx.id}`}
              data-testid="rx-renew-link"
            >
              {t("detail.requestRenewal")}
            </a>
          </p>
        ) : (
          <p className="muted">{t("detail.notRenewable", { reason: t(`refusal.${rx.renewable.reason}`) })}</p>
        )
      ) : null}
    </section>
  );
}
