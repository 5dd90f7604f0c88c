import type { TFunction } from "i18next";
import styles from "./data-use.module.css";
import { helsinkiDate } from "@/domain/dates";
import { formatCalendarDate } from "@/server/kanta/will-service/permission-validity";

/** C-3: until further notice, or through a chosen last day (not before today). */
export function ValidityFields({ t, idPrefix, at, lastDay }: { t: TFunction; idPrefix: string; at: Date; lastDay?: Date | null }) {
  const today = formatCalendarDate(helsinkiDate(at));
  const current = lastDay ? formatCalendarDate(helsinkiDate(lastDay)) : undefined;
  return (
    <fieldset className="field">
      <legend>{t("permission.validity")}</legend>
      <div className={styles.choice}>
        <input type="radio" id={`${idPrefix}-open`} name="validity" value="open" defaultChecked={!current} />{" "}
        <label htmlFor={`${idPrefix}-open`} className={styles.inlineLabel}>
          {t("permission.untilFurtherNotice")}
        </label>
      </div>
      <div className={styles.choice}>
        <input type="radio" id={`${idPrefix}-until`} name="validity" value="until" defaultChecked={Boolean(current)} />{" "}
        <label htmlFor={`${idPrefix}-until`} className={styles.inlineLabel}>
          {t("permission.untilDate")}
        </label>
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-last-day`}>{t("permission.lastDay")}</label>
        <input type="date" id={`${idPrefix}-last-day`} name="lastDay" min={today} defaultValue={current} aria-describedby={`${idPrefix}-last-day-hint`} />
        <p id={`${idPrefix}-last-day-hint`} className="muted">
          {t("permission.lastDayHint")}
        </p>
      </div>
    </fieldset>
  );
}
