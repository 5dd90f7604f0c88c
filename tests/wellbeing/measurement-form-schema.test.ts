import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { MEASUREMENT_KINDS } from "@/domain/measurements";
import {
  boundsFor,
  helsinkiInstant,
  helsinkiWallClock,
  measurementFormSchema,
} from "@/app/[locale]/(portal)/wellbeing/measurement-form-schema";

const NOW = new Date("2026-11-25T10:00:00Z");
const input = (over: Record<string, unknown>) => ({
  locale: "fi",
  idempotencyKey: randomUUID(),
  kind: "WEIGHT",
  value: "70",
  value2: "",
  measuredDate: "2026-11-24",
  measuredTime: "07:45",
  ...over,
});
const parse = (over: Record<string, unknown>) => measurementFormSchema(NOW).safeParse(input(over));
const messages = (over: Record<string, unknown>) => {
  const r = parse(over);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("Finnish wall-clock time", () => {
  it("converts winter (UTC+2) and summer (UTC+3) times, and back", () => {
    expect(helsinkiInstant("2026-01-15", "08:30")?.toISOString()).toBe("2026-01-15T06:30:00.000Z");
    expect(helsinkiInstant("2026-07-01", "08:30")?.toISOString()).toBe("2026-07-01T05:30:00.000Z");
    expect(helsinkiInstant("2026-03-29", "02:30")?.toISOString()).toBe("2026-03-29T00:30:00.000Z"); // before the switch
    expect(helsinkiInstant("2026-03-29", "05:00")?.toISOString()).toBe("2026-03-29T02:00:00.000Z"); // after it
    expect(helsinkiWallClock(new Date("2026-07-01T05:30:00Z"))).toEqual({
      date: "2026-07-01",
      time: "08:30",
    });
    expect(helsinkiWallClock(new Date("2026-12-31T22:30:00Z"))).toEqual({
      date: "2027-01-01",
      time: "00:30",
    });
  });

  it("refuses dates and times that do not exist", () => {
    for (const [d, t] of [
      ["2026-02-29", "10:00"],
      ["2026-13-01", "10:00"],
      ["2026-1-1", "10:00"],
      ["2026-01-01", "24:00"],
      ["2026-01-01", "9:00"],
      ["", ""],
    ]) {
      expect(helsinkiInstant(d!, t!), `${d} ${t}`).toBeNull();
    }
    expect(helsinkiInstant("2028-02-29", "10:00")).not.toBeNull();
  });
});

describe("V-WB-1: the measurement form schema", () => {
  it("V-WB-1: accepts every kind at its bounds (inclusive) and refuses just outside them", () => {
    for (const kind of MEASUREMENT_KINDS) {
      const b = boundsFor(kind, "value")!;
      const b2 = boundsFor(kind, "value2");
      // A diastolic that keeps the systolic above it.
      const value2 = (v: number) => (b2 ? String(Math.min(b2.max, Math.max(b2.min, v - 10))) : "");
      expect(parse({ kind, value: String(b.max), value2: value2(b.max) }).success, `${kind} max`).toBe(true);
      if (kind !== "BLOOD_PRESSURE")
        expect(parse({ kind, value: String(b.min), value2: value2(b.min) }).success, `${kind} min`).toBe(
          true,
        );
      const step = Number.isInteger(b.max) ? 1 : 0.01;
      expect(
        messages({ kind, value: String(b.max + step), value2: value2(b.max) }).value,
        `${kind} max+`,
      ).toBe("form.errors.outOfRange");
      expect(
        messages({ kind, value: String(Math.max(0, b.min - step)), value2: value2(b.min) }).value,
        `${kind} min-`,
      ).toBe("form.errors.outOfRange");
    }
  });

  it("V-WB-1: takes a decimal comma or point, and returns the parsed measurement", () => {
    const r = parse({ kind: "BLOOD_SUGAR", value: "5,6" });
    expect(r.success && r.data).toEqual({
      locale: "fi",
      idempotencyKey: expect.any(String),
      kind: "BLOOD_SUGAR",
      value: 5.6,
      value2: null,
      measuredAt: new Date("2026-11-24T05:45:00Z"),
    });
    expect(parse({ kind: "BLOOD_SUGAR", value: " 5.6 " }).success).toBe(true);
  });

  it("V-WB-1: refuses wrong types, over-long text and markup with a message per field", () => {
    expect(messages({ value: "seventy" })).toEqual({ value: "form.errors.notANumber" });
    expect(messages({ value: 70 })).toEqual({ value: "form.errors.notANumber" });
    expect(messages({ value: "Infinity" })).toEqual({ value: "form.errors.notANumber" });
    expect(messages({ value: "NaN" })).toEqual({ value: "form.errors.notANumber" });
    expect(messages({ value: "-70" })).toEqual({ value: "form.errors.notANumber" });
    expect(messages({ value: "7".repeat(9) })).toEqual({ value: "form.errors.tooLong" });
    expect(messages({ value: "<i>7</i>" })).toEqual({ value: "form.errors.notANumber" });
    expect(messages({ kind: "weight" })).toEqual({ kind: "form.errors.unknownKind" });
    expect(messages({ measuredTime: "07:45:00" })).toEqual({ measuredTime: "form.errors.invalidTime" });
    expect(messages({ measuredDate: "1850-01-01" })).toEqual({ measuredDate: "form.errors.invalidDate" });
    expect(messages({ measuredDate: "2026-11-25", measuredTime: "12:01" })).toEqual({
      measuredDate: "form.errors.inFuture",
    });
    expect(messages({ idempotencyKey: "" })).toEqual({ idempotencyKey: "form.errors.reload" });
    expect(messages({ locale: "de" })).toEqual({ locale: "form.errors.invalid" });
  });

  it("V-WB-1: the same moment the server considers 'now' is not in the future", () => {
    expect(parse({ measuredDate: "2026-11-25", measuredTime: "12:00" }).success).toBe(true);
  });

  it("V-WB-1: blood pressure needs both values, systolic above diastolic; other kinds take one", () => {
    expect(messages({ kind: "BLOOD_PRESSURE", value: "120", value2: "" })).toEqual({
      value2: "form.errors.required",
    });
    expect(messages({ kind: "BLOOD_PRESSURE", value: "80", value2: "80" })).toEqual({
      value: "form.errors.systolicNotAboveDiastolic",
    });
    expect(messages({ kind: "PULSE", value: "60", value2: "1" })).toEqual({
      value2: "form.errors.notAllowed",
    });
  });
});
