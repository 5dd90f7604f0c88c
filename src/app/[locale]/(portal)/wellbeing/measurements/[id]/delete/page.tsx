import { notFound } from "next/navigation";
import { BoundFields } from "@/components/bound-fields";
import { z } from "zod";
import { getT } from "@/i18n/server";
import { formatDateTime, formatNumber } from "@/i18n/format";
import { authorizePage } from "@/server/guard";
import { localeFrom } from "@/server/locale-param";
import { getMeasurement } from "@/server/kanta/own-data-repository/get-measurement";
import { viewerOf } from "@/server/portal-context";
import { deleteMeasurementAction } from "../../../actions";
import { returnTarget, wellbeingReturnPath } from "../../../return-path";
import { PageHeading, portalMetadata } from "@/components/whose-page";

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ from?: string | string[]; page?: string | string[] }>;
};

export const generateMetadata = portalMetadata("wellbeing", (t) => [t("delete.title"), t("title")]);

/** The confirmation step before deleting a measurement (V-WB-1). A plain form: works without JavaScript. */
export default async function DeleteMeasurementPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const ctx = await authorizePage(locale, "wellbeing.saveMeasurements");
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const m = await getMeasurement(viewerOf(ctx), id);
  if (!m) notFound();
  const t = await getT(locale, "wellbeing");
  const { from, page } = await searchParams;
  const back = returnTarget(from, page);
  const unit = t(`units.${m.kind}`);
  const shown =
    m.kind === "BLOOD_PRESSURE" && m.value2 !== null
      ? `${formatNumber(m.value, locale)}/${formatNumber(m.value2, locale)} ${unit}`
      : `${formatNumber(m.value, locale)} ${unit}`;

  return (
    <>
      <PageHeading ctx={ctx}>{t("delete.title")}</PageHeading>
      <dl className="fields">
        <dt>{t("form.kind")}</dt>
        <dd>{t(`kinds.${m.kind}`)}</dd>
        <dt>{t("list.measuredAt")}</dt>
        <dd>{formatDateTime(m.measuredAt, locale)}</dd>
        <dt>{t("form.value")}</dt>
        <dd data-testid="delete-value">{shown}</dd>
      </dl>
      <p className="notice warning">{t("delete.warning")}</p>
      <form action={deleteMeasurementAction} className="actions">
        <input type="hidden" name="id" value={m.id} />
        <BoundFields locale={locale} subjectId={ctx.subject.id} />
        {back ? (
          <>
            <input type="hidden" name="from" value={back.slug} />
            <input type="hidden" name="page" value={back.page} />
          </>
        ) : null}
        <button type="submit" className="button danger">
          {t("delete.confirm")}
        </button>
        <a className="button secondary" href={wellbeingReturnPath(locale, back)}>
          {t("delete.cancel")}
        </a>
      </form>
    </>
  );
}
