// Calendar helpers. Ages and validity days are decided on the Europe/Helsinki calendar date, never
// on the server's time zone: a child turns 18 on their birthday at Helsinki midnight. The arithmetic
// is date-fns on TZDate values (@date-fns/tz), so the process's TZ never enters it: instants meet
// the calendar in the Europe/Helsinki zone (helsinkiDate, helsinkiMidnight), and calendar dates are
// added to and compared as days of a zone without offsets (UTC). Doing the day arithmetic in the
// Helsinki zone itself would go wrong before 1921, when Helsinki's offset was +1:39:49: TZDate
// keeps offsets in whole minutes, which moves a midnight of that era to the day before.
//
// Two kinds of Date appear in the data:
// - instants (DateTime columns: now, recordedAt, prescribedAt, revokedAt): read on the Helsinki
//   calendar with helsinkiDate();
// - calendar dates (@db.Date columns: birthDate, validFrom, validUntil): Prisma returns them as
//   UTC midnight, so they are read by their UTC components with dateOnly().
import {
  addDays as addDaysTo,
  addMonths as addMonthsTo,
  addYears,
  differenceInYears,
  format,
  isLeapYear,
  isValid,
  parse,
} from "date-fns";
import { TZDate, tz } from "@date-fns/tz";

export type CalendarDate = { year: number; month: number; day: number }; // month 1-12

const HELSINKI = "Europe/Helsinki";
const CALENDAR = "UTC"; // calendar dates as days: no offsets, no daylight saving time

/** The calendar date a zoned date shows (a TZDate's getters read its own zone). */
function calendarOf(zoned: TZDate): CalendarDate {
  return { year: zoned.getFullYear(), month: zoned.getMonth() + 1, day: zoned.getDate() };
}

/** A calendar date as a zoned date for date-fns' day, month and year arithmetic. */
function asDay(d: CalendarDate): TZDate {
  return new TZDate(d.year, d.month - 1, d.day, CALENDAR);
}

/** The Helsinki calendar date of an instant. */
export function helsinkiDate(instant: Date): CalendarDate {
  return calendarOf(new TZDate(instant.getTime(), HELSINKI));
}

/** The calendar date of a date-only value (UTC midnight as Prisma returns @db.Date). */
export function dateOnly(date: Date): CalendarDate {
  return calendarOf(new TZDate(date.getTime(), CALENDAR));
}

/** Sortable number YYYYMMDD. */
export function dayKey(d: CalendarDate): number {
  return d.year * 10000 + d.month * 100 + d.day;
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return dayKey(a) - dayKey(b);
}

/** Adds calendar months; a day that does not exist in the target month is clamped to its last day. */
export function addMonths(d: CalendarDate, months: number): CalendarDate {
  return calendarOf(addMonthsTo(asDay(d), months));
}

export function addDays(d: CalendarDate, days: number): CalendarDate {
  return calendarOf(addDaysTo(asDay(d), days));
}

/**
 * The date a person born on `birth` reaches `years` years. Someone born on 29 February reaches
 * the age on 1 March in common years (the day after 28 February), as whole-year age counting
 * does in Finland; date-fns' addYears would clamp to 28 February.
 */
export function anniversary(birth: CalendarDate, years: number): CalendarDate {
  const day = addYears(asDay(birth), years);
  const leapling = birth.month === 2 && birth.day === 29;
  return calendarOf(leapling && !isLeapYear(day) ? addDaysTo(day, 1) : day);
}

/**
 * Whole years of age on a calendar date. date-fns compares the month and day within a leap year,
 * so a 29 February birthday is not yet reached on 28 February: consistent with anniversary().
 */
export function ageOnDate(birth: CalendarDate, on: CalendarDate): number {
  return differenceInYears(asDay(on), asDay(birth));
}

/** Whole years of age at an instant, on the Helsinki calendar. birthDate is a date-only value. */
export function ageAt(birthDate: Date, instant: Date): number {
  return ageOnDate(dateOnly(birthDate), helsinkiDate(instant));
}

/** The instant of Helsinki midnight at the start of a calendar date. */
export function helsinkiMidnight(d: CalendarDate): Date {
  // Daylight saving time changes at 03:00/04:00 in Helsinki, so every day has its midnight.
  return new Date(new TZDate(d.year, d.month - 1, d.day, HELSINKI).getTime());
}

/** The instant a person born on birthDate (date-only) turns `years` old: Helsinki midnight. */
export function birthdayInstant(birthDate: Date, years: number): Date {
  return helsinkiMidnight(anniversary(dateOnly(birthDate), years));
}

export const ADULT_AGE = 18;

/** A validity period of date-only values, both ends inclusive; a null end means open. */
export function withinDatePeriod(from: Date, until: Date | null, now: Date): "before" | "within" | "after" {
  const today = dayKey(helsinkiDate(now));
  if (today < dayKey(dateOnly(from))) return "before";
  if (until !== null && today > dayKey(dateOnly(until))) return "after";
  return "within";
}

const ISO_DAY = "yyyy-MM-dd";

/** Parses YYYY-MM-DD (as a date field sends it) into a real calendar date (no 31 February), or null. */
export function parseIsoDate(value: string): CalendarDate | null {
  // date-fns alone would also take one-digit months and days; a date field never sends them. Years
  // before 1000 are refused: Date would read a two-digit year as 19xx.
  if (!/^[1-9]\d{3}-\d{2}-\d{2}$/.test(value)) return null;
  const parsed = parse(value, ISO_DAY, new TZDate(0, CALENDAR), { in: tz(CALENDAR) });
  return isValid(parsed) ? calendarOf(new TZDate(parsed.getTime(), CALENDAR)) : null;
}

/** A calendar date as YYYY-MM-DD (a date field's value). */
export function formatIsoDate(d: CalendarDate): string {
  return format(asDay(d), ISO_DAY);
}

/** The Helsinki calendar date of an instant as YYYY-MM-DD. */
export function isoDay(instant: Date): string {
  return format(instant, ISO_DAY, { in: tz(HELSINKI) });
}
