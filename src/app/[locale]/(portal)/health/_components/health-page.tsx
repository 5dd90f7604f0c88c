import type { ReactNode } from "react";
import type { TFunction } from "i18next";
import type { Locale } from "@/i18n/settings";
import { decide, type Authorized } from "@/server/guard";
import { GuardianNote } from "./guardian-note";
import { HealthNav, type HealthPage } from "./health-nav";

/**
 * The frame of every health page: heading, the section's own navigation and the guardian note.
 * A disturbed patient data repository never gets here: the guard refuses first and the portal's
 * section error boundary says the section is not in use (D-1).
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
  return (
    <>
      <h1>{props.title}</h1>
      <HealthNav
        locale={locale}
        t={t}
        current={props.current}
        showDisclosures={decide(ctx, "health.disclosures").allowed}
      />
      {props.intro ? <p className="lead">{props.intro}</p> : null}
      <GuardianNote t={t} role={ctx.role} />
      {await props.children()}
    </>
  );
}
