import { getT } from "@/i18n/server";
import { formatDateTime } from "@/i18n/format";
import { authorizePage } from "@/server/guard";
import { localeFrom } from "@/server/locale-param";
import { listSocialDisclosures } from "@/server/kanta/social-client-data-repository/list-social-disclosures";
import { viewerOf } from "@/server/portal-context";
import { PageHeading, portalMetadata, whoseText } from "@/components/whose-page";
import { TableRegion } from "@/components/table-region";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = portalMetadata("social", (t) => [t("disclosures.title"), t("title")]);

/** Where the subject's social welfare data has been disclosed (seed 004: the client can follow it). */
export default async function SocialDisclosuresPage({ params }: Props) {
  const locale = await localeFrom(params);
  const ctx = await authorizePage(locale, "social.view");
  const t = await getT(locale, "social");
  const events = await listSocialDisclosures(viewerOf(ctx));

  return (
    <>
      <p>
        <a href={`/${locale}/social`}>{t("document.back")}</a>
      </p>
      <PageHeading ctx={ctx}>{t("disclosures.title")}</PageHeading>
      <p className="lead">{t("disclosures.intro", whoseText(ctx))}</p>
      {events.length === 0 ? (
        <p>{t("disclosures.none", whoseText(ctx))}</p>
      ) : (
        <TableRegion label={t("disclosures.title")}>
          <table>
            <caption className="visually-hidden">{t("disclosures.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("disclosures.when")}</th>
                <th scope="col">{t("disclosures.recipient")}</th>
                <th scope="col">{t("disclosures.what")}</th>
                <th scope="col">{t("disclosures.basis")}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr key={e.id}>
                  <td>{formatDateTime(e.disclosedAt, locale)}</td>
                  <td>{e.recipient}</td>
                  <td>{e.what}</td>
                  <td>{e.basis}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </>
  );
}
