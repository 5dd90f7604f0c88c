import type { ReactNode } from "react";
import type { TFunction } from "i18next";
import { getT } from "@/i18n/server";
import type { Locale } from "@/i18n/settings";
import { decide, type Authorized } from "@/server/guard";
import { AccessNote } from "@/components/access-note";
import { PageHeading } from "@/components/whose-page";
import { HealthNav, type HealthPage } from "./health-nav";

/**
 * The frame of every health page: heading (naming the person while acting), the section's own
 * navigation and, while acting, the note on what this role may not see (V-HEALTH-5/6/7).
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
      <PageHeading ctx={ctx}>{props.title}</PageHeading>
      <HealthNav
        locale={locale}
        t={t}
        current={props.current}
        showDisclosures={decide(ctx, "health.disclosures").allowed}
      />
      {props.intro ? <p className="lead">{props.intro}</p> : null}
      <AccessNote t={await getT(locale)} ctx={ctx} domain="health" />
      {await props.children()}
    </>
  );
}
