// Dates for the seed. Data dates are relative to a reference "today" so that "the last 12 months",
// "expiring within two months" and "lapsed after 8 days" hold whenever the seed runs; birth dates
// are fixed. Times of day are kept between 06:00 and 15:00 UTC so that the calendar date is the
// same in UTC and in Europe/Helsinki (ages and date filters never depend on the time zone).

const DAY_MS = 86_400_000;

export function isoDate(ymd: string): Date {
  return new Date(`${ymd}T00:00:00.000Z`);
}

export function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * DAY_MS);
}

export function addMonths(d: Date, months: number): Date {
  const r = new Date(d.getTime());
  const day = r.getUTCDate();
  r.setUTCDate(1);
  r.setUTCMonth(r.getUTCMonth() + months);
  const last = new Date(Date.UTC(r.getUTCFullYear(), r.getUTCMonth() + 1, 0)).getUTCDate();
  r.setUTCDate(Math.min(day, last));
  return r;
}

export function addYears(d: Date, years: number): Date {
  return addMonths(d, years * 12);
}

export function atTime(d: Date, hour: number, minute = 0): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), hour, minute));
}

/** Whole years of age on the (UTC) calendar date of `at`. */
export function ageAt(birthDate: Date, at: Date): number {
  let age = at.getUTCFullYear() - birthDate.getUTCFullYear();
  const beforeBirthday =
    at.getUTCMonth() < birthDate.getUTCMonth() ||
    (at.getUTCMonth() === birthDate.getUTCMonth() && at.getUTCDate() < birthDate.getUTCDate());
  if (beforeBirthday) age -= 1;
  return age;
}

export function ymd(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** The seed's reference clock. */
export class SeedClock {
  /** Midnight UTC of the reference day. */
  readonly today: Date;
  constructor(readonly now: Date) {
    this.today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  }

  daysAgo(days: number, hour = 8, minute = 0): Date {
    return atTime(addDays(this.today, -days), hour, minute);
  }

  daysAhead(days: number, hour = 8, minute = 0): Date {
    return atTime(addDays(this.today, days), hour, minute);
  }

  monthsAgo(months: number, hour = 8, minute = 0): Date {
    return atTime(addMonths(this.today, -months), hour, minute);
  }

  monthsAhead(months: number, hour = 8, minute = 0): Date {
    return atTime(addMonths(this.today, months), hour, minute);
  }

  yearsAgo(years: number, hour = 8, minute = 0): Date {
    return atTime(addYears(this.today, -years), hour, minute);
  }

  /** Midnight UTC of the day `days` from today (for @db.Date columns). */
  date(days: number): Date {
    return addDays(this.today, days);
  }

  /**
   * A moment when the person was between minAge and maxAge (inclusive, whole years), as close to
   * `preferred` as possible, never in the future. Used for the children's age-dependent rows.
   */
  atAge(birthDate: Date, minAge: number, maxAge: number, preferred: Date): Date {
    const earliest = addDays(addYears(birthDate, minAge), 15);
    const latestByAge = addDays(addYears(birthDate, maxAge + 1), -15);
    const latestByClock = addDays(this.today, -1);
    const latest = latestByAge < latestByClock ? latestByAge : latestByClock;
    let t = preferred;
    if (t < earliest) t = earliest;
    if (t > latest) t = latest;
    return atTime(t, preferred.getUTCHours(), preferred.getUTCMinutes());
  }
}
