import type { TFunction } from "i18next";
import { formatDate } from "@/i18n/format";
import { getT } from "@/i18n/server";
import type { Locale } from "@/i18n/settings";
import type { ProhibitionDomain, ProhibitionTarget } from "@/generated/prisma/client";
import type { listActiveProhibitions } from "@/server/kanta/will-service/load-data-use";
import type { TargetOption } from "@/server/kanta/will-service/prohibition-targets";
import { PROHIBITION_INTENTS } from "../_lib/intents";
import styles from "./data-use.module.css";
import { TableRegion } from "@/components/table-region";

type Prohibitions = Awaited<ReturnType<typeof listActiveProhibitions>>;

const KEYS = { HEALTH: "health", PRESCRIPTION: "prescription", SOCIAL: "social" } as const satisfies Record<
  ProhibitionDomain,
  string
>;

/** How a target reads on the page: service tasks are translated, the rest are names and titles. */
export function targetText(t: TFunction, kind: ProhibitionTarget, ref: string, label: string): string {
  return kind === "SERVICE_TASK" ? t(`serviceTasks.${ref}`, { defaultValue: label }) : label;
}

function optionText(t: TFunction, locale: Locale, o: TargetOption): string {
  const parts = [targetText(t, o.kind, o.ref, o.label)];
  if (o.detail) parts.push(o.detail);
  if (o.date) parts.push(formatDate(o.date, locale));
  return parts.join(", ");
}

type Props = {
  locale: Locale;
  domain: ProhibitionDomain;
  prohibitions: Prohibitions;
  /** The choices for a new prohibition, when the user is adding one in this domain (`?choose=`). */
  targets: TargetOption[] | null;
  kantaInfoReceived: boolean;
};

/** C-4: the subject's prohibitions in one domain, each removable, and a new one on a chosen target. */
export async function ProhibitionPanel({ locale, domain, prohibitions, targets, kantaInfoReceived }: Props) {
  const t = await getT(locale, "dataUse");
  const key = KEYS[domain];
  const intents = PROHIBITION_INTENTS[domain];
  const taken = new Set(prohibitions.map((p) => `${p.targetKind}:${p.targetRef}`));
  const free = (targets ?? []).filter((o) => !taken.has(`${o.kind}:${o.ref}`));
  const kinds = [...new Set(free.map((o) => o.kind))];
  return (
    <section aria-labelledby={`${key}-prohibitions-heading`} data-testid={`${key}-prohibitions`}>
      <h3 id={`${key}-prohibitions-heading`}>{t(`prohibitions.${key}.title`)}</h3>
      <p className={styles.explain}>{t(`prohibitions.${key}.what`)}</p>
      {prohibitions.length === 0 ? (
        <p>{t("prohibitions.none")}</p>
      ) : (
        <TableRegion label={t(`prohibitions.${key}.title`)}>
          <table>
            <caption className="visually-hidden">{t(`prohibitions.${key}.title`)}</caption>
            <thead>
              <tr>
                <th scope="col">{t("prohibitions.target")}</th>
                <th scope="col">{t("prohibitions.kind")}</th>
                <th scope="col">{t("prohibitions.since")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("prohibitions.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {prohibitions.map((p) => {
                const label = targetText(t, p.targetKind, p.targetRef, p.targetLabel);
                return (
                  <tr key={p.id} data-testid={`prohibition-${p.id}`}>
                    <td>{label}</td>
                    <td>{t(`prohibitions.kinds.${p.targetKind}`)}</td>
                    <td>{formatDate(p.createdAt, locale)}</td>
                    <td>
                      <form method="get" action={`/${locale}/data-use`} className={styles.inlineForm}>
                        <input type="hidden" name="confirm" value={intents.remove} />
                        <input type="hidden" name="id" value={p.id} />
                        <button type="submit" className="button secondary">
                          {t("prohibitions.removeButton")}
                          <span className="visually-hidden">: {label}</span>
                        </button>
                      </form>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableRegion>
      )}
      {targets === null ? (
        <form method="get" action={`/${locale}/data-use#${key}-add`} id={`${key}-add`}>
          <h4>{t("prohibitions.addTitle")}</h4>
          <input type="hidden" name="choose" value={domain} />
          <button type="submit" className="button secondary">
            {t("prohibitions.startAdd")}
          </button>
        </form>
      ) : free.length > 0 ? (
        <form method="get" action={`/${locale}/data-use`} id={`${key}-add`}>
          <h4>{t("prohibitions.addTitle")}</h4>
          {!kantaInfoReceived ? <p className="notice warning">{t("kantaInfo.requiredNotice")}</p> : null}
          <input type="hidden" name="confirm" value={intents.add} />
          <div className="field">
            <label htmlFor={`${key}-target`}>{t(`prohibitions.${key}.choose`)}</label>
            <select id={`${key}-target`} name="target" required defaultValue="">
              <option value="" disabled>
                {t("prohibitions.choosePlaceholder")}
              </option>
              {kinds.map((kind) => (
                <optgroup key={kind} label={t(`prohibitions.kinds.${kind}`)}>
                  {free
                    .filter((o) => o.kind === kind)
                    .map((o) => (
                      <option key={`${o.kind}:${o.ref}`} value={`${o.kind}:${o.ref}`}>
                        {optionText(t, locale, o)}
                      </option>
                    ))}
                </optgroup>
              ))}
            </select>
          </div>
          <button type="submit" className="button">
            {t("prohibitions.addButton")}
          </button>{" "}
          <a href={`/${locale}/data-use#${key}-prohibitions-heading`}>{t("confirm.cancel")}</a>
        </form>
      ) : (
        <p className="muted" id={`${key}-add`}>
          {t("prohibitions.nothingToAdd")}
        </p>
      )}
    </section>
  );
}
