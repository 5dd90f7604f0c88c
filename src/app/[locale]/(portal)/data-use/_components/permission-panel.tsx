import { featureCell, type FeatureId } from "@/domain/permissions";
import { formatDate, formatDateTime } from "@/i18n/format";
import { getT } from "@/i18n/server";
import type { Locale } from "@/i18n/settings";
import type { PermissionDomain } from "@/generated/prisma/client";
import { decide, type Authorized } from "@/server/guard";
import type { PermissionView } from "@/server/kanta/will-service/load-data-use";
import { PERMISSION_INTENTS } from "../_lib/intents";
import { ValidityFields } from "./validity-fields";
import styles from "./data-use.module.css";
import { TableRegion } from "@/components/table-region";
import { whoseText } from "@/components/whose-page";

const FEATURES = {
  HEALTH: {
    view: "healthPermission.viewValidity",
    give: "healthPermission.give",
    update: "healthPermission.update",
    revoke: "healthPermission.revoke",
  },
  SOCIAL: {
    view: "socialPermission.viewValidity",
    give: "socialPermission.give",
    update: null,
    revoke: "socialPermission.revoke",
  },
} as const satisfies Record<
  PermissionDomain,
  { view: FeatureId; give: FeatureId; update: FeatureId | null; revoke: FeatureId }
>;

type Props = {
  locale: Locale;
  ctx: Authorized;
  domain: PermissionDomain;
  permissions: { current: PermissionView | null; history: PermissionView[] };
  kantaInfoReceived: boolean;
};

/** C-3: the disclosure permission of one domain: validity, and give / update / revoke as the matrix allows. */
export async function PermissionPanel({ locale, ctx, domain, permissions, kantaInfoReceived }: Props) {
  const t = await getT(locale, "dataUse");
  const f = FEATURES[domain];
  const key = domain === "HEALTH" ? "health" : "social";
  const can = (feature: FeatureId | null) => feature !== null && decide(ctx, feature).allowed;
  const intents = PERMISSION_INTENTS[domain];
  const { current, history } = permissions;
  // Footnote **: a guardian cannot give a permission for a minor who received the information in health care.
  const blockedByFootnote = !can(f.give) && featureCell(ctx.role, f.give) === "enabled**";
  const validity = (p: PermissionView) =>
    p.validUntil
      ? t("permission.validFromUntil", {
          from: formatDate(p.validFrom, locale),
          until: formatDate(p.validUntil, locale),
        })
      : t("permission.validFromOpen", { from: formatDate(p.validFrom, locale) });

  return (
    <section aria-labelledby={`${key}-permission-heading`} data-testid={`${key}-permission`}>
      <h3 id={`${key}-permission-heading`}>{t(`permission.${key}.title`)}</h3>
      <p className={styles.explain}>{t(`permission.${key}.what`, whoseText(ctx))}</p>
      {can(f.view) ? (
        current ? (
          <dl className="fields" data-testid={`${key}-permission-current`}>
            <dt>{t("permission.status")}</dt>
            <dd>
              <span className="badge ok">{t("permission.state.active")}</span>
            </dd>
            <dt>{t("permission.given")}</dt>
            <dd>{formatDateTime(current.givenAt, locale)}</dd>
            <dt>{t("permission.validity")}</dt>
            <dd data-testid={`${key}-permission-validity`}>{validity(current)}</dd>
            {current.updatedAt ? (
              <>
                <dt>{t("permission.updated")}</dt>
                <dd>{formatDateTime(current.updatedAt, locale)}</dd>
              </>
            ) : null}
          </dl>
        ) : (
          <p data-testid={`${key}-permission-none`}>{t("permission.none")}</p>
        )
      ) : null}

      {current && intents.update && can(f.update) ? (
        <form method="get" action={`/${locale}/data-use`} aria-labelledby={`${key}-update-heading`}>
          <h4 id={`${key}-update-heading`}>{t("permission.updateTitle")}</h4>
          <input type="hidden" name="confirm" value={intents.update} />
          <input type="hidden" name="id" value={current.id} />
          <ValidityFields t={t} idPrefix={`${key}-update`} at={ctx.at} lastDay={current.validUntil} />
          <button type="submit" className="button secondary">
            {t("permission.updateButton")}
          </button>
        </form>
      ) : null}
      {current && can(f.revoke) ? (
        <form method="get" action={`/${locale}/data-use`} className="actions">
          <input type="hidden" name="confirm" value={intents.revoke} />
          <input type="hidden" name="id" value={current.id} />
          <button type="submit" className="button danger">
            {t("permission.revokeButton")}
          </button>
        </form>
      ) : null}
      {!current && can(f.give) ? (
        <form method="get" action={`/${locale}/data-use`} aria-labelledby={`${key}-give-heading`}>
          <h4 id={`${key}-give-heading`}>{t("permission.giveTitle")}</h4>
          {!kantaInfoReceived ? <p className="notice warning">{t("kantaInfo.requiredNotice")}</p> : null}
          <input type="hidden" name="confirm" value={intents.give} />
          <ValidityFields t={t} idPrefix={`${key}-give`} at={ctx.at} />
          <button type="submit" className="button">
            {t("permission.giveButton")}
          </button>
        </form>
      ) : null}
      {blockedByFootnote ? <p className="muted">{t("footnotes.minorReceivedInfo")}</p> : null}

      {can(f.view) && history.length > 0 ? (
        <details>
          <summary>{t("permission.history")}</summary>
          <TableRegion label={t("permission.history")}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("permission.given")}</th>
                  <th scope="col">{t("permission.validity")}</th>
                  <th scope="col">{t("permission.status")}</th>
                </tr>
              </thead>
              <tbody>
                {history.map((p) => (
                  <tr key={p.id}>
                    <td>{formatDate(p.givenAt, locale)}</td>
                    <td>{validity(p)}</td>
                    <td>
                      {t(`permission.state.${p.state}`)}
                      {p.revokedAt ? ` ${formatDate(p.revokedAt, locale)}` : ""}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        </details>
      ) : null}
    </section>
  );
}
