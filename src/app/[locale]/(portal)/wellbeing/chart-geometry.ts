// Where the points of a measurement chart go. Pure, so it can be tested without rendering.

export type ChartPoint = { at: Date; values: readonly (number | null)[] };
export type ChartBox = {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
};
export type PlacedSeries = { points: { x: number; y: number; value: number; at: Date }[]; path: string };
export type ChartGeometry = {
  box: ChartBox;
  series: PlacedSeries[];
  yTicks: { y: number; value: number }[];
  xRange: { from: Date; to: Date };
  /** Whether each point gets a marker (see MARKER_LIMIT). */
  markers: boolean;
};

/**
 * Markers up to this many points. Beyond it, markers on a 640-unit-wide chart run into each other
 * and only add weight to the page (each is an element); the line shows the trend, and the table and
 * the kind's history page list every value.
 */
export const MARKER_LIMIT = 25;

export const DEFAULT_BOX: ChartBox = { width: 640, height: 240, left: 56, right: 24, top: 16, bottom: 40 };

/** A round step (1, 2 or 5 times a power of ten) that splits the span into about `count` parts. */
export function niceStep(span: number, count: number): number {
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const m = raw / power;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * power;
}

/**
 * Places the points: time runs left to right over the measured period, values bottom to top over
 * round tick values that contain every value. A single point, or equal values, still get a range.
 */
export function chartGeometry(
  points: readonly ChartPoint[],
  seriesCount: number,
  box: ChartBox = DEFAULT_BOX,
): ChartGeometry {
  const times = points.map((p) => p.at.getTime());
  const values = points.flatMap((p) => p.values.filter((v): v is number => v !== null && Number.isFinite(v)));
  const tMin = Math.min(...times);
  const tMax = Math.max(...times);
  let vMin = values.length ? Math.min(...values) : 0;
  let vMax = values.length ? Math.max(...values) : 1;
  if (vMin === vMax) {
    const pad = Math.max(1, Math.abs(vMin) * 0.1);
    vMin -= pad;
    vMax += pad;
  }
  const step = niceStep(vMax - vMin, 4);
  const lo = Math.floor(vMin / step) * step;
  const hi = Math.ceil(vMax / step) * step;

  const plotW = box.width - box.left - box.right;
  const plotH = box.height - box.top - box.bottom;
  const x = (t: number) =>
    tMax === tMin ? box.left + plotW / 2 : box.left + ((t - tMin) / (tMax - tMin)) * plotW;
  const y = (v: number) => box.top + (1 - (v - lo) / (hi - lo)) * plotH;
  const round = (n: number) => Math.round(n * 10) / 10;

  const series: PlacedSeries[] = [];
  for (let s = 0; s < seriesCount; s++) {
    const placed = points.flatMap((p) => {
      const v = p.values[s];
      return v === null || v === undefined || !Number.isFinite(v)
        ? []
        : [{ x: round(x(p.at.getTime())), y: round(y(v)), value: v, at: p.at }];
    });
    series.push({
      points: placed,
      path: placed.map((p, i) => `${i === 0 ? "M" : "L"}${p.x} ${p.y}`).join(" "),
    });
  }
  const yTicks: { y: number; value: number }[] = [];
  for (let v = lo; v <= hi + step / 2; v += step)
    yTicks.push({ y: round(y(v)), value: Math.round(v * 1000) / 1000 });
  return {
    box,
    series,
    yTicks,
    xRange: { from: new Date(tMin), to: new Date(tMax) },
    markers: points.length <= MARKER_LIMIT,
  };
}
