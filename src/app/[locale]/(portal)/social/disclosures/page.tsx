import { getT } from "@/i18n/server";
import { formatDateTime } from "@/i18n/format";
import { authorizePage } from "@/server/guard";
import { localeFrom } from "@/server/locale-param";
import { listSocialDisclosures } from "@/server/kanta/social-client-data-repository/list-social-disclosures";
import { viewerOf } from "@/server/portal-context";

type Props = { params: Promise<{ locale: string }> };

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
      <h1>{t("disclosures.title")}</h1>
      <p className="lead">{t("disclosures.intro")}</p>
      {events.length === 0 ? (
        <p>{t("disclosures.none")}</p>
      ) : (
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
      )}
    </>
  );
}
