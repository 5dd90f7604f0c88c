import { notFound } from "next/navigation";
import { BoundFields } from "@/components/bound-fields";
import { z } from "zod";
import { getT } from "@/i18n/server";
import { formatDate } from "@/i18n/format";
import { authorizePage } from "@/server/guard";
import { localeFrom } from "@/server/locale-param";
import { getWellbeingAppRight } from "@/server/kanta/own-data-repository/get-wellbeing-app-right";
import { viewerOf } from "@/server/portal-context";
import { revokeAppRightAction } from "../../actions";
import { PageHeading, portalMetadata } from "@/components/whose-page";

type Props = { params: Promise<{ locale: string; id: string }> };

export const generateMetadata = portalMetadata("wellbeing", (t) => [t("apps.revoke.pageTitle"), t("apps.title"), t("title")]);

/** The confirmation step before removing an application's right (V-WB-2). */
export default async function RevokeAppRightPage({ params }: Props) {
  const locale = await localeFrom(params);
  const ctx = await authorizePage(locale, "wellbeing.appPermissions");
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const right = await getWellbeingAppRight(viewerOf(ctx), id);
  if (!right) notFound();
  const t = await getT(locale, "wellbeing");

  return (
    <>
      <PageHeading ctx={ctx}>{t("apps.revoke.title", { app: right.app.name })}</PageHeading>
      <dl className="fields">
        <dt>{t("apps.app")}</dt>
        <dd>{right.app.name}</dd>
        <dt>{t("apps.vendor")}</dt>
        <dd>{right.app.vendor}</dd>
        <dt>{t("apps.scope")}</dt>
        <dd>{right.scope}</dd>
        <dt>{t("apps.grantedAt")}</dt>
        <dd>{formatDate(right.grantedAt, locale)}</dd>
      </dl>
      <p className="notice warning">{t("apps.revoke.warning")}</p>
      <form action={revokeAppRightAction} className="actions">
        <input type="hidden" name="id" value={right.id} />
        <BoundFields locale={locale} subjectId={ctx.subject.id} />
        <button type="submit" className="button danger">
          {t("apps.revoke.confirm")}
        </button>
        <a className="button secondary" href={`/${locale}/wellbeing/apps`}>
          {t("apps.revoke.cancel")}
        </a>
      </form>
    </>
  );
}
