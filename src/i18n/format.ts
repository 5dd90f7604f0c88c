// Dates and numbers per locale. Instants are shown in Finnish time, whatever the server's or the
// browser's zone. Dates follow Finnish public services: d.M.yyyy in Finnish and in Swedish (the
// Finland-Swedish norm), and British English with the month spelt out, so that no reader can take
// the day for the month. Intl number formatters are costly to build, so one per locale and style
// is kept for the process.
import { format, type Locale as DateFnsLocale } from "date-fns";
import { enGB } from "date-fns/locale/en-GB";
import { fi } from "date-fns/locale/fi";
import { sv } from "date-fns/locale/sv";
import { tz } from "@date-fns/tz";
import { INTL_LOCALE, type Locale } from "./settings";

const inHelsinki = tz("Europe/Helsinki");
const inUtc = tz("UTC");

type DatePatterns = { locale: DateFnsLocale; date: string; dateTime: string };
const PATTERNS: Record<Locale, DatePatterns> = {
  fi: { locale: fi, date: "d.M.yyyy", dateTime: "d.M.yyyy 'klo' H.mm" },
  sv: { locale: sv, date: "d.M.yyyy", dateTime: "d.M.yyyy 'kl.' H.mm" },
  en: { locale: enGB, date: "d MMM yyyy", dateTime: "d MMM yyyy, HH:mm" },
};
const numberFormats = new Map<string, Intl.NumberFormat>();

/** The Helsinki calendar date of an instant, e.g. 5.3.2026. */
export function formatDate(value: Date | string, locale: Locale): string {
  const p = PATTERNS[locale];
  return format(new Date(value), p.date, { locale: p.locale, in: inHelsinki });
}

/** An instant in Helsinki time, e.g. 5.3.2026 klo 12.07. */
export function formatDateTime(value: Date | string, locale: Locale): string {
  const p = PATTERNS[locale];
  return format(new Date(value), p.dateTime, { locale: p.locale, in: inHelsinki });
}

/**
 * A date-only value (a birth date, a @db.Date column: UTC midnight as Prisma returns it), by its
 * own calendar date: no time zone can move it to the day before.
 */
export function formatCalendarDay(value: Date, locale: Locale): string {
  const p = PATTERNS[locale];
  return format(value, p.date, { locale: p.locale, in: inUtc });
}

export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 2): string {
  const key = `${locale}:${maximumFractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

export type AxisDatePart = "dayMonth" | "month" | "year";
const AXIS_PATTERNS: Record<Locale, Record<AxisDatePart, string>> = {
  fi: { dayMonth: "d.M.", month: "LLL", year: "yyyy" },
  sv: { dayMonth: "d MMM", month: "LLL", year: "yyyy" },
  en: { dayMonth: "d MMM", month: "LLL", year: "yyyy" },
};

/** A short date for a chart's time axis ("14.3.", "maalis", "2025"; "14 mars", "Mar"), in Finnish time. */
export function formatAxisDate(value: Date, locale: Locale, part: AxisDatePart): string {
  return format(value, AXIS_PATTERNS[locale][part], { locale: PATTERNS[locale].locale, in: inHelsinki });
}
