import { randomUUID } from "node:crypto";
import { redirect } from "next/navigation";
import { Fragment, type ReactNode } from "react";
import type { TFunction } from "i18next";
import { formatDate } from "@/i18n/format";
import { getT } from "@/i18n/server";
import type { Locale } from "@/i18n/settings";
import { willServiceDb } from "@/server/kanta/will-service/will-service-db";
import { requireFeature, type Authorized } from "@/server/guard";
import { hasReceivedLatestKantaInfo } from "@/server/kanta/will-service/kanta-info-gate";
import { listPermissions } from "@/server/kanta/will-service/load-data-use";
import { formatCalendarDate, isAcceptableLastDay, validUntilInstant } from "@/server/kanta/will-service/permission-validity";
import { resolveProhibitionTarget } from "@/server/kanta/will-service/prohibition-targets";
import { LATEST_KANTA_INFO_VERSION, viewerOf } from "@/server/portal-context";
import * as actions from "../actions";
import { GATED_BY_KANTA_INFO, INTENTS, PROHIBITION_DOMAIN_OF, idSchema, targetSchema, validitySchema, type Intent } from "../_lib/intents";
import { targetText } from "./prohibition-panel";
import { SubmitButton } from "./submit-button";
import { BoundFields } from "@/components/bound-fields";
import styles from "./data-use.module.css";
import { PageHeading, whoseText } from "@/components/whose-page";

type Params = Record<string, string | string[] | undefined>;
type Plan = { details: [string, string][]; fields: Record<string, string>; extra?: ReactNode };

const ACTIONS: Record<Intent, (formData: FormData) => Promise<void>> = {
  acknowledgeKantaInfo: actions.acknowledgeKantaInfoAction,
  giveHealthPermission: actions.giveHealthPermissionAction,
  updateHealthPermission: actions.updateHealthPermissionAction,
  revokeHealthPermission: actions.revokeHealthPermissionAction,
  giveSocialPermission: actions.giveSocialPermissionAction,
  revokeSocialPermission: actions.revokeSocialPermissionAction,
  addHealthProhibition: actions.addHealthProhibitionAction,
  removeHealthProhibition: actions.removeHealthProhibitionAction,
  addPrescriptionProhibition: actions.addPrescriptionProhibitionAction,
  removePrescriptionProhibition: actions.removePrescriptionProhibitionAction,
  addSocialProhibition: actions.addSocialProhibitionAction,
  removeSocialProhibition: actions.removeSocialProhibitionAction,
  giveEuConsent: actions.giveEuConsentAction,
  withdrawEuConsent: actions.withdrawEuConsentAction,
  setContactBan: actions.setContactBanAction,
  removeContactBan: actions.removeContactBanAction,
};

const KANTA_INFO_PARAGRAPHS = ["p1", "p2", "p3", "p4", "p5"] as const;

const one = (p: Params, k: string) => (typeof p[k] === "string" ? (p[k] as string) : undefined);

/** Builds what the confirmation shows and posts, or sends the user back with the reason. */
async function plan(intent: Intent, p: Params, ctx: Authorized, locale: Locale, t: TFunction): Promise<Plan> {
  const back = (error: string): never => redirect(`/${locale}/data-use?error=${error}`);
  const db = willServiceDb();
  const viewer = viewerOf(ctx);
  const validityText = (lastDay: Date | null) =>
    lastDay ? t("permission.throughDay", { date: formatDate(lastDay, locale) }) : t("permission.untilFurtherNotice");

  switch (intent) {
    case "acknowledgeKantaInfo":
      return {
        details: [],
        fields: {},
        extra: (
          <div className={styles.explain} data-testid="kanta-info-content">
            <h2>{t("kantaInfo.contentTitle", { version: LATEST_KANTA_INFO_VERSION })}</h2>
            {KANTA_INFO_PARAGRAPHS.map((k) => (
              <p key={k}>{t(`kantaInfo.content.${k}`)}</p>
            ))}
          </div>
        ),
      };
    case "giveHealthPermission":
    case "giveSocialPermission":
    case "updateHealthPermission": {
      const lastDay = validitySchema.safeParse({ validity: one(p, "validity"), lastDay: one(p, "lastDay") });
      if (!lastDay.success) return back("invalidDate");
      if (!isAcceptableLastDay(lastDay.data, ctx.at)) return back("lastDayInPast");
      const fields: Record<string, string> = { validity: lastDay.data ? "until" : "open" };
      if (lastDay.data) fields.lastDay = formatCalendarDate(lastDay.data);
      const newValidity = validityText(validUntilInstant(lastDay.data));
      if (intent !== "updateHealthPermission") {
        return { details: [[t("permission.validity"), newValidity]], fields: { ...fields, idempotencyKey: randomUUID() } };
      }
      const id = idSchema.safeParse(one(p, "id"));
      const { current } = await listPermissions(db, ctx.subject.id, "HEALTH", ctx.at);
      if (!id.success || current?.id !== id.data) return back("permissionNotActive");
      return {
        details: [
          [t("permission.currentValidity"), validityText(current.validUntil)],
          [t("permission.newValidity"), newValidity],
        ],
        fields: { ...fields, id: current.id },
      };
    }
    case "revokeHealthPermission":
    case "revokeSocialPermission": {
      const id = idSchema.safeParse(one(p, "id"));
      const domain = intent === "revokeHealthPermission" ? "HEALTH" : "SOCIAL";
      const { current } = await listPermissions(db, ctx.subject.id, domain, ctx.at);
      if (!id.success || current?.id !== id.data) return back("permissionNotActive");
      return {
        details: [
          [t("permission.given"), formatDate(current.givenAt, locale)],
          [t("permission.validity"), validityText(current.validUntil)],
        ],
        fields: { id: current.id },
      };
    }
    case "addHealthProhibition":
    case "addPrescriptionProhibition":
    case "addSocialProhibition": {
      const target = targetSchema.safeParse(one(p, "target"));
      if (!target.success) return back("chooseTarget");
      const found = await resolveProhibitionTarget(db, viewer, PROHIBITION_DOMAIN_OF[intent]!, target.data.kind, target.data.ref);
      if (!found) return back("targetNotFound");
      const details: [string, string][] = [
        [t("prohibitions.kind"), t(`prohibitions.kinds.${found.kind}`)],
        [t("prohibitions.target"), targetText(t, found.kind, found.ref, found.label)],
      ];
      if (found.detail) details.push([t("prohibitions.where"), found.detail]);
      if (found.date) details.push([t("prohibitions.date"), formatDate(found.date, locale)]);
      return { details, fields: { target: `${found.kind}:${found.ref}` } };
    }
    case "removeHealthProhibition":
    case "removePrescriptionProhibition":
    case "removeSocialProhibition": {
      const id = idSchema.safeParse(one(p, "id"));
      const found = id.success
        ? await db.prohibition.findFirst({
            where: { id: id.data, personId: ctx.subject.id, domain: PROHIBITION_DOMAIN_OF[intent]!, removedAt: null },
            select: { id: true, targetKind: true, targetRef: true, targetLabel: true, createdAt: true },
          })
        : null;
      if (!found) return back("prohibitionNotActive");
      return {
        details: [
          [t("prohibitions.kind"), t(`prohibitions.kinds.${found.targetKind}`)],
          [t("prohibitions.target"), targetText(t, found.targetKind, found.targetRef, found.targetLabel)],
          [t("prohibitions.since"), formatDate(found.createdAt, locale)],
        ],
        fields: { id: found.id },
      };
    }
    case "giveEuConsent":
    case "withdrawEuConsent":
    case "setContactBan":
    case "removeContactBan":
      return { details: [], fields: {} };
  }
}

/**
 * The confirmation step: what the change means, in plain language, before anything is saved.
 * The feature is checked here too (a forged link gets the 403 page); the action checks it again.
 */
export async function ConfirmView({ locale, ctx, intent, params }: { locale: Locale; ctx: Authorized; intent: Intent; params: Params }) {
  requireFeature(ctx, INTENTS[intent]);
  const t = await getT(locale, "dataUse");
  const gated = GATED_BY_KANTA_INFO.has(intent);
  const refusedByC2 = gated && !(await hasReceivedLatestKantaInfo(willServiceDb(), ctx.subject.id));
  const { details, fields, extra } = await plan(intent, params, ctx, locale, t);
  const name = `${ctx.subject.firstNames} ${ctx.subject.lastName}`;

  return (
    <>
      <PageHeading ctx={ctx}>{t(`confirm.${intent}.title`)}</PageHeading>
      <section className={styles.confirmPanel} aria-labelledby="confirm-what" data-testid="confirm">
        <h2 id="confirm-what">{t("confirm.whatItMeans")}</h2>
        {ctx.actingForOther ? <p>{t("confirm.onBehalfOf", { name })}</p> : null}
        <p className={styles.explain} data-testid="confirm-body">
          {t(`confirm.${intent}.body`, whoseText(ctx))}
        </p>
        {details.length > 0 ? (
          <dl className="fields">
            {details.map(([k, v]) => (
              <Fragment key={k}>
                <dt>{k}</dt>
                <dd>{v}</dd>
              </Fragment>
            ))}
          </dl>
        ) : null}
        {extra}
        {refusedByC2 ? (
          <p className="notice error" role="alert" data-testid="c2-refusal">
            {t("errors.kantaInfoRequired")}
          </p>
        ) : (
          <form action={ACTIONS[intent]}>
            <BoundFields locale={locale} subjectId={ctx.subject.id} />
            {Object.entries(fields).map(([k, v]) => (
              <input key={k} type="hidden" name={k} value={v} />
            ))}
            <div className="actions">
              <SubmitButton className={intent.startsWith("revoke") || intent.startsWith("remove") || intent.startsWith("withdraw") ? "button danger" : "button"}>
                {t(`confirm.${intent}.button`)}
              </SubmitButton>
              <a className="button secondary" href={`/${locale}/data-use`}>
                {t("confirm.cancel")}
              </a>
            </div>
          </form>
        )}
        {refusedByC2 ? (
          <p>
            <a href={`/${locale}/data-use#kanta-info`}>{t("confirm.backToKantaInfo")}</a>
          </p>
        ) : null}
      </section>
    </>
  );
}
