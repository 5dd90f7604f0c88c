import type { ReactNode } from "react";
import { formatAxisDate, formatNumber } from "@/i18n/format";
import type { Locale } from "@/i18n/settings";
import {
  CHAR_WIDTH,
  PATH_WIDTH,
  Y_AXIS_MIN_WIDTH,
  chartLayout,
  type Band,
  type ChartPoint,
  type TickLabeler,
  type YRule,
} from "./geometry";
import { BAND_STYLE, FLAGGED_STYLE, Mark, SERIES_STYLES, type MarkShape, type SeriesStyle } from "./marks";
import styles from "./chart.module.css";

type Props = {
  /** Unique on the page: the ids of the picture's title and description. */
  id: string;
  locale: Locale;
  /** The picture's accessible name. */
  title: string;
  /** What the picture shows, in words. */
  description?: string;
  unit?: string | null;
  /** One line per series (blood pressure has two). */
  series: { label: string; points: readonly ChartPoint[] }[];
  /** Legend text of flagged points (lab results outside the reference range). */
  flaggedLabel?: string;
  band?: (Band & { label: string }) | null;
  yRule?: YRule;
  plotHeight?: number;
  /** The text summary; the figure's caption. */
  caption: string;
  testId?: string;
  /** Shown inside the figure before the caption (the data table). */
  children?: ReactNode;
};

const INK = "#1b1b1b";
const GRID = "#d6d6d6";
const pct = (x: number) => `${(x * 100).toFixed(2)}%`;

/**
 * A time-series line chart as server-rendered SVG (no client script). The SVG has no viewBox: its
 * units are CSS pixels, so text keeps its size at every width; horizontal positions are percentages
 * of the plot's width, and the line is drawn in a box stretched to that width with unscaled strokes.
 * The y labels sit in a column of their own beside the plot.
 */
export function TimeSeriesChart(props: Props) {
  const { id, locale, series, band } = props;
  const label: TickLabeler = (at, unit, withYear) => {
    if (unit === "year") return [formatAxisDate(at, locale, "year")];
    const first = formatAxisDate(at, locale, unit === "day" ? "dayMonth" : "month");
    return withYear ? [first, formatAxisDate(at, locale, "year")] : [first];
  };
  const layout = chartLayout({
    series,
    band,
    yRule: props.yRule,
    label,
    plotHeight: props.plotHeight,
  });
  const { height, plot } = layout;
  const yLabels = layout.y.ticks.map((t) => ({ ...t, text: formatNumber(t.value, locale) }));
  const yAxisWidth = Math.max(
    Y_AXIS_MIN_WIDTH,
    Math.ceil(Math.max(...yLabels.map((t) => t.text.length)) * CHAR_WIDTH) + 10,
  );
  const legend = legendItems(props, layout.markers, layout.series);

  return (
    <figure className={styles.figure} data-testid={props.testId}>
      <div className={styles.frame}>
        <svg aria-hidden="true" focusable="false" width={yAxisWidth} height={height} className={styles.svg}>
          {yLabels.map((t) => (
            <text
              key={t.value}
              data-axis="y"
              x={yAxisWidth - 6}
              y={t.y}
              dy="0.32em"
              textAnchor="end"
              fill={INK}
            >
              {t.text}
            </text>
          ))}
        </svg>
        <svg
          role="img"
          aria-labelledby={`${id}-title`}
          aria-describedby={props.description ? `${id}-desc` : undefined}
          focusable="false"
          width="100%"
          height={height}
          className={styles.svg}
        >
          <title id={`${id}-title`}>{props.title}</title>
          {props.description ? <desc id={`${id}-desc`}>{props.description}</desc> : null}
          {layout.band ? (
            <rect
              x="0"
              width="100%"
              y={layout.band.top}
              height={Math.max(0, layout.band.bottom - layout.band.top)}
              fill={BAND_STYLE.fill}
              stroke={BAND_STYLE.stroke}
              strokeDasharray={BAND_STYLE.dash}
            />
          ) : null}
          {layout.y.ticks.map((t) => (
            <line key={t.value} x1="0" x2="100%" y1={t.y} y2={t.y} stroke={GRID} />
          ))}
          {layout.x.ticks.map((t) => (
            <line
              key={t.at.getTime()}
              x1={pct(t.x)}
              x2={pct(t.x)}
              y1={plot.top}
              y2={plot.bottom + 5}
              stroke={GRID}
            />
          ))}
          <line x1="0" x2="0" y1={plot.top} y2={plot.bottom} stroke={INK} />
          <line x1="0" x2="100%" y1={plot.bottom} y2={plot.bottom} stroke={INK} />
          {props.unit ? (
            <text x="0" y="14" fill={INK}>
              {props.unit}
            </text>
          ) : null}
          {layout.x.ticks.map((t) => (
            <text
              key={t.at.getTime()}
              data-axis="x"
              x={pct(t.x)}
              y={plot.bottom + 19}
              textAnchor={t.anchor}
              fill={INK}
            >
              {t.lines.map((line, i) => (
                <tspan key={i} x={pct(t.x)} dy={i === 0 ? undefined : "1.2em"}>
                  {line}
                </tspan>
              ))}
            </text>
          ))}
          <svg
            x="0"
            y="0"
            width="100%"
            height={height}
            viewBox={`0 0 ${PATH_WIDTH} ${height}`}
            preserveAspectRatio="none"
            overflow="visible"
          >
            {layout.series.map((s, i) => {
              const style = seriesStyle(i);
              return (
                <path
                  key={i}
                  d={s.path}
                  fill="none"
                  stroke={style.stroke}
                  strokeWidth="2"
                  strokeDasharray={style.dash}
                  strokeLinejoin="round"
                  vectorEffect="non-scaling-stroke"
                />
              );
            })}
          </svg>
          {layout.markers
            ? layout.series.flatMap((s, i) =>
                s.points.map((p, j) => {
                  const mark = pointMark(seriesStyle(i), p.flagged);
                  return (
                    <svg
                      key={`${i}-${j}`}
                      x={pct(p.x)}
                      y={p.y}
                      overflow="visible"
                      data-chart-mark={mark.shape}
                    >
                      <Mark shape={mark.shape} fill={mark.fill} stroke={mark.stroke} />
                    </svg>
                  );
                }),
              )
            : null}
        </svg>
      </div>
      {legend.length > 1 ? (
        <ul className={styles.legend} data-chart-legend="">
          {legend.map((item) => (
            <li key={item.label}>
              <svg width="28" height="16" viewBox="-14 -8 28 16" aria-hidden="true" focusable="false">
                {item.band ? (
                  <rect
                    x="-12"
                    y="-6"
                    width="24"
                    height="12"
                    fill={BAND_STYLE.fill}
                    stroke={BAND_STYLE.stroke}
                    strokeDasharray={BAND_STYLE.dash}
                  />
                ) : null}
                {item.line ? (
                  <line
                    x1="-14"
                    x2="14"
                    y1="0"
                    y2="0"
                    stroke={item.line.stroke}
                    strokeWidth="2"
                    strokeDasharray={item.line.dash}
                  />
                ) : null}
                {item.mark ? (
                  <g data-chart-legend-mark={item.mark.shape}>
                    <Mark shape={item.mark.shape} fill={item.mark.fill} stroke={item.mark.stroke} />
                  </g>
                ) : null}
              </svg>
              {item.label}
            </li>
          ))}
        </ul>
      ) : null}
      {props.children}
      <figcaption>{props.caption}</figcaption>
    </figure>
  );
}

type MarkStyle = { shape: MarkShape; fill: string; stroke?: string };
type LegendItem = { label: string; line?: SeriesStyle; mark?: MarkStyle; band?: boolean };

function seriesStyle(i: number): SeriesStyle {
  return SERIES_STYLES[i % SERIES_STYLES.length]!;
}

function pointMark(style: SeriesStyle, flagged: boolean): MarkStyle {
  return flagged
    ? { shape: FLAGGED_STYLE.mark, fill: FLAGGED_STYLE.fill, stroke: FLAGGED_STYLE.stroke }
    : { shape: style.mark, fill: style.stroke };
}

/** One entry per series, flagged points and band, each with exactly the marks the plot draws. */
function legendItems(
  props: Props,
  markers: boolean,
  placed: { points: { flagged: boolean }[] }[],
): LegendItem[] {
  const items: LegendItem[] = props.series.map((s, i) => {
    const style = seriesStyle(i);
    const plain = markers && placed[i]!.points.some((p) => !p.flagged);
    return { label: s.label, line: style, mark: plain ? pointMark(style, false) : undefined };
  });
  const flagged = markers && placed.some((s) => s.points.some((p) => p.flagged));
  if (flagged && props.flaggedLabel)
    items.push({ label: props.flaggedLabel, mark: pointMark(seriesStyle(0), true) });
  if (props.band && (props.band.low !== null || props.band.high !== null))
    items.push({ label: props.band.label, band: true });
  return items;
}
