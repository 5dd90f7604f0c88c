import { formatDate, formatNumber } from "@/i18n/format";
import type { Locale } from "@/i18n/settings";
import { chartGeometry, type ChartPoint } from "./chart-geometry";

type Props = {
  id: string;
  locale: Locale;
  points: ChartPoint[];
  /** One label per series (blood pressure has two: systolic and diastolic). */
  seriesLabels: string[];
  /** Short accessible name of the picture, e.g. "Weight (kg) over time". */
  title: string;
  /** What the picture shows in words; the table next to it has every value. */
  description: string;
  caption: string;
};

// Series are told apart by line style (and marker shape, where markers are drawn) as well as colour
// (WCAG 1.4.1).
const STYLES = [
  { stroke: "#0a3f75", dash: undefined, marker: "circle" },
  { stroke: "#a34700", dash: "6 4", marker: "square" },
] as const;

/** A line chart as inline SVG, rendered on the server; the figure's caption points to the table. */
export function MeasurementChart({ id, locale, points, seriesLabels, title, description, caption }: Props) {
  const g = chartGeometry(points, seriesLabels.length);
  const { box } = g;
  const bottom = box.height - box.bottom;
  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${box.width} ${box.height}`}
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
        width="100%"
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {g.yTicks.map((tick) => (
          <g key={tick.value}>
            <line x1={box.left} x2={box.width - box.right} y1={tick.y} y2={tick.y} stroke="#c8c8c8" />
            <text data-axis="y" x={box.left - 6} y={tick.y + 4} textAnchor="end" fontSize="12" fill="#1b1b1b">
              {formatNumber(tick.value, locale)}
            </text>
          </g>
        ))}
        <line x1={box.left} x2={box.left} y1={box.top} y2={bottom} stroke="#4a4a4a" />
        <line x1={box.left} x2={box.width - box.right} y1={bottom} y2={bottom} stroke="#4a4a4a" />
        <text data-axis="x" x={box.left} y={box.height - 12} fontSize="12" fill="#1b1b1b">
          {formatDate(g.xRange.from, locale)}
        </text>
        <text data-axis="x" x={box.width - box.right} y={box.height - 12} textAnchor="end" fontSize="12" fill="#1b1b1b">
          {formatDate(g.xRange.to, locale)}
        </text>
        {g.series.map((s, i) => {
          const style = STYLES[i % STYLES.length]!;
          return (
            <g key={i} stroke={style.stroke} fill={style.stroke}>
              <path d={s.path} fill="none" strokeWidth="2" strokeDasharray={style.dash} />
              {g.markers &&
                s.points.map((p, j) =>
                  style.marker === "circle" ? (
                    <circle key={j} data-chart-mark="circle" cx={p.x} cy={p.y} r="4" />
                  ) : (
                    <rect key={j} data-chart-mark="square" x={p.x - 4} y={p.y - 4} width="8" height="8" />
                  ),
                )}
            </g>
          );
        })}
      </svg>
      <figcaption>
        {caption}
        {seriesLabels.length > 1 ? (
          <span className="chart-legend" data-chart-legend="">
            {seriesLabels.map((label, i) => (
              <span key={label}>
                {" "}
                <svg width="28" height="10" aria-hidden="true" focusable="false">
                  <line
                    x1="0"
                    x2="28"
                    y1="5"
                    y2="5"
                    stroke={STYLES[i % STYLES.length]!.stroke}
                    strokeWidth="2"
                    strokeDasharray={STYLES[i % STYLES.length]!.dash}
                  />
                </svg>{" "}
                {label}
              </span>
            ))}
          </span>
        ) : null}
      </figcaption>
    </figure>
  );
}
