import { addDays, helsinkiDate, helsinkiMidnight } from "@/domain/dates";
import type { FeatureId } from "@/domain/permissions";
import { ageBands, defaultListWindow } from "@/domain/visibility";
import { formatDate, formatDateTime } from "@/i18n/format";
import { getT } from "@/i18n/server";
import { getPrisma, type Db } from "@/server/db";
import {
  isDisturbed,
  serviceDb,
  serviceOfFeature,
  ServiceDisturbedError,
} from "@/server/kanta/service-status";
import { authorizePage, decide } from "@/server/guard";
import { localeFrom } from "@/server/locale-param";
import { getPortalState, viewerOf } from "@/server/portal-context";
import {
  DISCLOSURE_LIMIT,
  listHealthDisclosures,
  listPrescriptionDisclosures,
  listSocialDisclosures,
  type DisclosureRange,
} from "@/server/kanta/disclosure-log/list-disclosures";
import { formatCalendarDate, parseCalendarDate } from "@/server/kanta/will-service/permission-validity";
import { AccessNote } from "@/components/access-note";
import { PageHeading, portalMetadata, whoseText } from "@/components/whose-page";
import { TableRegion } from "@/components/table-region";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = portalMetadata("dataUse", (t) => [t("disclosures.title")]);

/** The parts of the page, each with its own feature id (C-6). Social disclosures go with social.view. */
const PARTS = [
  "prescriptions.disclosures",
  "health.disclosures",
  "social.view",
] as const satisfies readonly FeatureId[];

/**
 * The first part the user may see authorizes the page (one whose Kanta service is in use, D-1);
 * with none allowed, the first one refuses it (403).
 */
async function pageFeature(): Promise<FeatureId> {
  const state = await getPortalState();
  if (state.status !== "active") return PARTS[0];
  const allowed = PARTS.filter((f) => decide(state.ctx, f).allowed);
  for (const f of allowed) {
    const service = serviceOfFeature(f);
    if (!service || !(await isDisturbed(service))) return f;
  }
  return allowed[0] ?? PARTS[0];
}

/** D-1: one part's Kanta service being out of use leaves the other parts working. */
async function read<T>(f: FeatureId, run: (db: Db) => Promise<T>): Promise<T | "disturbed"> {
  const service = serviceOfFeature(f);
  if (!service) return run(getPrisma());
  if (await isDisturbed(service)) return "disturbed";
  try {
    return await run(serviceDb(service));
  } catch (error) {
    if (error instanceof ServiceDisturbedError) return "disturbed";
    throw error;
  }
}

type Row = { id: string; recipient: string; disclosedAt: Date; what: string; extra?: string };
type Part<R> = { rows: R[]; more: boolean } | "disturbed";

function withBasis(part: Part<Row & { basis: string }>): Part<Row> {
  return part === "disturbed"
    ? part
    : { more: part.more, rows: part.rows.map((r) => ({ ...r, extra: r.basis })) };
}

export default async function DisclosuresPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const ctx = await authorizePage(locale, await pageFeature());
  const t = await getT(locale, "dataUse");
  const query = await searchParams;
  const one = (k: string) => (typeof query[k] === "string" ? (query[k] as string) : undefined);

  // The date range (GET form): the last 12 months until the user chooses; an empty field is an
  // open end. Both ends are whole days on the Helsinki calendar.
  const chosen = one("from") !== undefined || one("to") !== undefined;
  const parse = (k: string) => {
    const raw = one(k) ?? "";
    return raw === ""
      ? { day: null, ok: true }
      : { day: parseCalendarDate(raw), ok: parseCalendarDate(raw) !== null };
  };
  const from = chosen ? parse("from") : { day: helsinkiDate(defaultListWindow(ctx.at).from), ok: true };
  const to = chosen ? parse("to") : { day: null, ok: true };
  const invalid = !from.ok || !to.ok;
  const range: DisclosureRange = {
    from: from.day ? helsinkiMidnight(from.day) : undefined,
    to: to.day ? new Date(helsinkiMidnight(addDays(to.day, 1)).getTime() - 1) : undefined,
  };
  const reversed = range.from !== undefined && range.to !== undefined && range.from > range.to;
  const fromDay = from.day;
  const toDay = to.day;

  const viewer = viewerOf(ctx);
  const can = (f: FeatureId) => decide(ctx, f).allowed;
  const [prescriptions, health, social] = await Promise.all([
    can("prescriptions.disclosures")
      ? read("prescriptions.disclosures", (db) => listPrescriptionDisclosures(db, viewer, range))
      : null,
    can("health.disclosures")
      ? read("health.disclosures", (db) => listHealthDisclosures(db, viewer, range))
      : null,
    can("social.view") ? read("social.view", (db) => listSocialDisclosures(db, viewer, range)) : null,
  ]);
  const guardianLike = ctx.role === "guardian" || ctx.role === "informationRight";

  const table = (
    id: string,
    title: string,
    rows: { rows: Row[]; more: boolean } | "disturbed",
    extraHeading?: string,
  ) => (
    <section aria-labelledby={`${id}-heading`} data-testid={`disclosures-${id}`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {rows === "disturbed" ? (
        <p className="notice warning" role="status" data-testid={`disclosures-${id}-disturbed`}>
          {t("disclosures.partDisturbed")}
        </p>
      ) : rows.rows.length === 0 ? (
        <p>{t("disclosures.none")}</p>
      ) : (
        <TableRegion label={title}>
          <table>
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t("disclosures.when")}</th>
                <th scope="col">{t("disclosures.recipient")}</th>
                <th scope="col">{t("disclosures.what")}</th>
                {extraHeading ? <th scope="col">{extraHeading}</th> : null}
              </tr>
            </thead>
            <tbody>
              {rows.rows.map((r) => (
                <tr key={r.id}>
                  <td>{formatDateTime(r.disclosedAt, locale)}</td>
                  <td>{r.recipient}</td>
                  <td>{r.what}</td>
                  {extraHeading ? <td>{r.extra ?? ""}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      {rows !== "disturbed" && rows.more ? (
        <p className="notice">{t("disclosures.more", { count: DISCLOSURE_LIMIT })}</p>
      ) : null}
    </section>
  );

  return (
    <>
      <PageHeading ctx={ctx}>{t("disclosures.title")}</PageHeading>
      <p className="lead">{t("disclosures.intro", whoseText(ctx))}</p>
      <AccessNote t={await getT(locale)} ctx={ctx} domain="all" />
      <form
        method="get"
        action={`/${locale}/disclosures`}
        className="filters"
        aria-label={t("disclosures.filter")}
      >
        <div className="field">
          <label htmlFor="from">{t("disclosures.from")}</label>
          <input
            type="date"
            id="from"
            name="from"
            defaultValue={fromDay ? formatCalendarDate(fromDay) : ""}
          />
        </div>
        <div className="field">
          <label htmlFor="to">{t("disclosures.to")}</label>
          <input type="date" id="to" name="to" defaultValue={toDay ? formatCalendarDate(toDay) : ""} />
        </div>
        <div className="field">
          <button type="submit" className="button">
            {t("disclosures.show")}
          </button>
        </div>
      </form>
      {invalid ? (
        <p className="notice error" role="alert">
          {t("errors.invalidDate")}
        </p>
      ) : null}
      {reversed ? (
        <p className="notice error" role="alert">
          {t("disclosures.reversed")}
        </p>
      ) : null}
      <p className="muted" data-testid="disclosures-range">
        {range.from && range.to
          ? t("disclosures.rangeBetween", {
              from: formatDate(range.from, locale),
              to: formatDate(range.to, locale),
            })
          : range.from
            ? t("disclosures.rangeFrom", { from: formatDate(range.from, locale) })
            : range.to
              ? t("disclosures.rangeTo", { to: formatDate(range.to, locale) })
              : t("disclosures.rangeAll")}
      </p>
      {prescriptions ? (
        <>
          {table(
            "prescriptions",
            t("disclosures.prescriptions"),
            prescriptions === "disturbed"
              ? prescriptions
              : {
                  more: prescriptions.more,
                  rows: prescriptions.rows.map((r) => ({
                    ...r,
                    extra: r.prescription
                      ? `${r.prescription.drugName} ${r.prescription.strength}`
                      : undefined,
                  })),
                },
            t("disclosures.prescription"),
          )}
          {guardianLike ? (
            <p className="notice" data-testid="footnote-under-ten">
              {t("footnotes.underTen", { date: formatDate(ageBands(ctx.subject.birthDate).ten, locale) })}
            </p>
          ) : null}
        </>
      ) : null}
      {health ? table("health", t("disclosures.health"), withBasis(health), t("disclosures.basis")) : null}
      {social ? table("social", t("disclosures.social"), withBasis(social), t("disclosures.basis")) : null}
      {!can("health.disclosures") && guardianLike ? (
        <p className="muted">{t("disclosures.healthNotForGuardians")}</p>
      ) : null}
    </>
  );
}
