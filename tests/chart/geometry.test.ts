// The one chart of lab results and own measurements: x ticks on whole days, months and years of the
// Helsinki calendar that fit a phone, y ranges that neither exaggerate nor flatten, markers only
// while a series is sparse.
import { describe, expect, it } from "vitest";
import {
  CHAR_WIDTH,
  LABEL_SLACK,
  MARKER_LIMIT,
  MAX_Y_TICKS,
  MIN_PLOT_WIDTH,
  PATH_WIDTH,
  chartLayout,
  timeDomain,
  timeTicks,
  valueRange,
  type TickLabeler,
  type XTick,
} from "@/components/chart/geometry";
import { LAB_Y_RULE, MEASUREMENT_Y_RULES } from "@/components/chart/y-rules";
import { formatAxisDate } from "@/i18n/format";
import type { Locale } from "@/i18n/settings";

const labeler =
  (locale: Locale): TickLabeler =>
  (at, unit, withYear) => {
    if (unit === "year") return [formatAxisDate(at, locale, "year")];
    const first = formatAxisDate(at, locale, unit === "day" ? "dayMonth" : "month");
    return withYear ? [first, formatAxisDate(at, locale, "year")] : [first];
  };
const fi = labeler("fi");
const DAY = 86_400_000;
const helsinki = (d: Date) =>
  new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Helsinki",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(d);

/** Left and right edge of each label on the narrowest plot, as the chart anchors them. */
function extents(ticks: XTick[], width = MIN_PLOT_WIDTH) {
  return ticks.map((t) => {
    const w = Math.max(...t.lines.map((l) => l.length)) * CHAR_WIDTH;
    const cx = t.x * width;
    const left = t.anchor === "start" ? cx : t.anchor === "end" ? cx - w : cx - w / 2;
    return { left, right: left + w };
  });
}

function expectLabelsFit(ticks: XTick[]) {
  const boxes = extents(ticks);
  for (const b of boxes) {
    expect(b.left).toBeGreaterThanOrEqual(-LABEL_SLACK.left);
    expect(b.right).toBeLessThanOrEqual(MIN_PLOT_WIDTH + LABEL_SLACK.right);
  }
  for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.left).toBeGreaterThan(boxes[i - 1]!.right);
}

function ticksOf(from: string, to: string, label = fi) {
  const [a, b] = timeDomain([new Date(from), new Date(to)]);
  return timeTicks(a, b, label);
}

describe("x ticks on the Helsinki calendar", () => {
  it("one point: three days around it, the point in the middle, day ticks at Helsinki noon", () => {
    const at = new Date("2026-03-14T08:30:00Z"); // 10.30 in Helsinki
    const [from, to] = timeDomain([at]);
    expect((at.getTime() - from.getTime()) / (to.getTime() - from.getTime())).toBeCloseTo(0.5);
    const { unit, ticks } = timeTicks(from, to, fi);
    expect(unit).toBe("day");
    expect(ticks.map((t) => helsinki(t.at))).toEqual([
      "2026-03-13, 12:00",
      "2026-03-14, 12:00",
      "2026-03-15, 12:00",
    ]);
    expect(ticks[0]!.lines).toEqual(["13.3.", "2026"]);
    expect(ticks[1]!.lines).toEqual(["14.3."]);
    // The point's own day is the label nearest to it.
    expect(ticks[1]!.x).toBeCloseTo(0.5, 1);
    expectLabelsFit(ticks);
  });

  it("two years of weekly measurements: ticks on the first of a month, the year where it changes", () => {
    const { unit, ticks } = ticksOf("2024-12-12T05:00:00Z", "2026-10-19T05:00:00Z");
    expect(unit).toBe("month");
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    for (const t of ticks) expect(helsinki(t.at)).toMatch(/^\d{4}-(01|04|07|10)-01, 00:00$/);
    // Winter and summer time: midnight in Helsinki is 22:00 or 21:00 UTC the day before.
    expect(ticks.map((t) => t.at.toISOString())).toContain("2025-06-30T21:00:00.000Z");
    expect(ticks.map((t) => t.at.toISOString())).toContain("2025-12-31T22:00:00.000Z");
    const withYear = ticks.filter((t) => t.lines.length === 2).map((t) => t.lines[1]);
    expect(withYear).toEqual(["2025", "2026"]);
    expectLabelsFit(ticks);
  });

  it("ten years of data: whole years, as many as fit a phone", () => {
    const { unit, ticks } = ticksOf("2016-11-02T08:00:00Z", "2026-11-02T08:00:00Z");
    expect(unit).toBe("year");
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    expect(ticks.length).toBeLessThanOrEqual(6);
    for (const t of ticks) expect(helsinki(t.at)).toMatch(/^\d{4}-01-01, 00:00$/);
    const years = ticks.map((t) => Number(t.lines[0]));
    const steps = new Set(years.slice(1).map((y, i) => y - years[i]!));
    expect(steps.size).toBe(1); // evenly spaced
    expectLabelsFit(ticks);
  });

  it("a fortnight: days; the labels of every locale fit side by side", () => {
    for (const locale of ["fi", "sv", "en"] as const) {
      const { unit, ticks } = ticksOf("2026-03-02T06:00:00Z", "2026-03-16T18:00:00Z", labeler(locale));
      expect(unit).toBe("day");
      expect(ticks.length).toBeGreaterThanOrEqual(3);
      expectLabelsFit(ticks);
    }
  });

  it("x is the share of the period, 0 at its start and 1 at its end", () => {
    const [from, to] = timeDomain([new Date("2025-01-01"), new Date("2026-01-01")]);
    const { ticks } = timeTicks(from, to, fi);
    for (const t of ticks) {
      expect(t.x).toBeGreaterThanOrEqual(0);
      expect(t.x).toBeLessThanOrEqual(1);
      expect(t.x).toBeCloseTo((t.at.getTime() - from.getTime()) / (to.getTime() - from.getTime()), 3);
    }
  });
});

describe("y range", () => {
  const span = (d: [number, number]) => d[1] - d[0];
  const share = (v: number, d: [number, number]) => (v - d[0]) / span(d);

  it("one point: a range around it, the point inside, not on the frame", () => {
    const { domain, ticks } = valueRange([5.4], null, LAB_Y_RULE);
    expect(share(5.4, domain)).toBeGreaterThan(0.1);
    expect(share(5.4, domain)).toBeLessThan(0.9);
    expect(ticks.length).toBeGreaterThanOrEqual(2);
  });

  it("a flat height is a flat line in the middle", () => {
    const { domain } = valueRange([165, 165], null, MEASUREMENT_Y_RULES.HEIGHT);
    expect(span(domain)).toBeGreaterThanOrEqual(40);
    expect(share(165, domain)).toBeCloseTo(0.5, 1);
  });

  it("weight is never zoomed to a window of a kilo or two", () => {
    const { domain } = valueRange([79.2, 79.6, 80.1], null, MEASUREMENT_Y_RULES.WEIGHT);
    expect(span(domain)).toBeGreaterThanOrEqual(20);
    expect(domain[0]).toBeLessThanOrEqual(79.2);
    expect(domain[1]).toBeGreaterThanOrEqual(80.1);
  });

  it("a pulse of 66–72 is drawn against 40–120; a pulse of 150 widens it", () => {
    expect(valueRange([66, 72, 69], null, MEASUREMENT_Y_RULES.PULSE).domain).toEqual([40, 120]);
    const fast = valueRange([66, 150], null, MEASUREMENT_Y_RULES.PULSE).domain;
    expect(fast[0]).toBe(40);
    expect(fast[1]).toBeGreaterThan(150);
  });

  it("a blood pressure pair: systolic and diastolic on one scale from 40 to 200, wider for a crisis", () => {
    expect(valueRange([142, 136, 88, 84], null, MEASUREMENT_Y_RULES.BLOOD_PRESSURE).domain).toEqual([
      40, 200,
    ]);
    const crisis = valueRange([232, 128], null, MEASUREMENT_Y_RULES.BLOOD_PRESSURE).domain;
    expect(crisis[0]).toBeLessThanOrEqual(40);
    expect(crisis[1]).toBeGreaterThan(232);
  });

  it("values outside the reference range: the band and every value fit, with room around them", () => {
    const { domain } = valueRange([48, 58, 54], { low: 20, high: 42 }, LAB_Y_RULE);
    expect(domain[0]).toBeLessThan(20);
    expect(domain[1]).toBeGreaterThan(58);
    const low = valueRange([2.1, 2.4], { low: 4, high: 6 }, LAB_Y_RULE).domain;
    expect(low[0]).toBeLessThan(2.1);
    expect(low[1]).toBeGreaterThan(6);
  });

  it("zero-aware: padding never goes below zero for positive values; negative values keep their room", () => {
    expect(valueRange([1, 2.5], { low: null, high: 10 }, LAB_Y_RULE).domain[0]).toBe(0);
    // An upper limit alone ("< 3,0") is a band from zero, even when the values are near the limit.
    expect(valueRange([2.4, 2.9], { low: null, high: 3 }, LAB_Y_RULE).domain[0]).toBe(0);
    expect(valueRange([0.3, 0.4], null, LAB_Y_RULE).domain[0]).toBeGreaterThanOrEqual(0);
    expect(valueRange([-3, 2], { low: -2, high: 2 }, LAB_Y_RULE).domain[0]).toBeLessThan(-3);
  });

  it("round ticks, no more than fit the plot's height", () => {
    for (const height of [120, 160, 200]) {
      const { domain, ticks } = valueRange([17, 61], null, LAB_Y_RULE, height);
      expect(ticks.length).toBeLessThanOrEqual(Math.min(MAX_Y_TICKS, Math.floor(height / 20) + 1));
      expect(ticks[0]).toBe(domain[0]);
      expect(ticks.at(-1)).toBe(domain[1]);
      const steps = new Set(ticks.slice(1).map((t, i) => Number((t - ticks[i]!).toPrecision(6))));
      expect(steps.size).toBe(1);
    }
  });
});

describe("chart layout", () => {
  const at = (iso: string) => new Date(`${iso}T08:00:00Z`);

  it("a blood pressure pair: two lines, systolic above diastolic, every point inside the plot", () => {
    const rows = [
      { at: at("2026-01-01"), sys: 142, dia: 88 },
      { at: at("2026-02-01"), sys: 150, dia: 92 },
      { at: at("2026-03-01"), sys: 136, dia: 84 },
    ];
    const l = chartLayout({
      series: [
        { points: rows.map((r) => ({ at: r.at, value: r.sys })) },
        { points: rows.map((r) => ({ at: r.at, value: r.dia })) },
      ],
      yRule: MEASUREMENT_Y_RULES.BLOOD_PRESSURE,
      label: fi,
    });
    expect(l.series).toHaveLength(2);
    const [sys, dia] = l.series;
    sys!.points.forEach((p, i) => expect(p.y).toBeLessThan(dia!.points[i]!.y));
    for (const s of l.series) {
      for (const p of s.points) {
        expect(p.x).toBeGreaterThan(0);
        expect(p.x).toBeLessThan(1);
        expect(p.y).toBeGreaterThanOrEqual(l.plot.top);
        expect(p.y).toBeLessThanOrEqual(l.plot.bottom);
      }
      expect(
        s.path.startsWith(`M${Math.round(s.points[0]!.x * PATH_WIDTH * 10) / 10} ${s.points[0]!.y} L`),
      ).toBe(true);
    }
    expect(l.y.ticks[0]!.y).toBe(l.plot.bottom);
    expect(l.y.ticks.at(-1)!.y).toBe(l.plot.top);
  });

  it("the reference band covers its limits; an upper limit alone reaches down to the axis", () => {
    const points = [
      { at: at("2025-01-01"), value: 2.4, flagged: false },
      { at: at("2026-01-01"), value: 3.4, flagged: true },
    ];
    const both = chartLayout({ series: [{ points }], band: { low: 1, high: 3 }, label: fi });
    const y = (v: number) => {
      const [d0, d1] = both.y.domain;
      return both.plot.top + ((d1 - v) / (d1 - d0)) * (both.plot.bottom - both.plot.top);
    };
    expect(both.band!.top).toBeCloseTo(y(3), 0);
    expect(both.band!.bottom).toBeCloseTo(y(1), 0);
    expect(both.series[0]!.points.map((p) => p.flagged)).toEqual([false, true]);
    const upper = chartLayout({ series: [{ points }], band: { low: null, high: 3 }, label: fi });
    expect(upper.band!.bottom).toBe(upper.plot.bottom);
    expect(chartLayout({ series: [{ points }], band: { low: null, high: null }, label: fi }).band).toBeNull();
  });

  it("V-WB-1: markers while the points can be told apart; a dense series is a line through every point", () => {
    const series = (n: number) => [
      {
        points: Array.from({ length: n }, (_, i) => ({
          at: new Date(Date.UTC(2026, 0, 1 + i)),
          value: 70 + (i % 3),
        })),
      },
    ];
    expect(chartLayout({ series: series(MARKER_LIMIT), label: fi }).markers).toBe(true);
    const dense = chartLayout({ series: series(MARKER_LIMIT + 1), label: fi });
    expect(dense.markers).toBe(false);
    expect(dense.series[0]!.points).toHaveLength(MARKER_LIMIT + 1);
    expect(dense.series[0]!.path.split("L")).toHaveLength(MARKER_LIMIT + 1);
  });

  it("points are drawn in time order whatever order they come in", () => {
    const l = chartLayout({
      series: [
        {
          points: [
            { at: at("2026-03-01"), value: 3 },
            { at: at("2026-01-01"), value: 1 },
          ],
        },
      ],
      label: fi,
    });
    expect(l.series[0]!.points.map((p) => p.value)).toEqual([1, 3]);
    expect(l.x.ticks.length).toBeGreaterThanOrEqual(2);
    expect(l.x.to.getTime() - l.x.from.getTime()).toBeGreaterThan(59 * DAY);
  });
});
