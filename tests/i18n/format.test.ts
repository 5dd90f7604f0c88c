import { describe, expect, it } from "vitest";
import { formatCalendarDay, formatDate, formatDateTime } from "@/i18n/format";

// Runs in Helsinki time ("unit") and in UTC ("unit-utc"): the output must be the same in both.
describe("dates per locale, in Finnish time whatever the process's zone", () => {
  it("Finnish and Swedish write d.M.yyyy, English spells the month (British English)", () => {
    const at = "2026-11-05T07:07:00Z"; // 9.07 in Helsinki (UTC+2)
    expect(formatDate(at, "fi")).toBe("5.11.2026");
    expect(formatDate(at, "sv")).toBe("5.11.2026");
    expect(formatDate(at, "en")).toBe("5 Nov 2026");
    expect(formatDateTime(at, "fi")).toBe("5.11.2026 klo 9.07");
    expect(formatDateTime(at, "sv")).toBe("5.11.2026 kl. 9.07");
    expect(formatDateTime(at, "en")).toBe("5 Nov 2026, 09:07");
  });

  it("an instant late in the UTC evening is already the next day in Helsinki", () => {
    expect(formatDate("2026-09-30T21:30:00Z", "fi")).toBe("1.10.2026"); // UTC+3
    expect(formatDateTime("2026-09-30T21:30:00Z", "fi")).toBe("1.10.2026 klo 0.30");
    expect(formatDate("2026-12-31T21:59:59Z", "en")).toBe("31 Dec 2026"); // UTC+2
    expect(formatDate("2026-12-31T22:00:00Z", "en")).toBe("1 Jan 2027");
  });

  it("across the daylight saving time switches", () => {
    expect(formatDateTime("2026-03-29T00:59:00Z", "fi")).toBe("29.3.2026 klo 2.59");
    expect(formatDateTime("2026-03-29T01:00:00Z", "fi")).toBe("29.3.2026 klo 4.00");
    expect(formatDateTime("2026-10-25T00:30:00Z", "sv")).toBe("25.10.2026 kl. 3.30");
    expect(formatDateTime("2026-10-25T01:30:00Z", "sv")).toBe("25.10.2026 kl. 3.30");
  });

  it("a date-only value (birth date) keeps its own day", () => {
    const birth = new Date("1968-03-14T00:00:00Z");
    expect(formatCalendarDay(birth, "fi")).toBe("14.3.1968");
    expect(formatCalendarDay(birth, "sv")).toBe("14.3.1968");
    expect(formatCalendarDay(birth, "en")).toBe("14 Mar 1968");
    expect(formatCalendarDay(new Date("2008-02-29T00:00:00Z"), "fi")).toBe("29.2.2008");
  });
});
