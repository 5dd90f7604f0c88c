// V-RX-3: the summary's limits from the query string. Dates are Helsinki calendar days, both ends
// inclusive; an invalid date is ignored rather than refused (the form shows what was applied).
import { addDays, helsinkiMidnight, parseIsoDate, type CalendarDate } from "@/domain/dates";
import type { SummaryFilter } from "@/domain/visibility";
import { first, type SearchParams } from "../search-params";

export const SUMMARY_KINDS = [
  "all",
  "dateRange",
  "renewalRequested",
  "expiringSoon",
  "medicineLeft",
] as const;
export type SummaryKind = (typeof SUMMARY_KINDS)[number];

function parseDay(value: string | undefined): CalendarDate | null {
  const d = parseIsoDate(value ?? "");
  return d && d.year >= 1900 ? d : null;
}

export type SummaryParams = { kind: SummaryKind; from: string; to: string; filter: SummaryFilter };

export function parseSummaryParams(sp: SearchParams): SummaryParams {
  const raw = first(sp, "show");
  const kind: SummaryKind = (SUMMARY_KINDS as readonly string[]).includes(raw ?? "")
    ? (raw as SummaryKind)
    : "all";
  const from = parseDay(first(sp, "from"));
  const to = parseDay(first(sp, "to"));
  const fromText = from ? first(sp, "from")! : "";
  const toText = to ? first(sp, "to")! : "";
  if (kind !== "dateRange") return { kind, from: fromText, to: toText, filter: { kind } };
  return {
    kind,
    from: fromText,
    to: toText,
    filter: {
      kind,
      from: from ? helsinkiMidnight(from) : undefined,
      // Through the end of the last day.
      to: to ? new Date(helsinkiMidnight(addDays(to, 1)).getTime() - 1) : undefined,
    },
  };
}

export function summaryQuery(p: Pick<SummaryParams, "kind" | "from" | "to">): string {
  const params = new URLSearchParams({ show: p.kind });
  if (p.kind === "dateRange") {
    if (p.from) params.set("from", p.from);
    if (p.to) params.set("to", p.to);
  }
  return `?${params.toString()}`;
}
