import type { MeasurementKind } from "@/domain/measurements";
import type { Locale } from "@/i18n/settings";
import { TimeSeriesChart } from "@/components/chart/time-series-chart";
import { MEASUREMENT_Y_RULES } from "@/components/chart/y-rules";

type Props = {
  id: string;
  locale: Locale;
  kind: MeasurementKind;
  unit: string;
  /** Oldest first; blood pressure has two values (systolic, diastolic). */
  points: { at: Date; values: readonly (number | null)[] }[];
  /** One label per series (blood pressure has two: systolic and diastolic). */
  seriesLabels: string[];
  /** Short accessible name of the picture, e.g. "Weight (kg) over time". */
  title: string;
  /** What the picture shows in words; the table next to it has every value. */
  description: string;
  caption: string;
};

/** A measurement kind's chart, on the y axis its clinically sensible range. */
export function MeasurementChart({
  id,
  locale,
  kind,
  unit,
  points,
  seriesLabels,
  title,
  description,
  caption,
}: Props) {
  return (
    <TimeSeriesChart
      id={id}
      locale={locale}
      title={title}
      description={description}
      unit={unit}
      series={seriesLabels.map((label, i) => ({
        label,
        points: points.flatMap((p) => {
          const value = p.values[i];
          return value === null || value === undefined ? [] : [{ at: p.at, value }];
        }),
      }))}
      yRule={MEASUREMENT_Y_RULES[kind]}
      caption={caption}
    />
  );
}
