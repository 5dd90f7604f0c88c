import { featureCell } from "@/domain/permissions";
import { formatDate } from "@/i18n/format";
import { getT } from "@/i18n/server";
import type { Locale } from "@/i18n/settings";
import { decide, type Authorized } from "@/server/guard";
import type { loadConsents } from "@/server/kanta/will-service/load-data-use";
import styles from "./data-use.module.css";
import { whoseText } from "@/components/whose-page";

type Consents = Awaited<ReturnType<typeof loadConsents>>;

function StartForm({ locale, intent, label, danger }: { locale: Locale; intent: string; label: string; danger?: boolean }) {
  return (
    <form method="get" action={`/${locale}/data-use`} className="actions">
      <input type="hidden" name="confirm" value={intent} />
      <button type="submit" className={danger ? "button secondary" : "button"}>
        {label}
      </button>
    </form>
  );
}

/** C-5: consent to transfer the patient summary abroad; `later` for guardians and mandate holders. */
export async function EuConsentSection({ locale, ctx, consents, kantaInfoReceived }: { locale: Locale; ctx: Authorized; consents: Consents; kantaInfoReceived: boolean }) {
  const t = await getT(locale, "dataUse");
  const d = decide(ctx, "euPatientSummary.consent");
  const minorWithoutV2 = !d.allowed && featureCell(ctx.role, "euPatientSummary.consent") === "enabled***";
  if (!d.allowed && d.access !== "later" && !minorWithoutV2) return null;
  return (
    <section aria-labelledby="eu-heading" id="eu-consent" className={styles.section} data-testid="eu-consent">
      <h2 id="eu-heading">{t("eu.title")}</h2>
      <p className={styles.explain}>{t("eu.what", whoseText(ctx))}</p>
      {d.access === "later" ? (
        <p className="notice" data-testid="eu-later">
          <span className="badge warn">{t("comingLater")}</span> {t("eu.later")}
        </p>
      ) : minorWithoutV2 ? (
        <p className="muted">{t("footnotes.minorNeedsV2")}</p>
      ) : consents.eu ? (
        <>
          <p data-testid="eu-status">{t("eu.given", { date: formatDate(consents.eu.givenAt, locale) })}</p>
          <StartForm locale={locale} intent="withdrawEuConsent" label={t("eu.withdrawButton")} danger />
        </>
      ) : (
        <>
          <p data-testid="eu-status">{t("eu.notGiven")}</p>
          {!kantaInfoReceived ? <p className="notice warning">{t("kantaInfo.requiredNotice")}</p> : null}
          <StartForm locale={locale} intent="giveEuConsent" label={t("eu.giveButton")} />
        </>
      )}
    </section>
  );
}

/** C-5: ban on being contacted about findings of registry research; `later` for mandate holders. */
export async function ContactBanSection({ locale, ctx, consents, kantaInfoReceived }: { locale: Locale; ctx: Authorized; consents: Consents; kantaInfoReceived: boolean }) {
  const t = await getT(locale, "dataUse");
  const d = decide(ctx, "registryResearch.contactBan");
  if (!d.allowed && d.access !== "later") return null;
  return (
    <section aria-labelledby="contact-ban-heading" id="contact-ban" className={styles.section} data-testid="contact-ban">
      <h2 id="contact-ban-heading">{t("contactBan.title")}</h2>
      <p className={styles.explain}>{t("contactBan.what", whoseText(ctx))}</p>
      {d.access === "later" ? (
        <p className="notice">
          <span className="badge warn">{t("comingLater")}</span> {t("contactBan.later")}
        </p>
      ) : consents.contactBan ? (
        <>
          <p data-testid="contact-ban-status">{t("contactBan.set", { date: formatDate(consents.contactBan.since, locale) })}</p>
          <StartForm locale={locale} intent="removeContactBan" label={t("contactBan.removeButton")} danger />
        </>
      ) : (
        <>
          <p data-testid="contact-ban-status">{t("contactBan.notSet")}</p>
          {!kantaInfoReceived ? <p className="notice warning">{t("kantaInfo.requiredNotice")}</p> : null}
          <StartForm locale={locale} intent="setContactBan" label={t("contactBan.setButton")} />
        </>
      )}
    </section>
  );
}
