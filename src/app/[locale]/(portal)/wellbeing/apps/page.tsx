import { getT } from "@/i18n/server";
import { formatDate } from "@/i18n/format";
import { authorizePage } from "@/server/guard";
import { localeFrom } from "@/server/locale-param";
import { listWellbeingAppRights } from "@/server/kanta/own-data-repository/list-wellbeing-app-rights";
import { viewerOf } from "@/server/portal-context";
import { PageHeading, portalMetadata } from "@/components/whose-page";
import { TableRegion } from "@/components/table-region";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ revoked?: string; error?: string }>;
};

export const generateMetadata = portalMetadata("wellbeing", (t) => [t("apps.title"), t("title")]);

/** V-WB-2: wellbeing applications that hold a right to the user's data; each right can be removed. */
export default async function WellbeingAppsPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const ctx = await authorizePage(locale, "wellbeing.appPermissions");
  const t = await getT(locale, "wellbeing");
  const { revoked, error } = await searchParams;
  const rights = await listWellbeingAppRights(viewerOf(ctx));

  return (
    <>
      <p>
        <a href={`/${locale}/wellbeing`}>{t("apps.back")}</a>
      </p>
      <PageHeading ctx={ctx}>{t("apps.title")}</PageHeading>
      <p className="lead">{t("apps.intro")}</p>
      <p className="notice">{t("apps.noNewData")}</p>
      {revoked ? (
        <p className="notice success" role="status">
          {t("apps.revoked")}
        </p>
      ) : null}
      {error === "revokeFailed" ? (
        <p className="notice error" role="alert">
          {t("apps.revokeFailed")}
        </p>
      ) : null}
      {rights.length === 0 ? (
        <p>{t("apps.none")}</p>
      ) : (
        <TableRegion label={t("apps.tableCaption")}>
          <table>
            <caption className="visually-hidden">{t("apps.tableCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("apps.app")}</th>
                <th scope="col">{t("apps.vendor")}</th>
                <th scope="col">{t("apps.scope")}</th>
                <th scope="col">{t("apps.grantedAt")}</th>
                <th scope="col">{t("list.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {rights.map((r) => (
                <tr key={r.id} data-testid={`app-right-${r.id}`}>
                  <th scope="row">{r.app.name}</th>
                  <td>{r.app.vendor}</td>
                  <td>{r.scope}</td>
                  <td>{formatDate(r.grantedAt, locale)}</td>
                  <td>
                    <a href={`/${locale}/wellbeing/apps/${r.id}/revoke`}>
                      {t("apps.revoke.action")}
                      <span className="visually-hidden">: {r.app.name}</span>
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </>
  );
}
