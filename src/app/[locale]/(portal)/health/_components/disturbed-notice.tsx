import type { TFunction } from "i18next";

/** D-1: the patient data repository is disturbed; say so, and where the data can be had meanwhile. */
export function DisturbedNotice({ t }: { t: TFunction }) {
  return (
    <div className="notice warning" role="status" data-testid="health-disturbed">
      <h2>{t("disturbed.title")}</h2>
      <p>{t("disturbed.body")}</p>
    </div>
  );
}
