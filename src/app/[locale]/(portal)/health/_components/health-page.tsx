import type { ReactNode } from "react";
import type { TFunction } from "i18next";
import type { Locale } from "@/i18n/settings";
import { decide, type Authorized } from "@/server/guard";
import { isPatientDataRepositoryDisturbed } from "@/server/kanta/patient-data-repository/get-repository-status";
import { DisturbedNotice } from "./disturbed-notice";
import { GuardianNote } from "./guardian-note";
import { HealthNav, type HealthPage } from "./health-nav";

/**
 * The frame of every health page: heading, the section's own navigation and the guardian note.
 * When the patient data repository is disturbed only this section says so (D-1) and `children`
 * is never called, so no health query runs.
 */
export async function HealthPageFrame(props: {
  ctx: Authorized;
  locale: Locale;
  t: TFunction;
  current: HealthPage;
  title: string;
  intro?: string;
  children: () => Promise<ReactNode> | ReactNode;
}) {
  const { ctx, locale, t } = props;
  const disturbed = await isPatientDataRepositoryDisturbed();
  return (
    <>
      <h1>{props.title}</h1>
      <HealthNav
        locale={locale}
        t={t}
        current={props.current}
        showDisclosures={decide(ctx, "health.disclosures").allowed}
      />
      {disturbed ? (
        <DisturbedNotice t={t} />
      ) : (
        <>
          {props.intro ? <p className="lead">{props.intro}</p> : null}
          <GuardianNote t={t} role={ctx.role} />
          {await props.children()}
        </>
      )}
    </>
  );
}
