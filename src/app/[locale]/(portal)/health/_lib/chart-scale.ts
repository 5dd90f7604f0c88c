// Scale arithmetic of the lab chart, kept apart from the markup so it can be tested.

/** Round tick values (1, 2, 2.5, 5 × 10^n) covering [min, max] in about `count` steps. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [];
  if (min === max) {
    const pad = Math.abs(min) * 0.1 || 1;
    min -= pad;
    max += pad;
  }
  const rough = (max - min) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const first = Math.floor(min / step) * step;
  const ticks: number[] = [];
  for (let v = first; v <= max + step * 1e-9; v += step) ticks.push(Number(v.toPrecision(12)));
  if (ticks[ticks.length - 1]! < max) ticks.push(Number((ticks[ticks.length - 1]! + step).toPrecision(12)));
  return ticks;
}

export type ChartPoint = { at: Date; value: number };
export type Box = { width: number; height: number; left: number; right: number; top: number; bottom: number };

export function chartScales(
  points: ChartPoint[],
  ref: { low: number | null; high: number | null },
  box: Box,
) {
  const values = points.map((p) => p.value);
  for (const r of [ref.low, ref.high]) if (r !== null) values.push(r);
  const ticks = niceTicks(Math.min(...values), Math.max(...values));
  const yMin = ticks[0] ?? 0;
  const yMax = ticks[ticks.length - 1] ?? 1;
  const times = points.map((p) => p.at.getTime());
  const t0 = Math.min(...times);
  const t1 = Math.max(...times);
  const plotW = box.width - box.left - box.right;
  const plotH = box.height - box.top - box.bottom;
  const x = (at: Date) =>
    t1 === t0 ? box.left + plotW / 2 : box.left + ((at.getTime() - t0) / (t1 - t0)) * plotW;
  const y = (v: number) => box.top + ((yMax - v) / (yMax - yMin || 1)) * plotH;
  /** Up to `n` dates evenly spread over the period, for the x axis labels. */
  const xTicks = (n = 4): Date[] => {
    if (t1 === t0) return [new Date(t0)];
    return Array.from({ length: n + 1 }, (_, i) => new Date(t0 + ((t1 - t0) * i) / n));
  };
  return { x, y, ticks, yMin, yMax, xTicks, plotW, plotH };
}
