// The marks of a chart, drawn at (0, 0). The plot and the legend draw the same component, so the
// legend always shows the mark the reader sees in the chart.

export type MarkShape = "circle" | "square";
export type SeriesStyle = { stroke: string; dash?: string; mark: MarkShape };

/** Series are told apart by line style and mark shape as well as colour (WCAG 1.4.1). */
export const SERIES_STYLES: readonly SeriesStyle[] = [
  { stroke: "#0a3f75", mark: "circle" },
  { stroke: "#a34700", dash: "6 4", mark: "square" },
];
/** A flagged point (a lab result outside its reference range). */
export const FLAGGED_STYLE = { fill: "#a4000f", stroke: "#1b1b1b", mark: "square" as MarkShape };
export const BAND_STYLE = { fill: "#dcefe0", stroke: "#1b5e20", dash: "4 3" };

export function Mark({ shape, fill, stroke }: { shape: MarkShape; fill: string; stroke?: string }) {
  return shape === "circle" ? (
    <circle r="4.5" fill={fill} stroke={stroke} />
  ) : (
    <rect x="-4.5" y="-4.5" width="9" height="9" fill={fill} stroke={stroke} />
  );
}
