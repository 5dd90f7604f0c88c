import type { TFunction } from "i18next";
import { formatDateTime, formatNumber } from "@/i18n/format";
import type { Locale } from "@/i18n/settings";
import { kindSlug, type MeasurementKind } from "@/domain/measurements";
import type { MeasurementItem } from "@/server/kanta/own-data-repository/list-measurements";

type Props = {
  kind: MeasurementKind;
  /** In the order shown (newest first). */
  rows: MeasurementItem[];
  locale: Locale;
  t: TFunction;
  /** Delete links, for the owner who may also save. */
  canDelete: boolean;
  /** Set on a history page: the delete confirmation brings the user back to it. */
  returnTo?: { page: number };
};

/** One kind's measurements as a table (the wellbeing page and the kind's history page). */
export function MeasurementTable({ kind, rows, locale, t, canDelete, returnTo }: Props) {
  const isBp = kind === "BLOOD_PRESSURE";
  const name = t(`kinds.${kind}`);
  const unit = t(`units.${kind}`);
  const value = (v: number) => formatNumber(v, locale, 2);
  const query = returnTo ? `?from=${kindSlug(kind)}&page=${returnTo.page}` : "";
  const captionId = `table-${kindSlug(kind)}-caption`;
  return (
    // Wider than a phone (blood pressure has four columns): scrolls on its own, also from the keyboard.
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table>
        <caption id={captionId} className="visually-hidden">
          {t("list.tableCaption", { kind: name })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("list.measuredAt")}</th>
            {isBp ? (
              <>
                <th scope="col">{t("list.valueWithUnit", { name: t("kinds.systolic"), unit })}</th>
                <th scope="col">{t("list.valueWithUnit", { name: t("kinds.diastolic"), unit })}</th>
              </>
            ) : (
              <th scope="col">{t("list.valueWithUnit", { name, unit })}</th>
            )}
            {canDelete ? <th scope="col">{t("list.actions")}</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const when = formatDateTime(r.measuredAt, locale);
            return (
              <tr key={r.id}>
                <th scope="row">{when}</th>
                <td>{value(r.value)}</td>
                {isBp ? <td>{r.value2 === null ? "" : value(r.value2)}</td> : null}
                {canDelete ? (
                  <td>
                    <a href={`/${locale}/wellbeing/measurements/${r.id}/delete${query}`}>
                      {t("list.delete")}
                      <span className="visually-hidden"> {t("list.deleteTarget", { kind: name, when })}</span>
                    </a>
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
