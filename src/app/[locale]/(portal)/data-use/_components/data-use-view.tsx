import { getT } from "@/i18n/server";
import type { Locale } from "@/i18n/settings";
import { serviceDb } from "@/server/kanta/service-status";
import { willServiceDb } from "@/server/kanta/will-service/will-service-db";
import { viewerOf } from "@/server/portal-context";
import { decide, type Authorized } from "@/server/guard";
import {
  listHealthHiddenFromGuardians,
  listPrescriptionsHiddenFromGuardians,
  listSocialHiddenFromGuardians,
} from "@/server/kanta/will-service/list-hidden-from-guardians";
import { listActiveProhibitions, listKantaInfoReceipts, listPermissions, loadConsents } from "@/server/kanta/will-service/load-data-use";
import { listProhibitionTargets } from "@/server/kanta/will-service/prohibition-targets";
import type { ProhibitionDomain } from "@/generated/prisma/client";
import { ContactBanSection, EuConsentSection } from "./consent-sections";
import { HiddenFromGuardians } from "./hidden-from-guardians";
import { KantaInfoSection } from "./kanta-info-section";
import { PermissionPanel } from "./permission-panel";
import { ProhibitionPanel } from "./prohibition-panel";
import { ResultNotice } from "./result-notice";
import styles from "./data-use.module.css";
import { AccessNote } from "@/components/access-note";
import { PageHeading } from "@/components/whose-page";

type Props = { locale: Locale; ctx: Authorized; done?: string; error?: string; choosing?: ProhibitionDomain };

/** The use-of-data page: every part is shown only when the matrix (with footnotes and scope) allows it. */
export async function DataUseView({ locale, ctx, done, error, choosing }: Props) {
  const t = await getT(locale, "dataUse");
  const db = willServiceDb();
  const subjectId = ctx.subject.id;
  const viewer = viewerOf(ctx);
  const can = (f: Parameters<typeof decide>[1]) => decide(ctx, f).allowed;
  const limited = (f: Parameters<typeof decide>[1]) => decide(ctx, f).access === "limited";

  const health = can("healthUse.manage");
  const prescriptions = can("prescriptionUse.manage");
  const social = can("socialUse.manage");
  const manages = (d: ProhibitionDomain) =>
    can(d === "HEALTH" ? "healthProhibitions.manage" : d === "PRESCRIPTION" ? "prescriptionProhibitions.manage" : "socialProhibitions.manage");
  // The choices for a new prohibition (up to a few hundred visits or prescriptions) load only in
  // the step where one is being added, as in OmaKanta.
  const prohibitionData = async (d: ProhibitionDomain) => {
    if (!manages(d)) return null;
    const [prohibitions, targets] = await Promise.all([
      listActiveProhibitions(db, subjectId, d),
      choosing === d ? listProhibitionTargets(db, viewer, d) : null,
    ]);
    return { prohibitions, targets };
  };

  const [info, healthPermissions, socialPermissions, consents, healthProhibitions, prescriptionProhibitions, socialProhibitions, hidden] =
    await Promise.all([
      listKantaInfoReceipts(db, subjectId),
      health ? listPermissions(db, subjectId, "HEALTH", ctx.at) : null,
      social ? listPermissions(db, subjectId, "SOCIAL", ctx.at) : null,
      loadConsents(db, subjectId),
      health && !limited("healthUse.manage") ? prohibitionData("HEALTH") : null,
      prescriptions && !limited("prescriptionUse.manage") ? prohibitionData("PRESCRIPTION") : null,
      social ? prohibitionData("SOCIAL") : null,
      ctx.role === "minor"
        ? Promise.all([
            limited("healthUse.manage") ? listHealthHiddenFromGuardians(serviceDb("PATIENT_DATA_REPOSITORY"), viewer) : [],
            limited("prescriptionUse.manage") ? listPrescriptionsHiddenFromGuardians(serviceDb("PRESCRIPTION_CENTRE"), viewer) : [],
            social ? listSocialHiddenFromGuardians(serviceDb("SOCIAL_CLIENT_DATA_REPOSITORY"), viewer) : [],
          ])
        : null,
    ]);
  const received = info.latest !== null;

  return (
    <>
      <PageHeading ctx={ctx}>{t("title")}</PageHeading>
      <p className="lead">{t("intro")}</p>
      <AccessNote t={await getT(locale)} ctx={ctx} domain="all" />
      <ResultNotice locale={locale} done={done} error={error} />
      <KantaInfoSection locale={locale} ctx={ctx} info={info} />

      {health ? (
        <section aria-labelledby="health-heading" id="health" className={styles.section}>
          <h2 id="health-heading">{t("sections.health")}</h2>
          {healthPermissions ? (
            <PermissionPanel locale={locale} ctx={ctx} domain="HEALTH" permissions={healthPermissions} kantaInfoReceived={received} />
          ) : null}
          {hidden && limited("healthUse.manage") ? (
            <HiddenFromGuardians
              locale={locale}
              kind="health"
              rows={hidden[0].map((d) => ({ id: d.id, title: d.title, date: d.recordedAt, detail: d.serviceEvent?.unit.name }))}
            />
          ) : null}
          {healthProhibitions ? <ProhibitionPanel locale={locale} domain="HEALTH" {...healthProhibitions} kantaInfoReceived={received} /> : null}
        </section>
      ) : null}

      {prescriptions ? (
        <section aria-labelledby="prescriptions-heading" id="prescriptions" className={styles.section}>
          <h2 id="prescriptions-heading">{t("sections.prescriptions")}</h2>
          {hidden && limited("prescriptionUse.manage") ? (
            <HiddenFromGuardians
              locale={locale}
              kind="prescriptions"
              rows={hidden[1].map((p) => ({ id: p.id, title: `${p.drugName} ${p.strength}`, date: p.prescribedAt }))}
            />
          ) : null}
          {prescriptionProhibitions ? (
            <ProhibitionPanel locale={locale} domain="PRESCRIPTION" {...prescriptionProhibitions} kantaInfoReceived={received} />
          ) : null}
        </section>
      ) : null}

      {social ? (
        <section aria-labelledby="social-heading" id="social" className={styles.section}>
          <h2 id="social-heading">{t("sections.social")}</h2>
          {socialPermissions ? (
            <PermissionPanel locale={locale} ctx={ctx} domain="SOCIAL" permissions={socialPermissions} kantaInfoReceived={received} />
          ) : null}
          {hidden ? (
            <HiddenFromGuardians
              locale={locale}
              kind="social"
              rows={hidden[2].map((d) => ({ id: d.id, title: d.title, date: d.recordedAt, detail: d.organisation }))}
            />
          ) : null}
          {socialProhibitions ? <ProhibitionPanel locale={locale} domain="SOCIAL" {...socialProhibitions} kantaInfoReceived={received} /> : null}
        </section>
      ) : null}

      <EuConsentSection locale={locale} ctx={ctx} consents={consents} kantaInfoReceived={received} />
      <ContactBanSection locale={locale} ctx={ctx} consents={consents} kantaInfoReceived={received} />
    </>
  );
}
