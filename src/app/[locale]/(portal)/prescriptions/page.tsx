import type { TFunction } from "i18next";
import { getT } from "@/i18n/server";
import type { Locale } from "@/i18n/settings";
import { formatDate } from "@/i18n/format";
import { localeFrom } from "@/server/locale-param";
import { authorizePage, decide, type Authorized } from "@/server/guard";
import { serviceDb } from "@/server/kanta/service-status";
import { listPrescriptions } from "@/server/kanta/prescription-centre/list-prescriptions";
import { LIST_FILTERS } from "@/server/kanta/prescription-centre/status-where";
import { viewerOf } from "@/server/portal-context";
import { parseListParams, queryString, type SearchParams } from "./search-params";
import { StatusBadges } from "./status-badges";
import { ServiceLinks } from "./service-links";
import { AccessNote } from "@/components/access-note";
import { PageHeading, portalMetadata, whoseText } from "@/components/whose-page";
import { TableRegion } from "@/components/table-region";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export const generateMetadata = portalMetadata("prescriptions", (t) => [t("title")]);

export default async function PrescriptionsPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const ctx = await authorizePage(locale, "prescriptions.view");
  const t = await getT(locale, "prescriptions");
  const common = await getT(locale);
  const query = parseListParams(await searchParams);
  const result = await listPrescriptions(serviceDb("PRESCRIPTION_CENTRE"), viewerOf(ctx), query);

  return (
    <>
      <PageHeading ctx={ctx}>{t("title")}</PageHeading>
      <p className="lead">{t("intro", whoseText(ctx))}</p>
      <AccessNote t={common} ctx={ctx} domain="health" />
      {result.anyVisible ? (
        <PrescriptionList t={t} locale={locale} ctx={ctx} query={query} result={result} />
      ) : (
        // Nothing visible at all: no filters to try, nothing to renew or print.
        <p className="notice" role="status" data-testid="rx-empty">
          <strong>{t("list.emptyNone", whoseText(ctx))}</strong>
        </p>
      )}
    </>
  );
}

function PrescriptionList({
  t,
  locale,
  ctx,
  query,
  result,
}: {
  t: TFunction;
  locale: Locale;
  ctx: Authorized;
  query: ReturnType<typeof parseListParams>;
  result: Awaited<ReturnType<typeof listPrescriptions>>;
}) {
  const base = `/${locale}/prescriptions`;
  const pageLink = (page: number) =>
    `${base}${queryString({ filter: query.filter, q: query.q, sort: query.sort === "oldest" ? "oldest" : undefined, page })}`;
  return (
    <>
      <ServiceLinks t={t} locale={locale} allowed={(f) => decide(ctx, f).allowed} />

      <form method="get" action={base} className="filters no-print" role="search">
        <fieldset>
          <legend>{t("filters.legend")}</legend>
          <span style={{ display: "flex", flexWrap: "wrap", gap: "0.25rem 1rem" }}>
            {LIST_FILTERS.map((f) => (
              <label key={f} style={{ fontWeight: 400, display: "inline-flex", gap: "0.35rem" }}>
                <input type="radio" name="filter" value={f} defaultChecked={query.filter === f} />
                {t(`filters.${f}`)}
              </label>
            ))}
          </span>
        </fieldset>
        <div className="field">
          <label htmlFor="rx-search">{t("filters.search")}</label>
          <input id="rx-search" type="search" name="q" defaultValue={query.q} maxLength={100} />
        </div>
        <div className="field">
          <label htmlFor="rx-sort">{t("filters.sort")}</label>
          <select id="rx-sort" name="sort" defaultValue={query.sort}>
            <option value="newest">{t("filters.newest")}</option>
            <option value="oldest">{t("filters.oldest")}</option>
          </select>
        </div>
        <div className="field">
          <button type="submit" className="button">
            {t("filters.apply")}
          </button>
        </div>
      </form>

      <p role="status" data-testid="rx-count">
        {t("list.count", { count: result.total })}
      </p>

      {result.total === 0 ? (
        <div className="notice" data-testid="rx-empty">
          <p>
            <strong>{t("list.empty")}</strong>
          </p>
          <p>{t("list.emptyHint")}</p>
          {query.filter !== "all" || query.q ? <a href={`${base}?filter=all`}>{t("list.showAll")}</a> : null}
        </div>
      ) : (
        <TableRegion label={t("list.caption", { page: result.page, pages: result.pages })}>
          <table data-testid="rx-table">
            <caption className="visually-hidden">
              {t("list.caption", { page: result.page, pages: result.pages })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t("list.drug")}</th>
                <th scope="col">{t("list.status")}</th>
                <th scope="col">{t("list.validUntil")}</th>
                <th scope="col">{t("list.prescribedAt")}</th>
              </tr>
            </thead>
            <tbody>
              {result.rows.map((r) => (
                <tr
                  key={r.id}
                  data-testid={`rx-row-${r.id}`}
                  style={r.state.expiringSoon ? { background: "var(--warn-bg)" } : undefined}
                >
                  <td>
                    <a href={`${base}/${r.id}`} lang={r.language}>
                      <strong>{r.drugName}</strong> {r.strength}
                    </a>
                    <br />
                    <span lang={r.language}>{r.form}</span>
                  </td>
                  <td>
                    <StatusBadges t={t} summary={r} />
                  </td>
                  <td>{formatDate(r.validUntil, locale)}</td>
                  <td>{formatDate(r.prescribedAt, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}

      {result.pages > 1 ? (
        <nav aria-label={t("list.pagination")} className="actions no-print">
          {result.page > 1 ? <a href={pageLink(result.page - 1)}>{t("list.previous")}</a> : null}
          <span aria-current="page">{t("list.pageOf", { page: result.page, pages: result.pages })}</span>
          {result.page < result.pages ? <a href={pageLink(result.page + 1)}>{t("list.next")}</a> : null}
        </nav>
      ) : null}
    </>
  );
}
