// Reading the GET filter forms. Bad input never errors the page: it falls back to the default
// window and says why.
import { addDays, helsinkiMidnight, isoDay, parseIsoDate, type CalendarDate } from "@/domain/dates";
import { defaultListWindow } from "@/domain/visibility";
import type { DateRange } from "@/server/kanta/patient-data-repository/viewer";

export type SearchParams = Record<string, string | string[] | undefined>;

export function one(sp: SearchParams, key: string): string | undefined {
  const v = sp[key];
  return Array.isArray(v) ? v[0] : v;
}

export function parsePage(sp: SearchParams): number {
  const n = Number(one(sp, "page"));
  return Number.isInteger(n) && n >= 1 && n <= 10_000 ? n : 1;
}

function parseDay(value: string): CalendarDate | null {
  const d = parseIsoDate(value);
  return d && d.year >= 1900 && d.year <= 2200 ? d : null;
}

export function dayInput(instant: Date): string {
  return isoDay(instant);
}

const endOfDay = (d: CalendarDate) => new Date(helsinkiMidnight(addDays(d, 1)).getTime() - 1);

export type RangeChoice = {
  range: DateRange;
  /** What the form fields show. */
  values: { from: string; to: string; year: string };
  /** V-HEALTH-9: the last 12 months, because nothing was asked. */
  isDefault: boolean;
  error?: "invalidDate" | "fromAfterTo";
};

/**
 * V-HEALTH-9: the last 12 months unless the user searched. A year wins over from/to; a field sent
 * empty means "no limit" on that side, so clearing both fields shows the whole history.
 */
export function parseDateRange(sp: SearchParams, now: Date): RangeChoice {
  const fallback = defaultListWindow(now);
  const defaults: RangeChoice = {
    range: fallback,
    values: { from: dayInput(fallback.from), to: dayInput(fallback.to), year: "" },
    isDefault: true,
  };
  const year = one(sp, "year") ?? "";
  if (/^\d{4}$/.test(year)) {
    const y = Number(year);
    return {
      range: {
        from: helsinkiMidnight({ year: y, month: 1, day: 1 }),
        to: endOfDay({ year: y, month: 12, day: 31 }),
      },
      values: { from: "", to: "", year },
      isDefault: false,
    };
  }
  const fromRaw = one(sp, "from");
  const toRaw = one(sp, "to");
  if (fromRaw === undefined && toRaw === undefined) return defaults;
  const from = fromRaw ? parseDay(fromRaw) : null;
  const to = toRaw ? parseDay(toRaw) : null;
  if ((fromRaw && !from) || (toRaw && !to)) return { ...defaults, error: "invalidDate" };
  const range: DateRange = {
    from: from ? helsinkiMidnight(from) : undefined,
    to: to ? endOfDay(to) : undefined,
  };
  if (range.from && range.to && range.from > range.to) return { ...defaults, error: "fromAfterTo" };
  return { range, values: { from: fromRaw ?? "", to: toRaw ?? "", year: "" }, isDefault: false };
}

/** The same query with one parameter changed (pager links keep the filter). */
export function withParam(sp: SearchParams, key: string, value: string | null): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(sp)) {
    if (k === key || v === undefined) continue;
    for (const item of Array.isArray(v) ? v : [v]) q.append(k, item);
  }
  if (value !== null) q.set(key, value);
  const s = q.toString();
  return s ? `?${s}` : "?";
}
