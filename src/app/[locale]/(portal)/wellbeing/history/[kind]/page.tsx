import { notFound } from "next/navigation";
import { getT } from "@/i18n/server";
import { kindFromSlug } from "@/domain/measurements";
import { authorizePage, decide } from "@/server/guard";
import { localeFrom } from "@/server/locale-param";
import { listMeasurementHistory } from "@/server/kanta/own-data-repository/list-measurements";
import { viewerOf } from "@/server/portal-context";
import { Pager } from "../../../health/_components/pager";
import { parsePage, type SearchParams } from "../../../health/_lib/search-params";
import { MeasurementTable } from "../../measurement-table";
import { PageHeading, portalMetadata } from "@/components/whose-page";

type Props = { params: Promise<{ locale: string; kind: string }>; searchParams: Promise<SearchParams> };

export const generateMetadata = portalMetadata("wellbeing", async (t, { params }: Props) => {
  const kind = kindFromSlug((await params).kind);
  const own = kind ? [t("history.title", { kind: t(`kinds.${kind}`), unit: t(`units.${kind}`) })] : [];
  return [...own, t("title")];
});

/** V-WB-1: every saved measurement of one kind, newest first, page by page, each with its delete link. */
export default async function MeasurementHistoryPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const ctx = await authorizePage(locale, "wellbeing.view");
  const kind = kindFromSlug((await params).kind);
  if (!kind) notFound();
  const sp = await searchParams;
  const t = await getT(locale, "wellbeing");
  const history = await listMeasurementHistory(viewerOf(ctx), kind, parsePage(sp));
  const name = t(`kinds.${kind}`);

  return (
    <>
      <p>
        <a href={`/${locale}/wellbeing`}>{t("apps.back")}</a>
      </p>
      <PageHeading ctx={ctx}>{t("history.title", { kind: name, unit: t(`units.${kind}`) })}</PageHeading>
      {sp.deleted ? (
        <p className="notice success" role="status">
          {t("deleted")}
        </p>
      ) : null}
      {history.rows.length === 0 ? (
        <p className="muted">{t(history.page > 1 ? "history.pastEnd" : "list.none")}</p>
      ) : (
        <MeasurementTable
          kind={kind}
          rows={history.rows}
          locale={locale}
          t={t}
          canDelete={decide(ctx, "wellbeing.saveMeasurements").allowed}
          returnTo={{ page: history.page }}
        />
      )}
      <Pager t={t} sp={{ page: String(history.page) }} page={history.page} hasNext={history.hasNext} />
    </>
  );
}
