import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  MEASUREMENT_BOUNDS,
  isValidMeasurement,
  validateMeasurement,
  type MeasurementKind,
} from "@/domain/measurements";

const NOW = new Date("2026-11-25T10:00:00.000Z");
const past = new Date("2026-11-25T09:00:00.000Z");
const one = (kind: MeasurementKind, value: number, value2?: number | null, measuredAt = past) =>
  validateMeasurement({ kind, value, value2, measuredAt }, NOW);

describe("V-WB-1 measurement bounds", () => {
  it.each([
    ["HEIGHT", 30, 250],
    ["WEIGHT", 1, 400],
    ["PULSE", 20, 250],
    ["BLOOD_SUGAR", 0.5, 50],
  ] as const)("V-WB-1: %s accepts %d..%d inclusive and refuses values outside", (kind, min, max) => {
    expect(one(kind, min)).toEqual([]);
    expect(one(kind, max)).toEqual([]);
    const unit = MEASUREMENT_BOUNDS[kind].unit;
    expect(one(kind, min - 0.01)).toEqual([{ field: "value", code: "outOfRange", min, max, unit }]);
    expect(one(kind, max + 0.01)).toEqual([{ field: "value", code: "outOfRange", min, max, unit }]);
    expect(one(kind, Number.NaN)).toEqual([{ field: "value", code: "notANumber" }]);
    expect(one(kind, Infinity)).toEqual([{ field: "value", code: "notANumber" }]);
    expect(one(kind, min, 80)).toEqual([{ field: "value2", code: "notAllowed" }]);
  });
  it("V-WB-1: blood pressure needs systolic 50-300 above diastolic 20-200", () => {
    expect(one("BLOOD_PRESSURE", 120, 80)).toEqual([]);
    expect(one("BLOOD_PRESSURE", 300, 200)).toEqual([]);
    expect(one("BLOOD_PRESSURE", 50, 20)).toEqual([]);
    expect(one("BLOOD_PRESSURE", 120)).toEqual([{ field: "value2", code: "required" }]);
    expect(one("BLOOD_PRESSURE", 120, null)).toEqual([{ field: "value2", code: "required" }]);
    expect(one("BLOOD_PRESSURE", 49, 30)).toMatchObject([{ field: "value", code: "outOfRange" }]);
    expect(one("BLOOD_PRESSURE", 120, 201)).toMatchObject([{ field: "value2", code: "outOfRange" }]);
    expect(one("BLOOD_PRESSURE", 80, 80)).toEqual([{ field: "value", code: "systolicNotAboveDiastolic" }]);
    expect(one("BLOOD_PRESSURE", 80, 120)).toEqual([{ field: "value", code: "systolicNotAboveDiastolic" }]);
  });
  it("V-WB-1: the measurement time cannot be in the future", () => {
    expect(one("PULSE", 60, undefined, NOW)).toEqual([]);
    expect(one("PULSE", 60, undefined, new Date(NOW.getTime() + 1))).toEqual([
      { field: "measuredAt", code: "inFuture" },
    ]);
    expect(one("PULSE", 60, undefined, new Date("nope"))).toEqual([
      { field: "measuredAt", code: "invalidDate" },
    ]);
  });
  it("V-WB-1: unknown kinds are refused", () => {
    expect(one("TEMPERATURE" as MeasurementKind, 37)).toEqual([{ field: "kind", code: "unknownKind" }]);
  });
  it("V-WB-1: valid exactly when every value is in its bounds (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("HEIGHT", "WEIGHT", "PULSE", "BLOOD_SUGAR") as fc.Arbitrary<"HEIGHT">,
        fc.double({ min: -10, max: 500, noNaN: true }),
        (kind, value) => {
          const b = MEASUREMENT_BOUNDS[kind].value;
          expect(isValidMeasurement({ kind, value, measuredAt: past }, NOW)).toBe(
            value >= b.min && value <= b.max,
          );
        },
      ),
    );
  });
});
