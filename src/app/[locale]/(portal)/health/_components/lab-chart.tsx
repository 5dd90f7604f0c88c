import type { ReactNode } from "react";
import type { TFunction } from "i18next";
import type { Locale } from "@/i18n/settings";
import { TimeSeriesChart } from "@/components/chart/time-series-chart";
import { LAB_Y_RULE } from "@/components/chart/y-rules";

type Point = { at: Date; value: number; abnormal: boolean };

/**
 * One test's history as a chart with its reference band; results outside the range are marked
 * apart. The caption and the table passed as children carry the same data as text, in the figure.
 */
export function LabChart(props: {
  t: TFunction;
  locale: Locale;
  testName: string;
  unit: string | null;
  points: Point[];
  refLow: number | null;
  refHigh: number | null;
  caption: string;
  children?: ReactNode;
}) {
  const { t, points } = props;
  if (points.length === 0)
    return (
      <figure data-testid="lab-chart">
        {props.children}
        <figcaption>{props.caption}</figcaption>
      </figure>
    );
  return (
    <TimeSeriesChart
      id="lab-chart"
      testId="lab-chart"
      locale={props.locale}
      title={t("labChart.svgTitle", { test: props.testName, n: points.length })}
      unit={props.unit}
      series={[
        {
          label: t("labChart.legendResult"),
          points: points.map((p) => ({ at: p.at, value: p.value, flagged: p.abnormal })),
        },
      ]}
      flaggedLabel={t("labChart.legendAbnormal")}
      band={{ low: props.refLow, high: props.refHigh, label: t("labChart.legendReference") }}
      yRule={LAB_Y_RULE}
      plotHeight={200}
      caption={props.caption}
    >
      {props.children}
    </TimeSeriesChart>
  );
}
