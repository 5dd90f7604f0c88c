// Browsing own measurements (V-WB-1): the wellbeing page's short tables, the history page's URL,
// and where the delete confirmation goes back to.
import { describe, expect, it } from "vitest";
import { kindFromSlug, kindSlug, latestTableRows, MEASUREMENT_KINDS } from "@/domain/measurements";
import { returnTarget, wellbeingReturnPath } from "@/app/[locale]/(portal)/wellbeing/return-path";

describe("V-WB-1: the wellbeing page's table of each kind", () => {
  it("V-WB-1: shows the latest rows, newest first, and links to the history when there are more", () => {
    const oldestFirst = [1, 2, 3, 4, 5, 6, 7];
    expect(latestTableRows(oldestFirst, false, 5)).toEqual({ rows: [7, 6, 5, 4, 3], hasHistory: true });
    expect(latestTableRows([1, 2, 3], false, 5)).toEqual({ rows: [3, 2, 1], hasHistory: false });
    expect(latestTableRows([1, 2, 3, 4, 5], false, 5)).toEqual({ rows: [5, 4, 3, 2, 1], hasHistory: false });
    // More stored than the chart loaded: the history has them even if the table is not full.
    expect(latestTableRows([1, 2], true, 5).hasHistory).toBe(true);
  });

  it("V-WB-1: does not reorder the rows it was given", () => {
    const rows = [1, 2, 3];
    latestTableRows(rows, false, 2);
    expect(rows).toEqual([1, 2, 3]);
  });
});

describe("V-WB-1: a kind's history URL", () => {
  it("V-WB-1: every kind has a slug that leads back to it, and nothing else does", () => {
    for (const kind of MEASUREMENT_KINDS) expect(kindFromSlug(kindSlug(kind))).toBe(kind);
    expect(kindSlug("BLOOD_PRESSURE")).toBe("blood-pressure");
    for (const bad of ["", "BLOOD_PRESSURE", "blood_pressure", "weight/../x", "Weight", "apps"])
      expect(kindFromSlug(bad)).toBeNull();
  });
});

describe("V-WB-1: after deleting, the user is back where the delete link was", () => {
  it("V-WB-1: the history page and its page number, or the wellbeing page", () => {
    expect(wellbeingReturnPath("fi", returnTarget("weight", "3"), "deleted=1")).toBe(
      "/fi/wellbeing/history/weight?page=3&deleted=1",
    );
    expect(wellbeingReturnPath("sv", returnTarget("blood-pressure", "1"))).toBe(
      "/sv/wellbeing/history/blood-pressure",
    );
    expect(wellbeingReturnPath("sv", returnTarget("pulse", null))).toBe("/sv/wellbeing/history/pulse");
    expect(wellbeingReturnPath("en", returnTarget(null, null), "deleted=1")).toBe("/en/wellbeing?deleted=1");
    expect(wellbeingReturnPath("fi", returnTarget(undefined, undefined))).toBe("/fi/wellbeing");
  });

  it("V-WB-1: an unknown target or a bad page number never leaves the wellbeing pages", () => {
    expect(returnTarget("https://evil.example", "2")).toBeNull();
    expect(returnTarget("//evil.example", null)).toBeNull();
    expect(returnTarget(["weight", "pulse"], "2")).toBeNull();
    expect(returnTarget("weight", "2&x=1")).toEqual({ slug: "weight", page: 1 });
    expect(returnTarget("weight", "-4")).toEqual({ slug: "weight", page: 1 });
    expect(returnTarget("weight", "0")).toEqual({ slug: "weight", page: 1 });
    expect(returnTarget("weight", "99999")).toEqual({ slug: "weight", page: 1 });
    expect(wellbeingReturnPath("fi", returnTarget("https://evil.example", "2"), "deleted=1")).toBe(
      "/fi/wellbeing?deleted=1",
    );
  });
});
