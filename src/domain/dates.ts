// Calendar helpers. Ages and validity days are decided on the Europe/Helsinki calendar date, never
// on the server's time zone: a child turns 18 on their birthday at Helsinki midnight.
//
// Two kinds of Date appear in the data:
// - instants (DateTime columns: now, recordedAt, prescribedAt, revokedAt): read on the Helsinki
//   calendar with helsinkiDate();
// - calendar dates (@db.Date columns: birthDate, validFrom, validUntil): Prisma returns them as
//   UTC midnight, so they are read by their UTC components with dateOnly().

export type CalendarDate = { year: number; month: number; day: number }; // month 1-12

const HELSINKI = "Europe/Helsinki";
const partsFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: HELSINKI,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

function helsinkiParts(instant: Date): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of partsFormat.formatToParts(instant)) {
    if (p.type !== "literal") out[p.type] = Number(p.value);
  }
  return out;
}

/** The Helsinki calendar date of an instant. */
export function helsinkiDate(instant: Date): CalendarDate {
  const p = helsinkiParts(instant);
  return { year: p.year!, month: p.month!, day: p.day! };
}

/** The calendar date of a date-only value (UTC midnight as Prisma returns @db.Date). */
export function dateOnly(date: Date): CalendarDate {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Sortable number YYYYMMDD. */
export function dayKey(d: CalendarDate): number {
  return d.year * 10000 + d.month * 100 + d.day;
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return dayKey(a) - dayKey(b);
}

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Adds calendar months; a day that does not exist in the target month is clamped to its last day. */
export function addMonths(d: CalendarDate, months: number): CalendarDate {
  const total = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

export function addDays(d: CalendarDate, days: number): CalendarDate {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return dateOnly(t);
}

/**
 * The date a person born on `birth` reaches `years` years. Someone born on 29 February reaches
 * the age on 1 March in common years (the day after 28 February), as whole-year age counting
 * does in Finland.
 */
export function anniversary(birth: CalendarDate, years: number): CalendarDate {
  const year = birth.year + years;
  if (birth.month === 2 && birth.day === 29 && !isLeapYear(year)) return { year, month: 3, day: 1 };
  return { year, month: birth.month, day: birth.day };
}

/** Whole years of age on a calendar date. Consistent with anniversary(). */
export function ageOnDate(birth: CalendarDate, on: CalendarDate): number {
  let age = on.year - birth.year;
  if (compareDates(on, anniversary(birth, age)) < 0) age -= 1;
  return age;
}

/** Whole years of age at an instant, on the Helsinki calendar. birthDate is a date-only value. */
export function ageAt(birthDate: Date, instant: Date): number {
  return ageOnDate(dateOnly(birthDate), helsinkiDate(instant));
}

/** Minutes Helsinki is ahead of UTC at an instant (120 or 180). */
function helsinkiOffsetMinutes(instant: Date): number {
  const p = helsinkiParts(instant);
  const asUtc = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
}

/** The instant of Helsinki midnight at the start of a calendar date. */
export function helsinkiMidnight(d: CalendarDate): Date {
  const utcMidnight = Date.UTC(d.year, d.month - 1, d.day);
  let guess = utcMidnight - helsinkiOffsetMinutes(new Date(utcMidnight)) * 60000;
  // DST switches at 03:00/04:00 local, never at midnight, so one correction settles it.
  guess = utcMidnight - helsinkiOffsetMinutes(new Date(guess)) * 60000;
  return new Date(guess);
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
