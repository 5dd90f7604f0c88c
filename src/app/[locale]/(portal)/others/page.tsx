import type { TFunction } from "i18next";
import { birthdayInstant, ADULT_AGE } from "@/domain/dates";
import { isRole } from "@/domain/permissions";
import { listActingOptions, type Resolution } from "@/domain/relationships";
import { formatDate, formatDateTime } from "@/i18n/format";
import { getT } from "@/i18n/server";
import type { Locale } from "@/i18n/settings";
import { getPrisma } from "@/server/db";
import { authorizePage } from "@/server/guard";
import { localeFrom } from "@/server/locale-param";
import { AccessNote } from "@/components/access-note";
import { PageHeading, portalMetadata, whoseText } from "@/components/whose-page";
import { ACTING_LOG_FROM, listActingForSubject, loadRepresentatives } from "./_lib/load-representatives";
import { TableRegion } from "@/components/table-region";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = portalMetadata("dataUse", (t) => [t("others.title")]);

function scopeText(t: TFunction, health: boolean, social: boolean) {
  if (health && social) return t("others.scope.both");
  if (health) return t("others.scope.health");
  if (social) return t("others.scope.social");
  return t("others.scope.none");
}

function validityText(t: TFunction, locale: Locale, from: Date, until: Date | null, revokedAt: Date | null) {
  if (revokedAt) return t("others.revoked", { date: formatDate(revokedAt, locale) });
  return until
    ? t("others.validBetween", { from: formatDate(from, locale), until: formatDate(until, locale) })
    : t("others.validFrom", { from: formatDate(from, locale) });
}

function Status({ t, common, result }: { t: TFunction; common: TFunction; result: Resolution }) {
  return result.ok ? (
    <span className="badge ok">{t("others.canAct", { role: common(`roles.${result.role}`) })}</span>
  ) : (
    <>
      <span className="badge warn">{t("others.cannotAct")}</span>{" "}
      {common([`refusal.${result.reason}`, "refusal.default"])}
    </>
  );
}

/** Who may act for the person on screen, for whom the signed-in person may act, and the log since 18.10.2023. */
export default async function OthersPage({ params }: Props) {
  const locale = await localeFrom(params);
  const ctx = await authorizePage(locale, "actingForOthers.view");
  const t = await getT(locale, "dataUse");
  const common = await getT(locale);
  const db = getPrisma();
  const [representatives, log] = await Promise.all([
    loadRepresentatives(db, ctx.subject.id, ctx.at),
    listActingForSubject(db, ctx.subject.id),
  ]);
  const options = ctx.actingForOther ? [] : listActingOptions(ctx.actor.id, ctx.loaded.registers, ctx.at);
  const subjectName = `${ctx.subject.firstNames} ${ctx.subject.lastName}`;
  const regs = ctx.loaded.registers;

  return (
    <>
      <PageHeading ctx={ctx}>{t("others.title")}</PageHeading>
      <p className="lead">{t("others.intro", whoseText(ctx))}</p>
      <AccessNote t={common} ctx={ctx} domain="all" />

      <section aria-labelledby="for-me-heading" data-testid="acting-for-me">
        <h2 id="for-me-heading">
          {ctx.actingForOther ? t("others.forSubject", { name: subjectName }) : t("others.forMe")}
        </h2>
        {representatives.length === 0 ? (
          <p>{t("others.nobody")}</p>
        ) : (
          <TableRegion
            label={ctx.actingForOther ? t("others.forSubject", { name: subjectName }) : t("others.forMe")}
          >
            <table>
              <caption className="visually-hidden">
                {ctx.actingForOther ? t("others.forSubject", { name: subjectName }) : t("others.forMe")}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t("others.person")}</th>
                  <th scope="col">{t("others.basis")}</th>
                  <th scope="col">{t("others.scopeHeading")}</th>
                  <th scope="col">{t("others.validity")}</th>
                  <th scope="col">{t("others.now")}</th>
                </tr>
              </thead>
              <tbody>
                {representatives.map((r) => (
                  <tr key={r.key}>
                    <td>{r.name}</td>
                    <td>
                      {t(`others.bases.${r.basis}`)}
                      {r.basis === "mandate" && r.detail ? (
                        <span className="muted"> ({t(`others.mandateKinds.${r.detail}`)})</span>
                      ) : null}
                      {r.basis === "informationRight" && r.detail ? (
                        <span className="muted"> ({r.detail})</span>
                      ) : null}
                    </td>
                    <td>{scopeText(t, r.health, r.social)}</td>
                    <td>{validityText(t, locale, r.validFrom, r.validUntil, r.revokedAt)}</td>
                    <td>
                      <Status t={t} common={common} result={r.now} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        )}
      </section>

      {!ctx.actingForOther ? (
        <section aria-labelledby="i-act-heading" data-testid="i-may-act-for">
          <h2 id="i-act-heading">{t("others.iMayActFor")}</h2>
          {options.length === 0 ? (
            <p>{t("others.noOne")}</p>
          ) : (
            <ul className="card-grid">
              {options.map((o) => {
                const person = ctx.loaded.persons.get(o.subjectId);
                if (!person) return null;
                const g = regs.guardianships.find(
                  (x) => x.guardianId === ctx.actor.id && x.childId === o.subjectId,
                );
                const rights = regs.informationRights.filter(
                  (x) => x.holderId === ctx.actor.id && x.childId === o.subjectId,
                );
                const mandates = regs.mandates.filter(
                  (x) => x.holderId === ctx.actor.id && x.giverId === o.subjectId,
                );
                return (
                  <li key={o.subjectId} className="card" data-testid={`i-act-for-${o.subjectId}`}>
                    <h3>
                      {person.firstNames} {person.lastName}
                    </h3>
                    <p>
                      <Status t={t} common={common} result={o.result} />
                    </p>
                    <ul>
                      {g ? (
                        <li>
                          {t("others.bases.guardianship")}:{" "}
                          {validityText(t, locale, g.validFrom, g.validUntil, null)}.{" "}
                          {t("others.untilAdult", {
                            date: formatDate(birthdayInstant(person.birthDate, ADULT_AGE), locale),
                          })}
                        </li>
                      ) : null}
                      {rights.map((r, i) => (
                        <li key={`r${i}`}>
                          {t("others.bases.informationRight")} (
                          {scopeText(t, r.scope !== "SOCIAL", r.scope !== "HEALTH")}):{" "}
                          {validityText(t, locale, r.validFrom, r.validUntil, null)}
                        </li>
                      ))}
                      {mandates.map((m, i) => (
                        <li key={`m${i}`}>
                          {t("others.bases.mandate")} ({scopeText(t, m.scopeHealth, m.scopeSocial)}):{" "}
                          {validityText(t, locale, m.validFrom, m.validUntil, m.revokedAt)}
                        </li>
                      ))}
                    </ul>
                  </li>
                );
              })}
            </ul>
          )}
          {options.length > 0 ? (
            <p>
              <a href={`/${locale}/overview`}>{t("others.switchOnFrontPage")}</a>
            </p>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="log-heading" data-testid="acting-log">
        <h2 id="log-heading">{t("others.logTitle")}</h2>
        <p>{t("others.logIntro", { date: formatDate(ACTING_LOG_FROM, locale) })}</p>
        {log.length === 0 ? (
          <p>{t("others.logNone")}</p>
        ) : (
          <TableRegion label={t("others.logTitle")}>
            <table>
              <caption className="visually-hidden">{t("others.logTitle")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("others.when")}</th>
                  <th scope="col">{t("others.person")}</th>
                  <th scope="col">{t("others.role")}</th>
                </tr>
              </thead>
              <tbody>
                {log.map((e) => (
                  <tr key={e.id}>
                    <td>{formatDateTime(e.at, locale)}</td>
                    <td>{e.name}</td>
                    <td>{isRole(e.role) ? common(`roles.${e.role}`) : ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        )}
      </section>
    </>
  );
}
