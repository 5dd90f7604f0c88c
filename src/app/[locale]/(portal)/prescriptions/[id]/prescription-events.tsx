import type { TFunction } from "i18next";
import type { Locale } from "@/i18n/settings";
import { formatDateTime, formatNumber } from "@/i18n/format";
import type { PrescriptionDetail } from "@/server/kanta/prescription-centre/get-prescription";
import { TableRegion } from "@/components/table-region";

type Props = { t: TFunction; locale: Locale; rx: PrescriptionDetail; childFiltered: boolean };

/** V-RX-4: dispensings at pharmacies and disclosures, as already filtered by the query (footnote *). */
export function PrescriptionEvents({ t, locale, rx, childFiltered }: Props) {
  const dispensings = rx.dispensings ?? [];
  const disclosures = rx.disclosures ?? [];
  return (
    <>
      <section aria-labelledby="rx-dispensings" className="card">
        <h2 id="rx-dispensings">{t("detail.dispensings")}</h2>
        {childFiltered ? <p className="muted">{t("detail.childEventsNote")}</p> : null}
        {dispensings.length === 0 ? (
          <p>{t("detail.dispensingsEmpty")}</p>
        ) : (
          <TableRegion label={t("detail.dispensings")}>
            <table data-testid="rx-dispensings">
              <thead>
                <tr>
                  <th scope="col">{t("detail.dispensedAt")}</th>
                  <th scope="col">{t("detail.pharmacy")}</th>
                  <th scope="col">{t("detail.product")}</th>
                  <th scope="col">{t("detail.amount")}</th>
                </tr>
              </thead>
              <tbody>
                {dispensings.map((d) => (
                  <tr key={d.id}>
                    <td>{formatDateTime(d.dispensedAt, locale)}</td>
                    <td>{d.pharmacyName}</td>
                    <td lang={rx.language}>{d.productName}</td>
                    <td>{t("detail.packages", { amount: formatNumber(d.amount, locale) })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        )}
      </section>
      <section aria-labelledby="rx-disclosures" className="card">
        <h2 id="rx-disclosures">{t("detail.disclosures")}</h2>
        {disclosures.length === 0 ? (
          <p>{t("detail.disclosuresEmpty")}</p>
        ) : (
          <TableRegion label={t("detail.disclosures")}>
            <table data-testid="rx-disclosures">
              <thead>
                <tr>
                  <th scope="col">{t("detail.disclosedAt")}</th>
                  <th scope="col">{t("detail.recipient")}</th>
                  <th scope="col">{t("detail.what")}</th>
                </tr>
              </thead>
              <tbody>
                {disclosures.map((d) => (
                  <tr key={d.id}>
                    <td>{formatDateTime(d.disclosedAt, locale)}</td>
                    <td>{d.recipient}</td>
                    <td>{d.what}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        )}
      </section>
    </>
  );
}
