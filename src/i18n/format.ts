// Dates and numbers per locale. Display is always in Finnish time, whatever the server's zone.
// Intl formatters are costly to build, so one per locale and style is kept for the process.
import { INTL_LOCALE, type Locale } from "./settings";

const TIME_ZONE = "Europe/Helsinki";
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function dateFormat(locale: Locale, withTime: boolean): Intl.DateTimeFormat {
  const key = `${locale}:${withTime}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      dateStyle: "medium",
      ...(withTime ? { timeStyle: "short" } : {}),
      timeZone: TIME_ZONE,
    });
    dateFormats.set(key, format);
  }
  return format;
}

export function formatDate(value: Date | string, locale: Locale): string {
  return dateFormat(locale, false).format(new Date(value));
}

export function formatDateTime(value: Date | string, locale: Locale): string {
  return dateFormat(locale, true).format(new Date(value));
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
const AXIS_DATE_PARTS: Record<AxisDatePart, Intl.DateTimeFormatOptions> = {
  dayMonth: { day: "numeric", month: "short" },
  month: { month: "short" },
  year: { year: "numeric" },
};

/** A short date for a chart's time axis ("14.3.", "maalis", "2025"; "14 mars", "Mar"), in Finnish time. */
export function formatAxisDate(value: Date, locale: Locale, part: AxisDatePart): string {
  const key = `${locale}:axis:${part}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[locale], { ...AXIS_DATE_PARTS[part], timeZone: TIME_ZONE });
    dateFormats.set(key, format);
  }
  return format.format(value);
}
