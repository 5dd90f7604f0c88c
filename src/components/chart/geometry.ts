// Where everything of a time-series chart goes. Pure (no React), so tick choice and ranges are
// unit-tested. The chart is drawn without knowing its width (server-rendered, no script): x is a
// fraction of the plot's width (0..1, drawn as a percentage), y is in CSS pixels. Text therefore
// never scales with the picture; the x labels are chosen so that they fit the narrowest plot.
import { tzOffset } from "@date-fns/tz";
import { scaleLinear } from "d3-scale";
import { utcDay, utcMonday, utcMonth, utcYear, type TimeInterval } from "d3-time";

/** Markers up to this many points; beyond it they run into each other, and the line shows the trend. */
export const MARKER_LIMIT = 25;
/** The calendar the axis follows: a tick at "1 March" is midnight in Finland. */
export const CHART_TIME_ZONE = "Europe/Helsinki";
/** The plot's width on the narrowest screen designed for (a 320 px phone less margins and y labels). */
export const MIN_PLOT_WIDTH = 240;
/** Advance width of one character of axis text (13 px system sans; digits are about 7.2 px). */
export const CHAR_WIDTH = 7.5;
/** Least free space between two x labels, and between two y ticks. */
const LABEL_GAP = 12;
const MIN_Y_TICK_SPACING = 20;
/** More y ticks than this only clutter (40–200 in steps of 20 is nine). */
export const MAX_Y_TICKS = 9;
/** Space above the plot (for the unit) and below it (for the x labels, up to two lines). */
export const PLOT_TOP = 24;
export const PLOT_BOTTOM = 46;

const DAY_MS = 86_400_000;

export type ChartPoint = { at: Date; value: number; flagged?: boolean };
export type ChartSeries = { points: readonly ChartPoint[] };
export type Band = { low: number | null; high: number | null };

/**
 * How the y axis is chosen when the data alone would mislead. `include`: always show this range
 * (e.g. pulse 40–120), so small changes are not drawn as wild swings. `minSpan`: never zoom in
 * further than this (weight: 20 kg), so a flat series is a flat line in the middle. `floor`: the
 * padding does not go below it; by default 0 when nothing is negative (zero-aware).
 */
export type YRule = { include?: readonly [number, number]; minSpan?: number; floor?: number };

export type TickUnit = "day" | "month" | "year";
/** Lines of one x label; `withYear` is true on the first tick and where the year changes. */
export type TickLabeler = (at: Date, unit: TickUnit, withYear: boolean) => string[];
export type TextAnchor = "start" | "middle" | "end";
export type XTick = { at: Date; x: number; lines: string[]; anchor: TextAnchor };
export type YTick = { value: number; y: number };
export type PlacedPoint = { at: Date; value: number; flagged: boolean; x: number; y: number };
export type PlacedSeries = { points: PlacedPoint[]; path: string };

export type ChartLayout = {
  height: number;
  plot: { top: number; bottom: number };
  x: { from: Date; to: Date; unit: TickUnit | null; ticks: XTick[] };
  y: { domain: [number, number]; ticks: YTick[] };
  series: PlacedSeries[];
  band: { top: number; bottom: number } | null;
  markers: boolean;
};

/** Width of the box the line path is drawn in (scaled to the plot's width, strokes not scaled). */
export const PATH_WIDTH = 1000;

// ── Time: Helsinki calendar on d3's UTC intervals ────────────────────────────────────────────────
// d3-time's local intervals follow the server's zone. Shifting an instant by Helsinki's offset
// gives its wall-clock time "as if UTC"; UTC intervals over those give Helsinki midnights.

function wallClock(at: Date): Date {
  return new Date(at.getTime() + tzOffset(CHART_TIME_ZONE, at) * 60_000);
}

function fromWallClock(wall: Date): Date {
  const guess = new Date(wall.getTime() - tzOffset(CHART_TIME_ZONE, wall) * 60_000);
  return new Date(wall.getTime() - tzOffset(CHART_TIME_ZONE, guess) * 60_000);
}

/** `days`: the shortest the interval can be, to skip hopeless candidates without listing them. */
type Candidate = { unit: TickUnit; interval: TimeInterval; days: number };

/** From fine to coarse; the first whose labels fit is used. */
const CANDIDATES: Candidate[] = [
  { unit: "day", interval: utcDay, days: 1 },
  { unit: "day", interval: utcDay.every(2)!, days: 1 },
  { unit: "day", interval: utcMonday, days: 7 },
  { unit: "day", interval: utcMonday.every(2)!, days: 14 },
  { unit: "month", interval: utcMonth, days: 28 },
  { unit: "month", interval: utcMonth.every(2)!, days: 59 },
  { unit: "month", interval: utcMonth.every(3)!, days: 89 },
  { unit: "month", interval: utcMonth.every(6)!, days: 181 },
  ...[1, 2, 5, 10, 20, 50, 100].map((n) => ({
    unit: "year" as const,
    interval: utcYear.every(n)!,
    days: 365 * n,
  })),
];

/**
 * The period drawn: the data's, padded a little so the first and last marks are not on the frame.
 * A single day (one point, or several on one day) gets three days around it, the points centred.
 */
export function timeDomain(times: readonly Date[]): [Date, Date] {
  const ms = times.map((t) => t.getTime());
  const t0 = Math.min(...ms);
  const t1 = Math.max(...ms);
  if (!Number.isFinite(t0)) return [new Date(0), new Date(DAY_MS)];
  if (t1 - t0 < DAY_MS) {
    const mid = (t0 + t1) / 2;
    return [new Date(mid - 1.5 * DAY_MS), new Date(mid + 1.5 * DAY_MS)];
  }
  const pad = (t1 - t0) * 0.04;
  return [new Date(t0 - pad), new Date(t1 + pad)];
}

const labelWidth = (lines: readonly string[]) => Math.max(0, ...lines.map((l) => l.length)) * CHAR_WIDTH;

/**
 * How far an x label may reach past the plot: on the left into the empty corner below the y labels
 * (that column is at least Y_AXIS_MIN_WIDTH wide), on the right into the frame's padding.
 */
export const LABEL_SLACK = { left: 16, right: 8 };
export const Y_AXIS_MIN_WIDTH = 24;

/**
 * Places labels at the narrowest width: centred on their tick unless that would run off the plot
 * (beyond the slack), then aligned inwards. Null when two labels would come too close.
 */
function placeLabels(ticks: { x: number; lines: string[] }[], width: number): TextAnchor[] | null {
  const anchors: TextAnchor[] = [];
  let previousRight = -Infinity;
  for (const tick of ticks) {
    const w = labelWidth(tick.lines);
    const cx = tick.x * width;
    let anchor: TextAnchor = "middle";
    let left = cx - w / 2;
    if (left < -LABEL_SLACK.left) {
      anchor = "start";
      left = cx;
    } else if (cx + w / 2 > width + LABEL_SLACK.right) {
      anchor = "end";
      left = cx - w;
    }
    if (left - previousRight < LABEL_GAP) return null;
    previousRight = left + w;
    anchors.push(anchor);
  }
  return anchors;
}

/**
 * Ticks on whole days, weeks (Mondays), months or years of the Helsinki calendar: the finest
 * interval whose labels fit side by side on a plot `width` px wide. A month or year tick is the
 * midnight it begins; a day tick is its noon, so a day's measurements gather around its label.
 */
export function timeTicks(
  from: Date,
  to: Date,
  label: TickLabeler,
  width = MIN_PLOT_WIDTH,
): { unit: TickUnit | null; ticks: XTick[] } {
  const span = to.getTime() - from.getTime();
  const maxTicks = Math.floor(width / (4 * CHAR_WIDTH + LABEL_GAP)) + 1;
  for (const { unit, interval, days } of CANDIDATES) {
    if (span / (days * DAY_MS) > maxTicks + 1) continue;
    const shift = unit === "day" ? DAY_MS / 2 : 0;
    const walls = interval.range(
      new Date(wallClock(from).getTime() - shift),
      new Date(wallClock(to).getTime() - shift + 1),
    );
    if (walls.length > maxTicks) continue;
    const ticks = walls.map((wall, i) => {
      const at = fromWallClock(new Date(wall.getTime() + shift));
      const withYear =
        unit !== "year" && (i === 0 || walls[i - 1]!.getUTCFullYear() !== wall.getUTCFullYear());
      return { at, x: round4((at.getTime() - from.getTime()) / span), lines: label(at, unit, withYear) };
    });
    const anchors = placeLabels(ticks, width);
    if (anchors) return { unit, ticks: ticks.map((t, i) => ({ ...t, anchor: anchors[i]! })) };
  }
  return { unit: null, ticks: [] };
}

// ── Values ─────────────────────────────────────────────────────────────────────────────────────

/**
 * The y range: the data and the reference band, padded, widened to the rule's minimum span and
 * clinical range, never padded below the floor, then rounded outwards to round ticks (the tightest
 * round range, with as few ticks as give it; at most as many as fit `plotHeight` px).
 */
export function valueRange(
  values: readonly number[],
  band: Band | null,
  rule: YRule = {},
  plotHeight = 160,
): { domain: [number, number]; ticks: number[] } {
  const finite = (v: number | null | undefined): v is number => typeof v === "number" && Number.isFinite(v);
  // An upper limit alone ("< 3,0") is a range from zero for values that cannot be negative.
  const bandLow =
    band && band.low === null && finite(band.high) && band.high > 0 && values.every((v) => v >= 0)
      ? 0
      : band?.low;
  const known = [...values, bandLow, band?.high].filter(finite);
  const anchors = known.length ? known : [...(rule.include ?? [0, 1])];
  let lo = Math.min(...anchors);
  let hi = Math.max(...anchors);
  const floor = rule.floor ?? (lo >= 0 ? 0 : undefined);
  const minSpan = Math.max(rule.minSpan ?? 0, hi === lo ? Math.max(Math.abs(hi) * 0.2, 1) : 0);
  if (hi - lo < minSpan) {
    const mid = (lo + hi) / 2;
    lo = mid - minSpan / 2;
    hi = mid + minSpan / 2;
  }
  const pad = (hi - lo) * 0.08;
  lo -= pad;
  hi += pad;
  if (rule.include) {
    lo = Math.min(lo, rule.include[0]);
    hi = Math.max(hi, rule.include[1]);
  }
  if (floor !== undefined && lo < floor && Math.min(...anchors) >= floor) lo = floor;

  const maxTicks = Math.max(2, Math.min(MAX_Y_TICKS, Math.floor(plotHeight / MIN_Y_TICK_SPACING) + 1));
  let best: { domain: [number, number]; ticks: number[]; waste: number } | null = null;
  for (let count = 2; count <= 12; count++) {
    const scale = scaleLinear().domain([lo, hi]).nice(count);
    const [d0, d1] = scale.domain() as [number, number];
    const ticks = scale.ticks(count).map((t) => Number(t.toPrecision(12)));
    if (ticks.length > maxTicks || ticks.length < 2) continue;
    const waste = (d1 - d0) / (hi - lo);
    const better =
      !best ||
      waste < best.waste - 1e-9 ||
      (Math.abs(waste - best.waste) <= 1e-9 && ticks.length < best.ticks.length);
    if (better) best = { domain: [d0, d1], ticks, waste };
  }
  if (!best) return { domain: [lo, hi], ticks: [lo, hi] };
  return { domain: best.domain, ticks: best.ticks };
}

// ── The whole chart ────────────────────────────────────────────────────────────────────────────

export function chartLayout(input: {
  series: readonly ChartSeries[];
  band?: Band | null;
  yRule?: YRule;
  label: TickLabeler;
  plotHeight?: number;
}): ChartLayout {
  const plotHeight = input.plotHeight ?? 160;
  const top = PLOT_TOP;
  const bottom = PLOT_TOP + plotHeight;
  const all = input.series.flatMap((s) => s.points.filter((p) => Number.isFinite(p.value)));
  const band = input.band && (input.band.low !== null || input.band.high !== null) ? input.band : null;

  const [from, to] = timeDomain(all.map((p) => p.at));
  const span = to.getTime() - from.getTime();
  const xs = timeTicks(from, to, input.label);
  const range = valueRange(
    all.map((p) => p.value),
    band,
    input.yRule,
    plotHeight,
  );
  const [d0, d1] = range.domain;
  const y = (v: number) => round1(top + ((d1 - v) / (d1 - d0)) * plotHeight);
  const x = (at: Date) => round4((at.getTime() - from.getTime()) / span);

  const series = input.series.map((s) => {
    const points = [...s.points]
      .filter((p) => Number.isFinite(p.value))
      .sort((a, b) => a.at.getTime() - b.at.getTime())
      .map((p) => ({ at: p.at, value: p.value, flagged: p.flagged ?? false, x: x(p.at), y: y(p.value) }));
    const path = points.map((p, i) => `${i === 0 ? "M" : "L"}${round1(p.x * PATH_WIDTH)} ${p.y}`).join(" ");
    return { points, path };
  });
  const times = new Set(all.map((p) => p.at.getTime()));
  return {
    height: bottom + PLOT_BOTTOM,
    plot: { top, bottom },
    x: { from, to, unit: xs.unit, ticks: xs.ticks },
    y: { domain: range.domain, ticks: range.ticks.map((value) => ({ value, y: y(value) })) },
    series,
    band: band ? { top: y(band.high ?? d1), bottom: y(band.low ?? d0) } : null,
    markers: times.size <= MARKER_LIMIT,
  };
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

function round4(n: number): number {
  return Math.round(n * 10_000) / 10_000;
}
