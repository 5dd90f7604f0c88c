import { getT } from "@/i18n/server";
import { formatDate } from "@/i18n/format";
import { authorizePage } from "@/server/guard";
import { localeFrom } from "@/server/locale-param";
import { listSocialRecords } from "@/server/kanta/social-client-data-repository/list-social-records";
import { viewerOf } from "@/server/portal-context";
import { AccessNote } from "@/components/access-note";
import { PageHeading, portalMetadata, whoseText } from "@/components/whose-page";
import { TableRegion } from "@/components/table-region";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = portalMetadata("social", (t) => [t("title")]);

/**
 * Social welfare client data (V-SOC-1..7), grouped by service task. Read-only: there is no form on
 * this page or under it (V-SOC-7); permissions and prohibitions live under "Use of data".
 */
export default async function SocialPage({ params }: Props) {
  const locale = await localeFrom(params);
  const ctx = await authorizePage(locale, "social.view");
  const t = await getT(locale, "social");
  const common = await getT(locale);
  const whose = whoseText(ctx);
  const groups = await listSocialRecords(viewerOf(ctx));

  return (
    <>
      <PageHeading ctx={ctx}>{t("title")}</PageHeading>
      <p className="lead">{t("intro", whose)}</p>
      <AccessNote t={common} ctx={ctx} domain="social" />
      <p className="notice">{t("readOnly")}</p>
      <p>
        <a href={`/${locale}/social/disclosures`}>{t("disclosures.link", whose)}</a>
      </p>

      {groups.length === 0 ? <p data-testid="social-empty">{t("empty", whose)}</p> : null}
      {groups.map((g) => {
        const headingId = `task-${g.serviceTask.toLowerCase()}`;
        return (
          <section
            key={g.serviceTask}
            aria-labelledby={headingId}
            className="card"
            data-testid={`task-${g.serviceTask}`}
          >
            <h2 id={headingId}>{t(`serviceTasks.${g.serviceTask}`)}</h2>
            {g.relationships.map((r) => (
              <div key={r.id}>
                <h3>{r.organisation}</h3>
                <dl className="fields">
                  <dt>{t("relationship.startDate")}</dt>
                  <dd>{formatDate(r.startDate, locale)}</dd>
                  <dt>{t("relationship.contactPerson")}</dt>
                  <dd>
                    {r.contactPersonName ? (
                      <address>
                        {r.contactPersonName}
                        {r.contactPersonTitle ? `, ${r.contactPersonTitle}` : null}
                        {r.contactPersonPhone ? (
                          <>
                            <br />
                            {t("relationship.phone")}:{" "}
                            <a href={`tel:${r.contactPersonPhone.replace(/\s+/g, "")}`}>
                              {r.contactPersonPhone}
                            </a>
                          </>
                        ) : null}
                        {r.contactPersonEmail ? (
                          <>
                            <br />
                            {t("relationship.email")}:{" "}
                            <a href={`mailto:${r.contactPersonEmail}`}>{r.contactPersonEmail}</a>
                          </>
                        ) : null}
                      </address>
                    ) : (
                      t("relationship.noContactPerson")
                    )}
                  </dd>
                </dl>
              </div>
            ))}
            <h3>{t("documents.title")}</h3>
            {g.documents.length === 0 ? (
              <p className="muted">{t("documents.none")}</p>
            ) : (
              <TableRegion label={t("documents.caption", { task: t(`serviceTasks.${g.serviceTask}`) })}>
                <table>
                  <caption className="visually-hidden">
                    {t("documents.caption", { task: t(`serviceTasks.${g.serviceTask}`) })}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("documents.date")}</th>
                      <th scope="col">{t("documents.type")}</th>
                      <th scope="col">{t("documents.name")}</th>
                      <th scope="col">{t("documents.organisation")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {g.documents.map((d) => (
                      <tr key={d.id}>
                        <td>{formatDate(d.recordedAt, locale)}</td>
                        <td>{t(`documentTypes.${d.type}`)}</td>
                        <td>
                          <a href={`/${locale}/social/documents/${d.id}`} lang={d.language}>
                            {d.title}
                          </a>
                        </td>
                        <td>{d.organisation}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableRegion>
            )}
          </section>
        );
      })}

      <section aria-labelledby="not-shown-heading">
        <h2 id="not-shown-heading">{t("notShown.title")}</h2>
        <p>{t("notShown.intro")}</p>
        <ul>
          <li>{t("notShown.never")}</li>
          <li>{t("notShown.later")}</li>
          <li>{t("notShown.restricted")}</li>
        </ul>
        <p>{t("notShown.errors")}</p>
      </section>
    </>
  );
}
