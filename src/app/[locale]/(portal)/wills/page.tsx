import { BoundFields } from "@/components/bound-fields";
import type { TFunction } from "i18next";
import { formatDate, formatDateTime, formatNumber } from "@/i18n/format";
import { getT } from "@/i18n/server";
import type { Locale } from "@/i18n/settings";
import { willServiceDb } from "@/server/kanta/will-service/will-service-db";
import { authorizePage, requireFeature, type Authorized } from "@/server/guard";
import { localeFrom } from "@/server/locale-param";
import { loadWills } from "@/server/kanta/will-service/load-wills";
import { LIVING_WILL_MAX, ORGAN_INFO_MAX } from "@/server/kanta/will-service/will-text";
import { ResultNotice } from "../data-use/_components/result-notice";
import { SubmitButton } from "../data-use/_components/submit-button";
import { deleteLivingWillAction, livingWillFormAction, organDonationFormAction, removeOrganDonationAction } from "./actions";
import { PrintButton } from "@/components/print-button";
import { WillForm, type WillFormLabels } from "./will-form";
import styles from "./wills.module.css";
import { PageHeading, portalMetadata } from "@/components/whose-page";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// The removal step and the print views are pages of their own to the reader: each has its title.
export const generateMetadata = portalMetadata("dataUse", async (t, { searchParams }: Props) => {
  const { confirm, print } = await searchParams;
  if (confirm === "removeOrganDonation") return [t("wills.organDonation.removeTitle"), t("wills.title")];
  if (confirm === "deleteLivingWill") return [t("wills.livingWill.removeTitle"), t("wills.title")];
  if (print === "organDonation" || print === "livingWill") return [t(`wills.${print}.title`), t("wills.title")];
  return [t("wills.title")];
});
type Wills = Awaited<ReturnType<typeof loadWills>>;

const ERROR_KEYS = ["livingWillEmpty", "livingWillTooLong", "organInfoTooLong", "forbidden", "invalidInput", "sessionEnded", "unavailable", "generic"] as const;

async function formLabels(locale: Locale, t: TFunction, kind: "organDonation" | "livingWill"): Promise<WillFormLabels> {
  const common = await getT(locale);
  const errors: Record<string, string> = {};
  for (const k of ERROR_KEYS) errors[k] = t(`errors.${k}`, { defaultValue: "" }) || common(`errors.${k}`);
  return {
    field: t(`wills.${kind}.field`),
    hint: t(`wills.${kind}.hint`, { max: formatNumber(kind === "livingWill" ? LIVING_WILL_MAX : ORGAN_INFO_MAX, locale, 0) }),
    continue: t("wills.continue"),
    reviewTitle: t(`wills.${kind}.reviewTitle`),
    meaning: t(`wills.${kind}.meaning`),
    preview: t(`wills.${kind}.preview`),
    emptyPreview: t("wills.organDonation.noInfo"),
    cleaned: t("wills.cleaned"),
    confirm: t(`wills.${kind}.confirm`),
    back: t("wills.backToEdit"),
    errors,
  };
}

function PrintHeader({ ctx, locale, t }: { ctx: Authorized; locale: Locale; t: TFunction }) {
  return (
    <div className={styles.printOnly} data-testid="print-header">
      <p>
        {ctx.subject.firstNames} {ctx.subject.lastName}, {ctx.subject.hetu}
      </p>
      <p>{t("wills.printedAt", { date: formatDateTime(ctx.at, locale) })}</p>
    </div>
  );
}

/** C-7 removal step: what removing means, then the confirming post. */
async function ConfirmRemoval({ locale, subjectId, kind, t }: { locale: Locale; subjectId: string; kind: "organDonation" | "livingWill"; t: TFunction }) {
  const action = kind === "organDonation" ? removeOrganDonationAction : deleteLivingWillAction;
  return (
    <>
      <h1>{t(`wills.${kind}.removeTitle`)}</h1>
      <section className={styles.review} aria-labelledby="remove-what" data-testid="confirm">
        <h2 id="remove-what">{t("confirm.whatItMeans")}</h2>
        <p>{t(`wills.${kind}.removeMeaning`)}</p>
        <form action={action}>
          <BoundFields locale={locale} subjectId={subjectId} />
          <div className="actions">
            <SubmitButton className="button danger">{t(`wills.${kind}.removeConfirm`)}</SubmitButton>
            <a className="button secondary" href={`/${locale}/wills`}>
              {t("confirm.cancel")}
            </a>
          </div>
        </form>
      </section>
    </>
  );
}

function OrganDonation({ locale, t, will }: { locale: Locale; t: TFunction; will: Wills["organDonation"] }) {
  if (!will) return <p data-testid="organ-donation-status">{t("wills.organDonation.none")}</p>;
  return (
    <div data-testid="organ-donation-status">
      <p>
        <strong>{will.willing ? t("wills.organDonation.willing") : t("wills.organDonation.notWilling")}</strong>
      </p>
      <dl className="fields">
        <dt>{t("wills.saved")}</dt>
        <dd>{formatDate(will.updatedAt, locale)}</dd>
        <dt>{t("wills.organDonation.infoLabel")}</dt>
        <dd className={styles.willText} data-testid="organ-donation-info">
          {will.additionalInfo ?? t("wills.organDonation.noInfo")}
        </dd>
      </dl>
    </div>
  );
}

function LivingWill({ locale, t, will }: { locale: Locale; t: TFunction; will: Wills["livingWill"] }) {
  if (!will) return <p data-testid="living-will-status">{t("wills.livingWill.none")}</p>;
  return (
    <div data-testid="living-will-status">
      <p>{t("wills.savedOn", { date: formatDate(will.updatedAt, locale) })}</p>
      <div className={styles.willText} data-testid="living-will-text">
        {will.text}
      </div>
    </div>
  );
}

/** C-5, C-7: the organ donation will and the living will, for the adult themselves only. */
export default async function WillsPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const ctx = await authorizePage(locale, "organDonation.manage");
  requireFeature(ctx, "livingWill.manage");
  const t = await getT(locale, "dataUse");
  const query = await searchParams;
  const text = (k: string) => (typeof query[k] === "string" ? (query[k] as string) : undefined);
  const confirm = text("confirm");
  if (confirm === "removeOrganDonation" || confirm === "deleteLivingWill") {
    return <ConfirmRemoval locale={locale} subjectId={ctx.subject.id} kind={confirm === "removeOrganDonation" ? "organDonation" : "livingWill"} t={t} />;
  }
  const print = text("print");
  const wills = await loadWills(willServiceDb(), ctx.subject.id);
  const keyOf = (w: { updatedAt: Date } | null) => (w ? String(w.updatedAt.getTime()) : "none");

  if (print === "organDonation" || print === "livingWill") {
    return (
      <article aria-labelledby="print-title">
        <PrintHeader ctx={ctx} locale={locale} t={t} />
        <PageHeading ctx={ctx} id="print-title">
          {t(`wills.${print}.title`)}
        </PageHeading>
        {print === "organDonation" ? <OrganDonation locale={locale} t={t} will={wills.organDonation} /> : <LivingWill locale={locale} t={t} will={wills.livingWill} />}
        <div className={`actions no-print ${styles.noPrint}`}>
          <PrintButton label={t("wills.print")} />
          <a className="button secondary" href={`/${locale}/wills`}>
            {t("wills.backToWills")}
          </a>
        </div>
      </article>
    );
  }

  return (
    <>
      <PageHeading ctx={ctx}>{t("wills.title")}</PageHeading>
      <p className="lead">{t("wills.intro")}</p>
      <ResultNotice locale={locale} done={text("done")} error={text("error")} />

      <section aria-labelledby="organ-heading" id="organ-donation" className={styles.section}>
        <h2 id="organ-heading">{t("wills.organDonation.title")}</h2>
        <p className="no-print">{t("wills.organDonation.what")}</p>
        <OrganDonation locale={locale} t={t} will={wills.organDonation} />
        <div className="no-print">
          {wills.organDonation ? (
            <div className="actions">
              <a className="button secondary" href={`/${locale}/wills?print=organDonation`}>
                {t("wills.printView")}
                <span className="visually-hidden">: {t("wills.organDonation.title")}</span>
              </a>
              <a className="button secondary" href={`/${locale}/wills?confirm=removeOrganDonation`}>
                {t("wills.organDonation.removeButton")}
              </a>
            </div>
          ) : null}
          <h3>{wills.organDonation ? t("wills.organDonation.changeTitle") : t("wills.organDonation.giveTitle")}</h3>
          <WillForm
            key={keyOf(wills.organDonation)}
            id="organ-donation"
            locale={locale}
            subjectId={ctx.subject.id}
            action={organDonationFormAction}
            initialText={wills.organDonation?.additionalInfo ?? ""}
            labels={await formLabels(locale, t, "organDonation")}
            rows={4}
          />
        </div>
      </section>

      <section aria-labelledby="living-heading" id="living-will" className={styles.section}>
        <h2 id="living-heading">{t("wills.livingWill.title")}</h2>
        <p className="no-print">{t("wills.livingWill.what")}</p>
        <LivingWill locale={locale} t={t} will={wills.livingWill} />
        <div className="no-print">
          {wills.livingWill ? (
            <div className="actions">
              <a className="button secondary" href={`/${locale}/wills?print=livingWill`}>
                {t("wills.printView")}
                <span className="visually-hidden">: {t("wills.livingWill.title")}</span>
              </a>
              <a className="button secondary" href={`/${locale}/wills?confirm=deleteLivingWill`}>
                {t("wills.livingWill.removeButton")}
              </a>
            </div>
          ) : null}
          <h3>{wills.livingWill ? t("wills.livingWill.changeTitle") : t("wills.livingWill.writeTitle")}</h3>
          <WillForm
            key={keyOf(wills.livingWill)}
            id="living-will"
            locale={locale}
            subjectId={ctx.subject.id}
            action={livingWillFormAction}
            initialText={wills.livingWill?.text ?? ""}
            labels={await formLabels(locale, t, "livingWill")}
          />
        </div>
      </section>
    </>
  );
}
