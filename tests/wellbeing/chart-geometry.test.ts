import { describe, expect, it } from "vitest";
import { chartGeometry, DEFAULT_BOX, MARKER_LIMIT, niceStep } from "@/app/[locale]/(portal)/wellbeing/chart-geometry";

const at = (iso: string) => new Date(`${iso}T08:00:00Z`);
const box = DEFAULT_BOX;
const plotBottom = box.height - box.bottom;

describe("measurement chart geometry", () => {
  it("round steps", () => {
    expect(niceStep(10, 4)).toBe(5);
    expect(niceStep(1.3, 4)).toBe(0.5);
    expect(niceStep(230, 4)).toBe(100);
  });

  it("time runs left to right over the plot, values bottom to top within the ticks", () => {
    const g = chartGeometry(
      [
        { at: at("2026-01-01"), values: [70] },
        { at: at("2026-02-01"), values: [75] },
        { at: at("2026-03-01"), values: [72] },
      ],
      1,
    );
    const [a, b, c] = g.series[0]!.points;
    expect(a!.x).toBe(box.left);
    expect(c!.x).toBe(box.width - box.right);
    expect(a!.x < b!.x && b!.x < c!.x).toBe(true);
    expect(b!.y).toBeLessThan(c!.y); // 75 is higher up than 72
    const ys = g.yTicks.map((t) => t.value);
    expect(Math.min(...ys)).toBeLessThanOrEqual(70);
    expect(Math.max(...ys)).toBeGreaterThanOrEqual(75);
    for (const p of g.series[0]!.points) expect(p.y >= box.top && p.y <= plotBottom).toBe(true);
    expect(g.series[0]!.path.startsWith(`M${a!.x} ${a!.y} L`)).toBe(true);
  });

  it("a single point or equal values still get a range; blood pressure has two series", () => {
    const one = chartGeometry([{ at: at("2026-01-01"), values: [120, 80] }], 2);
    expect(one.series).toHaveLength(2);
    expect(one.series[0]!.points[0]!.x).toBe(box.left + (box.width - box.left - box.right) / 2);
    expect(one.series[0]!.points[0]!.y).toBeLessThan(one.series[1]!.points[0]!.y);
    const flat = chartGeometry(
      [
        { at: at("2026-01-01"), values: [70] },
        { at: at("2026-01-02"), values: [70] },
      ],
      1,
    );
    expect(flat.yTicks.length).toBeGreaterThan(1);
    for (const p of flat.series[0]!.points) expect(Number.isFinite(p.y)).toBe(true);
  });

  it("V-WB-1: points get markers while they can be told apart; a dense series is drawn as a line", () => {
    const series = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ at: new Date(Date.UTC(2026, 0, 1 + i)), values: [70 + (i % 3)] }));
    expect(chartGeometry(series(MARKER_LIMIT), 1).markers).toBe(true);
    const dense = chartGeometry(series(MARKER_LIMIT + 1), 1);
    expect(dense.markers).toBe(false);
    // The line still goes through every point.
    expect(dense.series[0]!.points).toHaveLength(MARKER_LIMIT + 1);
    expect(dense.series[0]!.path.split("L")).toHaveLength(MARKER_LIMIT + 1);
  });
});
