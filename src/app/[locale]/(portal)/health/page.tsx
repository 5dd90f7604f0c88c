import type { TFunction } from "i18next";
import { getT } from "@/i18n/server";
import { formatDate } from "@/i18n/format";
import type { Locale } from "@/i18n/settings";
import { localeFrom } from "@/server/locale-param";
import { authorizePage } from "@/server/guard";
import { viewerOf } from "@/server/portal-context";
import {
  listVisits,
  type VisitFilter,
  type VisitListItem,
} from "@/server/kanta/patient-data-repository/list-visits";
import { visitFilterOptionsForPage } from "@/server/kanta/patient-data-repository/list-visit-filter-options";
import { HealthPageFrame } from "./_components/health-page";
import { DateFilter, RangeSummary } from "./_components/date-filter";
import { Pager } from "./_components/pager";
import styles from "./_components/health.module.css";
import { one, parseDateRange, parsePage, type SearchParams } from "./_lib/search-params";
import { portalMetadata, whoseText } from "@/components/whose-page";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export const generateMetadata = portalMetadata("health", (t) => [t("title")]);

const PAGE_SIZE = 20;
const KINDS = ["OUTPATIENT", "INPATIENT"] as const;

export default async function HealthPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const ctx = await authorizePage(locale, "health.view");
  const t = await getT(locale, "health");
  const sp = await searchParams;
  const viewer = viewerOf(ctx);
  const choice = parseDateRange(sp, ctx.at);
  const kind = KINDS.find((k) => k === one(sp, "kind"));

  return (
    <HealthPageFrame ctx={ctx} locale={locale} t={t} current="visits" title={t("title")} intro={t("intro", whoseText(ctx))}>
      {async () => {
        const options = await visitFilterOptionsForPage(viewer);
        const organisation = options.organisations.find((o) => o === one(sp, "organisation"));
        const filter: VisitFilter = { range: choice.range, organisation, kind };
        const page = await listVisits(viewer, filter, { page: parsePage(sp), size: PAGE_SIZE });
        const filtered = !choice.isDefault || organisation !== undefined || kind !== undefined;
        // No visit visible at all (no year to choose): nothing to filter, only the empty notice.
        if (options.years.length === 0)
          return (
            <section aria-labelledby="visits-heading">
              <h2 id="visits-heading">{t("visits.heading")}</h2>
              <EmptyVisits t={t} isDefault={choice.isDefault} filtered={filtered} hasAny={false} />
            </section>
          );
        return (
          <section aria-labelledby="visits-heading">
            <h2 id="visits-heading">{t("visits.heading")}</h2>
            <DateFilter t={t} action={`/${locale}/health`} choice={choice}>
              <div className="field">
                <label htmlFor="filter-year">{t("filter.year")}</label>
                <select id="filter-year" name="year" defaultValue={choice.values.year}>
                  <option value="">{t("filter.yearAny")}</option>
                  {options.years.map((y) => (
                    <option key={y} value={String(y)}>
                      {y}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor="filter-organisation">{t("filter.organisation")}</label>
                <select id="filter-organisation" name="organisation" defaultValue={organisation ?? ""}>
                  <option value="">{t("filter.organisationAny")}</option>
                  {options.organisations.map((o) => (
                    <option key={o} value={o}>
                      {o}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor="filter-kind">{t("filter.kind")}</label>
                <select id="filter-kind" name="kind" defaultValue={kind ?? ""}>
                  <option value="">{t("filter.kindAny")}</option>
                  {KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(`visits.kind.${k}`)}
                    </option>
                  ))}
                </select>
              </div>
            </DateFilter>
            <RangeSummary t={t} locale={locale} choice={choice} />
            {page.items.length === 0 ? (
              <EmptyVisits
                t={t}
                isDefault={choice.isDefault}
                filtered={filtered}
                hasAny={options.years.length > 0}
              />
            ) : (
              <ol className="timeline" data-testid="visit-timeline">
                {page.items.map((visit) => (
                  <VisitItem key={visit.id} visit={visit} locale={locale} t={t} />
                ))}
              </ol>
            )}
            <Pager t={t} sp={sp} page={page.page} hasNext={page.hasNext} />
          </section>
        );
      }}
    </HealthPageFrame>
  );
}

function VisitItem({ visit, locale, t }: { visit: VisitListItem; locale: Locale; t: TFunction }) {
  const end = visit.kind === "INPATIENT" && visit.endAt ? ` – ${formatDate(visit.endAt, locale)}` : "";
  return (
    <li data-testid="visit">
      <h3>
        <a href={`/${locale}/health/visits/${visit.id}`}>
          <time dateTime={visit.startAt.toISOString()}>{formatDate(visit.startAt, locale)}</time>
          {end} · {visit.unit.name}
        </a>
      </h3>
      <p>
        <span className="badge">{t(`visits.kind.${visit.kind}`)}</span> {visit.unit.organisation}
        {visit.professionalName ? ` · ${visit.professionalName}` : ""}
      </p>
      <ul className={styles.docs} aria-label={t("visits.documents")}>
        {visit.documents.map((d) => (
          <li key={d.id} lang={d.language}>
            {d.title}
          </li>
        ))}
      </ul>
    </li>
  );
}

function EmptyVisits({
  t,
  isDefault,
  filtered,
  hasAny,
}: {
  t: TFunction;
  isDefault: boolean;
  filtered: boolean;
  hasAny: boolean;
}) {
  let hint = t("visits.emptyNone");
  if (hasAny && isDefault) hint = t("visits.emptyDefault");
  else if (hasAny && filtered) hint = t("visits.emptyFiltered");
  return (
    <div className="notice" role="status" data-testid="empty">
      <p>{t("visits.empty")}</p>
      <p>{hint}</p>
    </div>
  );
}
