import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  ageAt,
  anniversary,
  birthdayInstant,
  dateOnly,
  helsinkiDate,
  helsinkiMidnight,
  formatIsoDate,
  isoDay,
  parseIsoDate,
  withinDatePeriod,
} from "@/domain/dates";

const dateOnlyArb = fc.integer({ min: 0, max: 365 * 120 }).map((n) => new Date(Date.UTC(1920, 0, 1 + n)));
const instantArb = fc.date({
  min: new Date("1990-01-01T00:00:00Z"),
  max: new Date("2060-01-01T00:00:00Z"),
  noInvalidDate: true,
});

describe("Helsinki calendar", () => {
  it("runs in the zone its test project sets (Europe/Helsinki for unit, UTC for unit-utc)", () => {
    expect(["Europe/Helsinki", "UTC"]).toContain(process.env.TZ);
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(process.env.TZ);
  });

  it("reads instants on the Helsinki calendar, not UTC", () => {
    expect(helsinkiDate(new Date("2026-11-19T22:00:00Z"))).toEqual({ year: 2026, month: 11, day: 20 }); // UTC+2
    expect(helsinkiDate(new Date("2026-11-19T21:59:59.999Z"))).toEqual({ year: 2026, month: 11, day: 19 });
    expect(helsinkiDate(new Date("2026-06-30T21:00:00Z"))).toEqual({ year: 2026, month: 7, day: 1 }); // UTC+3
  });

  it("Helsinki midnight across the DST switches", () => {
    expect(helsinkiMidnight({ year: 2026, month: 1, day: 15 }).toISOString()).toBe(
      "2026-01-14T22:00:00.000Z",
    );
    expect(helsinkiMidnight({ year: 2026, month: 7, day: 15 }).toISOString()).toBe(
      "2026-07-14T21:00:00.000Z",
    );
    expect(helsinkiMidnight({ year: 2026, month: 3, day: 29 }).toISOString()).toBe(
      "2026-03-28T22:00:00.000Z",
    );
    expect(helsinkiMidnight({ year: 2026, month: 10, day: 25 }).toISOString()).toBe(
      "2026-10-24T21:00:00.000Z",
    );
  });

  it("helsinkiMidnight is the first instant of its Helsinki date (property)", () => {
    fc.assert(
      fc.property(instantArb, (t) => {
        const day = helsinkiDate(t);
        const m = helsinkiMidnight(day);
        expect(helsinkiDate(m)).toEqual(day);
        expect(helsinkiDate(new Date(m.getTime() - 1))).not.toEqual(day);
        expect(m.getTime()).toBeLessThanOrEqual(t.getTime());
      }),
    );
  });

  it("a person turns N at Helsinki midnight of the birthday; 29 February birthdays count on 1 March", () => {
    const birth = new Date("2008-11-20T00:00:00Z");
    expect(ageAt(birth, new Date("2026-11-19T21:59:59.999Z"))).toBe(17);
    expect(ageAt(birth, new Date("2026-11-19T22:00:00.000Z"))).toBe(18);
    expect(anniversary(dateOnly(new Date("2008-02-29T00:00:00Z")), 18)).toEqual({
      year: 2026,
      month: 3,
      day: 1,
    });
    expect(ageAt(new Date("2008-02-29T00:00:00Z"), new Date("2026-02-28T12:00:00Z"))).toBe(17);
    expect(ageAt(new Date("2008-02-29T00:00:00Z"), new Date("2026-03-01T12:00:00Z"))).toBe(18);
  });

  it("ageAt and birthdayInstant agree (property)", () => {
    fc.assert(
      fc.property(dateOnlyArb, instantArb, fc.integer({ min: 1, max: 100 }), (birth, t, n) => {
        expect(ageAt(birth, t) >= n).toBe(t.getTime() >= birthdayInstant(birth, n).getTime());
      }),
    );
  });

  it("addMonths clamps to the end of a shorter month", () => {
    expect(addMonths({ year: 2026, month: 8, day: 31 }, -30)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(addMonths({ year: 2026, month: 1, day: 31 }, 1)).toEqual({ year: 2026, month: 2, day: 28 });
    expect(addMonths({ year: 2026, month: 12, day: 5 }, 2)).toEqual({ year: 2027, month: 2, day: 5 });
  });

  it("date periods include both end days on the Helsinki calendar", () => {
    const from = new Date("2026-01-01T00:00:00Z");
    const until = new Date("2026-12-31T00:00:00Z");
    expect(withinDatePeriod(from, until, new Date("2025-12-31T21:59:59Z"))).toBe("before");
    expect(withinDatePeriod(from, until, new Date("2025-12-31T22:00:00Z"))).toBe("within");
    expect(withinDatePeriod(from, until, new Date("2026-12-31T21:59:59Z"))).toBe("within");
    expect(withinDatePeriod(from, until, new Date("2026-12-31T22:00:00Z"))).toBe("after");
    expect(withinDatePeriod(from, null, new Date("2099-01-01T00:00:00Z"))).toBe("within");
  });

  it("addDays counts calendar days across the daylight saving time switches and year ends", () => {
    expect(addDays({ year: 2026, month: 3, day: 28 }, 1)).toEqual({ year: 2026, month: 3, day: 29 });
    expect(addDays({ year: 2026, month: 10, day: 25 }, 1)).toEqual({ year: 2026, month: 10, day: 26 });
    expect(addDays({ year: 2026, month: 12, day: 31 }, 1)).toEqual({ year: 2027, month: 1, day: 1 });
    expect(addDays({ year: 2028, month: 3, day: 1 }, -1)).toEqual({ year: 2028, month: 2, day: 29 });
    // The day after the switch starts 23 h (spring) or 25 h (autumn) after the day before.
    const spring = helsinkiMidnight(addDays({ year: 2026, month: 3, day: 29 }, 1)).getTime();
    expect(spring - helsinkiMidnight({ year: 2026, month: 3, day: 29 }).getTime()).toBe(23 * 3600_000);
    const autumn = helsinkiMidnight(addDays({ year: 2026, month: 10, day: 25 }, 1)).getTime();
    expect(autumn - helsinkiMidnight({ year: 2026, month: 10, day: 25 }).getTime()).toBe(25 * 3600_000);
  });

  it("parses a date field's YYYY-MM-DD into a real calendar date and writes it back", () => {
    expect(parseIsoDate("2028-02-29")).toEqual({ year: 2028, month: 2, day: 29 });
    for (const bad of [
      "2026-02-29",
      "2026-02-31",
      "2026-13-01",
      "2026-00-10",
      "2026-1-5",
      "26-01-05",
      "0099-01-01",
      "",
      "2026-01-05T00:00",
    ])
      expect(parseIsoDate(bad)).toBeNull();
    expect(formatIsoDate({ year: 2026, month: 3, day: 5 })).toBe("2026-03-05");
    fc.assert(
      fc.property(dateOnlyArb, (d) => {
        const day = dateOnly(d);
        expect(parseIsoDate(formatIsoDate(day))).toEqual(day);
      }),
    );
  });

  it("isoDay gives an instant's Helsinki calendar date", () => {
    expect(isoDay(new Date("2026-11-19T21:59:59.999Z"))).toBe("2026-11-19");
    expect(isoDay(new Date("2026-11-19T22:00:00Z"))).toBe("2026-11-20");
    fc.assert(
      fc.property(instantArb, (t) => {
        expect(parseIsoDate(isoDay(t))).toEqual(helsinkiDate(t));
      }),
    );
  });
});
