import { randomUUID } from "node:crypto";
import type { TFunction } from "i18next";
import { getT } from "@/i18n/server";
import { I18nProvider } from "@/i18n/client-provider";
import { RESOURCES } from "@/i18n/resources";
import { formatDate, formatNumber } from "@/i18n/format";
import { kindSlug, latestTableRows } from "@/domain/measurements";
import type { Locale } from "@/i18n/settings";
import { authorizePage, decide } from "@/server/guard";
import { localeFrom } from "@/server/locale-param";
import {
  listMeasurements,
  type MeasurementSeries,
} from "@/server/kanta/own-data-repository/list-measurements";
import { viewerOf } from "@/server/portal-context";
import { MeasurementChart } from "./measurement-chart";
import { MeasurementForm } from "./measurement-form";
import { MeasurementTable } from "./measurement-table";
import { helsinkiWallClock } from "./measurement-form-schema";
import { PageHeading, portalMetadata } from "@/components/whose-page";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ saved?: string; deleted?: string; error?: string }>;
};

export const generateMetadata = portalMetadata("wellbeing", (t) => [t("title")]);

export default async function WellbeingPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const ctx = await authorizePage(locale, "wellbeing.view");
  const t = await getT(locale, "wellbeing");
  const { saved, deleted, error } = await searchParams;
  const canSave = decide(ctx, "wellbeing.saveMeasurements").allowed;
  const canSeeApps = decide(ctx, "wellbeing.appPermissions").allowed;
  const series = await listMeasurements(viewerOf(ctx));
  const defaults = helsinkiWallClock(ctx.at);
  // Only what the form shows: everything in this object is sent to the browser with the page.
  const { form, kinds, units } = RESOURCES[locale].wellbeing;
  const resources = {
    wellbeing: { form, kinds, units },
    common: { errors: RESOURCES[locale].common.errors },
  };

  return (
    <>
      <PageHeading ctx={ctx}>{t("title")}</PageHeading>
      <p className="lead">{t("intro")}</p>
      <p>{t("ownOnly")}</p>
      {saved ? (
        <p className="notice success" role="status" id="measurement-saved" tabIndex={-1}>
          {t("saved")}
        </p>
      ) : null}
      {deleted ? (
        <p className="notice success" role="status">
          {t("deleted")}
        </p>
      ) : null}
      {error === "deleteFailed" ? (
        <p className="notice error" role="alert">
          {t("deleteFailed")}
        </p>
      ) : null}
      {canSeeApps ? (
        <p>
          <a href={`/${locale}/wellbeing/apps`}>{t("appsLink")}</a>
        </p>
      ) : null}

      {canSave ? (
        <I18nProvider locale={locale} resources={resources}>
          {/* The key changes only after a save (?saved=<id>): a refused post keeps its messages, also without JavaScript. */}
          <MeasurementForm
            key={saved ?? "new"}
            locale={locale}
            subjectId={ctx.subject.id}
            idempotencyKey={randomUUID()}
            defaultDate={defaults.date}
            defaultTime={defaults.time}
          />
        </I18nProvider>
      ) : null}

      <h2>{t("list.title")}</h2>
      {series.map((s) => (
        <MeasurementSection key={s.kind} series={s} locale={locale} t={t} canDelete={canSave} />
      ))}
    </>
  );
}

function MeasurementSection({
  series,
  locale,
  t,
  canDelete,
}: {
  series: MeasurementSeries;
  locale: Locale;
  t: TFunction;
  canDelete: boolean;
}) {
  const { kind, rows } = series;
  const isBp = kind === "BLOOD_PRESSURE";
  const name = t(`kinds.${kind}`);
  const unit = t(`units.${kind}`);
  const headingId = `kind-${kind.toLowerCase()}`;
  const value = (v: number) => formatNumber(v, locale, 2);
  const latest = rows.at(-1);
  const table = latestTableRows(rows, series.hasMore);
  return (
    <section aria-labelledby={headingId} data-testid={`measurements-${kind}`}>
      <h3 id={headingId}>
        {name} ({unit})
      </h3>
      {rows.length === 0 || !latest ? (
        <p className="muted">{t("list.none")}</p>
      ) : (
        <>
          <MeasurementChart
            id={`chart-${kind.toLowerCase()}`}
            locale={locale}
            kind={kind}
            unit={unit}
            points={rows.map((r) => ({ at: r.measuredAt, values: isBp ? [r.value, r.value2] : [r.value] }))}
            seriesLabels={isBp ? [t("kinds.systolic"), t("kinds.diastolic")] : [name]}
            title={t("chart.title", { kind: name, unit })}
            description={t("chart.description", {
              count: rows.length,
              from: formatDate(rows[0]!.measuredAt, locale),
              to: formatDate(latest.measuredAt, locale),
              latest: isBp
                ? `${value(latest.value)}/${value(latest.value2 ?? 0)} ${unit}`
                : `${value(latest.value)} ${unit}`,
            })}
            caption={t("chart.caption", { kind: name })}
          />
          {series.hasMore ? <p className="muted">{t("list.more", { count: rows.length })}</p> : null}
          <MeasurementTable kind={kind} rows={table.rows} locale={locale} t={t} canDelete={canDelete} />
          {table.hasHistory ? (
            <p>
              <a href={`/${locale}/wellbeing/history/${kindSlug(kind)}`}>{t("list.showAll", { kind: name })}</a>
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
