// The GET filters of the health pages (V-HEALTH-9): default window, date search, bad input.
import { describe, expect, it } from "vitest";
import { defaultListWindow } from "@/domain/visibility";
import { parseDateRange, parsePage, withParam } from "@/app/[locale]/(portal)/health/_lib/search-params";

const NOW = new Date("2026-11-25T10:00:00Z");

describe("parseDateRange", () => {
  it("V-HEALTH-9: nothing asked gives the last 12 months", () => {
    const c = parseDateRange({}, NOW);
    expect(c.isDefault).toBe(true);
    expect(c.range).toEqual(defaultListWindow(NOW));
    expect(c.values).toEqual({ from: "2025-11-25", to: "2026-11-25", year: "" });
  });

  it("V-HEALTH-9: a date search covers whole Helsinki days, both ends included", () => {
    const c = parseDateRange({ from: "2020-01-01", to: "2020-06-30" }, NOW);
    expect(c.isDefault).toBe(false);
    expect(c.range.from?.toISOString()).toBe("2019-12-31T22:00:00.000Z");
    expect(c.range.to?.toISOString()).toBe("2020-06-30T20:59:59.999Z");
  });

  it("fields sent empty mean no limit, so the whole history can be searched", () => {
    expect(parseDateRange({ from: "", to: "" }, NOW)).toMatchObject({
      isDefault: false,
      range: { from: undefined, to: undefined },
    });
  });

  it("a year overrides the dates", () => {
    const c = parseDateRange({ year: "2021", from: "2000-01-01" }, NOW);
    expect(c.range.from?.toISOString()).toBe("2020-12-31T22:00:00.000Z");
    expect(c.range.to?.toISOString()).toBe("2021-12-31T21:59:59.999Z");
  });

  it("bad input falls back to the default window and says why", () => {
    expect(parseDateRange({ from: "2021-02-30" }, NOW)).toMatchObject({
      isDefault: true,
      error: "invalidDate",
    });
    expect(parseDateRange({ from: "yesterday" }, NOW)).toMatchObject({
      isDefault: true,
      error: "invalidDate",
    });
    expect(parseDateRange({ from: "2022-01-02", to: "2022-01-01" }, NOW)).toMatchObject({
      isDefault: true,
      error: "fromAfterTo",
    });
  });
});

describe("paging parameters", () => {
  it("accepts only sensible page numbers", () => {
    expect(parsePage({})).toBe(1);
    expect(parsePage({ page: "3" })).toBe(3);
    for (const page of ["0", "-1", "2.5", "abc", "99999999"]) expect(parsePage({ page })).toBe(1);
  });

  it("keeps the filter when changing the page", () => {
    expect(withParam({ from: "2020-01-01", organisation: "HUS-yhtymä", page: "2" }, "page", "3")).toBe(
      "?from=2020-01-01&organisation=HUS-yhtym%C3%A4&page=3",
    );
    expect(withParam({ page: "2" }, "page", null)).toBe("?");
  });
});
