// The lab chart's scales: every point and the reference range fall inside the drawing.
import { describe, expect, it } from "vitest";
import { chartScales, niceTicks } from "@/app/[locale]/(portal)/health/_lib/chart-scale";

const BOX = { width: 640, height: 320, left: 64, right: 20, top: 16, bottom: 72 };

describe("niceTicks", () => {
  it("covers the range with round steps", () => {
    expect(niceTicks(44, 58)).toEqual([40, 45, 50, 55, 60]);
    expect(niceTicks(0.5, 3.6)).toEqual([0, 1, 2, 3, 4]);
    const t = niceTicks(20, 58);
    expect(t[0]).toBeLessThanOrEqual(20);
    expect(t[t.length - 1]).toBeGreaterThanOrEqual(58);
  });

  it("widens a flat series instead of dividing by zero", () => {
    const t = niceTicks(5, 5);
    expect(t[0]).toBeLessThan(5);
    expect(t[t.length - 1]).toBeGreaterThan(5);
  });
});

describe("chartScales", () => {
  const points = [
    { at: new Date("2020-01-01"), value: 58 },
    { at: new Date("2023-01-01"), value: 49 },
    { at: new Date("2026-11-01"), value: 54 },
  ];

  it("maps every point and the reference limits inside the plot area", () => {
    const s = chartScales(points, { low: 20, high: 42 }, BOX);
    for (const p of points) {
      expect(s.x(p.at)).toBeGreaterThanOrEqual(BOX.left);
      expect(s.x(p.at)).toBeLessThanOrEqual(BOX.width - BOX.right);
    }
    for (const v of [20, 42, 58, 49]) {
      expect(s.y(v)).toBeGreaterThanOrEqual(BOX.top);
      expect(s.y(v)).toBeLessThanOrEqual(BOX.height - BOX.bottom);
    }
    expect(s.y(58)).toBeLessThan(s.y(49)); // higher values are drawn higher
  });

  it("centres a single result", () => {
    const s = chartScales([points[0]!], { low: null, high: null }, BOX);
    expect(s.x(points[0]!.at)).toBeCloseTo(BOX.left + (BOX.width - BOX.left - BOX.right) / 2);
    expect(s.xTicks()).toHaveLength(1);
  });
});
