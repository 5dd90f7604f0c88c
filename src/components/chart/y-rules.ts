// Clinically sensible y axes for own measurements: the data alone would zoom a pulse of 66–72 into
// wild swings, or a weight change of 0.5 kg into a cliff. Each range widens as the data need.
import type { MeasurementKind } from "@/domain/measurements";
import type { YRule } from "./geometry";

export const MEASUREMENT_Y_RULES: Record<MeasurementKind, YRule> = {
  /** A constant height is a flat line in the middle, not a line across the frame. */
  HEIGHT: { minSpan: 40 },
  /** Never a window of a few kilos: 20 kg at least. */
  WEIGHT: { minSpan: 20 },
  /** Resting pulse against the usual adult range and beyond. */
  PULSE: { include: [40, 120] },
  /** Systolic and diastolic on one scale from hypotension to a hypertensive crisis. */
  BLOOD_PRESSURE: { include: [40, 200] },
  /** From zero to well above the fasting range (hypoglycaemia and high values both visible). */
  BLOOD_SUGAR: { include: [0, 10] },
};

/** Lab results: the data and the reference band decide, padded, never below zero for positive values. */
export const LAB_Y_RULE: YRule = {};
