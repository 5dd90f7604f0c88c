import { describe, expect, it } from "vitest";
import { parseSummaryParams, summaryQuery } from "@/app/[locale]/(portal)/prescriptions/print/summary-filter";
import { parseListParams } from "@/app/[locale]/(portal)/prescriptions/search-params";

describe("V-RX-3: summary limits from the query string", () => {
  it("V-RX-3: each limit is recognised; unknown ones fall back to all", () => {
    for (const kind of ["all", "renewalRequested", "expiringSoon", "medicineLeft"] as const) {
      expect(parseSummaryParams({ show: kind }).filter).toEqual({ kind });
    }
    expect(parseSummaryParams({ show: "everything" }).filter).toEqual({ kind: "all" });
  });

  it("V-RX-3: a date range covers whole Helsinki days, both ends included", () => {
    const p = parseSummaryParams({ show: "dateRange", from: "2026-01-01", to: "2026-06-30" });
    expect(p.filter).toEqual({
      kind: "dateRange",
      from: new Date("2025-12-31T22:00:00Z"),
      to: new Date("2026-06-30T20:59:59.999Z"),
    });
    expect(summaryQuery(p)).toBe("?show=dateRange&from=2026-01-01&to=2026-06-30");
  });

  it("V-RX-3: invalid dates are ignored", () => {
    const p = parseSummaryParams({ show: "dateRange", from: "2026-02-30", to: "tomorrow" });
    expect(p.filter).toEqual({ kind: "dateRange", from: undefined, to: undefined });
    expect(p.from).toBe("");
  });
});

describe("the list's query string", () => {
  it("defaults to valid prescriptions, newest first, page 1", () => {
    expect(parseListParams({})).toMatchObject({ filter: "valid", q: "", sort: "newest", page: 1 });
    expect(parseListParams({ filter: "nope", page: "-3", sort: "x" })).toMatchObject({
      filter: "valid",
      page: 1,
      sort: "newest",
    });
    expect(parseListParams({ filter: "expired", q: "  burana ", page: "2", sort: "oldest" })).toMatchObject({
      filter: "expired",
      q: "burana",
      page: 2,
      sort: "oldest",
    });
  });
});
