import type { ReactNode } from "react";
import type { TFunction } from "i18next";
import type { Locale } from "@/i18n/settings";
import { formatDate, formatNumber } from "@/i18n/format";
import { chartScales, type Box } from "../_lib/chart-scale";
import styles from "./health.module.css";

const BOX: Box = { width: 640, height: 320, left: 64, right: 20, top: 16, bottom: 72 };
const INK = "#1b1b1b";
const LINE = "#0a3f75";

type Point = { at: Date; value: number; abnormal: boolean };

/**
 * One test's history as server-rendered SVG (no client script). The caption and the table passed as
 * children carry the same data as text, inside the same figure.
 */
export function LabChart(props: ChartProps & { caption: string; children?: ReactNode }) {
  return (
    <figure className={styles.chart} data-testid="lab-chart">
      {props.points.length > 0 ? <ChartSvg {...props} /> : null}
      {props.children}
      <figcaption>{props.caption}</figcaption>
    </figure>
  );
}

type ChartProps = {
  t: TFunction;
  locale: Locale;
  testName: string;
  unit: string | null;
  points: Point[];
  refLow: number | null;
  refHigh: number | null;
};

function ChartSvg(props: ChartProps) {
  const { t, locale, points, refLow, refHigh } = props;
  const s = chartScales(points, { low: refLow, high: refHigh }, BOX);
  const bottom = BOX.height - BOX.bottom;
  const right = BOX.width - BOX.right;
  const fmt = (v: number) => formatNumber(v, locale);
  const bandTop = s.y(refHigh ?? s.yMax);
  const bandBottom = s.y(refLow ?? s.yMin);
  const path = points.map((p) => `${s.x(p.at).toFixed(1)},${s.y(p.value).toFixed(1)}`).join(" ");
  const legendY = BOX.height - 18;
  return (
    <svg
      viewBox={`0 0 ${BOX.width} ${BOX.height}`}
      role="img"
      aria-labelledby="lab-chart-title"
      focusable="false"
    >
      <title id="lab-chart-title">{t("labChart.svgTitle", { test: props.testName, n: points.length })}</title>
      {refLow !== null || refHigh !== null ? (
        <rect
          x={BOX.left}
          y={bandTop}
          width={s.plotW}
          height={Math.max(0, bandBottom - bandTop)}
          fill="#dcefe0"
          stroke="#1b5e20"
          strokeDasharray="4 3"
        />
      ) : null}
      {s.ticks.map((v) => (
        <g key={v}>
          <line x1={BOX.left} x2={right} y1={s.y(v)} y2={s.y(v)} stroke="#c8c8c8" />
          <text data-axis="y" x={BOX.left - 8} y={s.y(v) + 4} textAnchor="end" fontSize="12" fill={INK}>
            {fmt(v)}
          </text>
        </g>
      ))}
      <line x1={BOX.left} x2={right} y1={bottom} y2={bottom} stroke={INK} />
      <line x1={BOX.left} x2={BOX.left} y1={BOX.top} y2={bottom} stroke={INK} />
      {s.xTicks().map((d, i, all) => (
        <text
          key={i}
          data-axis="x"
          x={s.x(d)}
          y={bottom + 18}
          textAnchor={
            all.length === 1 ? "middle" : i === 0 ? "start" : i === all.length - 1 ? "end" : "middle"
          }
          fontSize="12"
          fill={INK}
        >
          {formatDate(d, locale)}
        </text>
      ))}
      {props.unit ? (
        <text
          x={8}
          y={BOX.top + 4}
          fontSize="12"
          fill={INK}
          transform={`rotate(-90 8 ${BOX.top + 4})`}
          textAnchor="end"
        >
          {props.unit}
        </text>
      ) : null}
      <polyline points={path} fill="none" stroke={LINE} strokeWidth="2" />
      {points.map((p, i) =>
        p.abnormal ? (
          <rect
            key={i}
            data-chart-mark="square"
            x={s.x(p.at) - 5}
            y={s.y(p.value) - 5}
            width="10"
            height="10"
            fill="#a4000f"
            stroke={INK}
          />
        ) : (
          <circle key={i} data-chart-mark="circle" cx={s.x(p.at)} cy={s.y(p.value)} r="4.5" fill={LINE} />
        ),
      )}
      <g fontSize="12" fill={INK} data-chart-legend="">
        <circle data-chart-legend-mark="circle" cx={BOX.left + 6} cy={legendY - 4} r="4.5" fill={LINE} />
        <text x={BOX.left + 16} y={legendY}>
          {t("labChart.legendResult")}
        </text>
        <rect data-chart-legend-mark="square" x={BOX.left + 150} y={legendY - 9} width="10" height="10" fill="#a4000f" stroke={INK} />
        <text x={BOX.left + 166} y={legendY}>
          {t("labChart.legendAbnormal")}
        </text>
        <rect
          x={BOX.left + 330}
          y={legendY - 10}
          width="18"
          height="12"
          fill="#dcefe0"
          stroke="#1b5e20"
          strokeDasharray="4 3"
        />
        <text x={BOX.left + 354} y={legendY}>
          {t("labChart.legendReference")}
        </text>
      </g>
    </svg>
  );
}
