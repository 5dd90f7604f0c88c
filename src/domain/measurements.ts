// Own wellbeing measurements (V-WB-1): physiological bounds, so a typo (180 kg for 18.0 mmol/l)
// is refused with a clear message instead of being stored. Bounds are inclusive.

export const MEASUREMENT_KINDS = ["HEIGHT", "WEIGHT", "PULSE", "BLOOD_PRESSURE", "BLOOD_SUGAR"] as const;
export type MeasurementKind = (typeof MEASUREMENT_KINDS)[number];

export type Range = { min: number; max: number };

export const MEASUREMENT_BOUNDS = {
  HEIGHT: { unit: "cm", value: { min: 30, max: 250 } },
  WEIGHT: { unit: "kg", value: { min: 1, max: 400 } },
  PULSE: { unit: "/min", value: { min: 20, max: 250 } },
  // value = systolic, value2 = diastolic (as in the Measurement model)
  BLOOD_PRESSURE: { unit: "mmHg", value: { min: 50, max: 300 }, value2: { min: 20, max: 200 } },
  BLOOD_SUGAR: { unit: "mmol/l", value: { min: 0.5, max: 50 } },
} as const satisfies Record<MeasurementKind, { unit: string; value: Range; value2?: Range }>;

export type MeasurementInput = {
  kind: MeasurementKind;
  value: number;
  value2?: number | null;
  measuredAt: Date;
};

export type MeasurementProblem =
  | { field: "kind"; code: "unknownKind" }
  | { field: "value" | "value2"; code: "notANumber" | "required" | "notAllowed" }
  | { field: "value" | "value2"; code: "outOfRange"; min: number; max: number; unit: string }
  | { field: "value"; code: "systolicNotAboveDiastolic" }
  | { field: "measuredAt"; code: "invalidDate" | "inFuture" };

const inRange = (x: number, r: Range) => x >= r.min && x <= r.max;

/** All problems with a measurement; an empty list means it may be saved. */
export function validateMeasurement(m: MeasurementInput, now: Date): MeasurementProblem[] {
  const problems: MeasurementProblem[] = [];
  if (!(MEASUREMENT_KINDS as readonly string[]).includes(m.kind))
    return [{ field: "kind", code: "unknownKind" }];
  const bounds = MEASUREMENT_BOUNDS[m.kind];
  const check = (field: "value" | "value2", x: number | null | undefined, r: Range | undefined) => {
    if (r === undefined) {
      if (x !== undefined && x !== null) problems.push({ field, code: "notAllowed" });
      return;
    }
    if (x === undefined || x === null) problems.push({ field, code: "required" });
    else if (typeof x !== "number" || !Number.isFinite(x)) problems.push({ field, code: "notANumber" });
    else if (!inRange(x, r))
      problems.push({ field, code: "outOfRange", min: r.min, max: r.max, unit: bounds.unit });
  };
  check("value", m.value, bounds.value);
  check("value2", m.value2, "value2" in bounds ? bounds.value2 : undefined);
  if (m.kind === "BLOOD_PRESSURE" && problems.length === 0 && !(m.value > (m.value2 as number))) {
    problems.push({ field: "value", code: "systolicNotAboveDiastolic" });
  }
  // Decision: compared as instants; a measurement cannot have been taken after this moment.
  if (!(m.measuredAt instanceof Date) || Number.isNaN(m.measuredAt.getTime())) {
    problems.push({ field: "measuredAt", code: "invalidDate" });
  } else if (m.measuredAt.getTime() > now.getTime()) {
    problems.push({ field: "measuredAt", code: "inFuture" });
  }
  return problems;
}

export function isValidMeasurement(m: MeasurementInput, now: Date): boolean {
  return validateMeasurement(m, now).length === 0;
}

// Browsing (V-WB-1). The wellbeing page shows each kind's chart with its latest rows; every saved
// value can be browsed, page by page, on the kind's own history page.

/** Points of each kind's chart on the wellbeing page: the latest ones. */
export const MEASUREMENT_CHART_POINTS = 50;
/** Rows of each kind's table on the wellbeing page; the rest are on the kind's history page. */
export const MEASUREMENT_TABLE_ROWS = 5;
/** Rows per page on a kind's history page. */
export const MEASUREMENT_HISTORY_PAGE_SIZE = 50;

/** The URL segment of a kind ("blood-pressure"), and back; an unknown segment gives null. */
export function kindSlug(kind: MeasurementKind): string {
  return kind.toLowerCase().replace(/_/g, "-");
}

export function kindFromSlug(slug: string): MeasurementKind | null {
  return MEASUREMENT_KINDS.find((k) => kindSlug(k) === slug) ?? null;
}

/** The wellbeing page's table for one kind: the latest rows, newest first, and whether there are more. */
export function latestTableRows<T>(rowsOldestFirst: readonly T[], moreStored: boolean, n = MEASUREMENT_TABLE_ROWS) {
  const rows = rowsOldestFirst.slice(-n).reverse();
  return { rows, hasHistory: moreStored || rowsOldestFirst.length > n };
}
