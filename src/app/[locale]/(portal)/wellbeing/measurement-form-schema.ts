// The measurement form as the server validates it (V-WB-1). Pure: the form island imports the same
// bounds for its hints, so what the page says is allowed is what the server accepts.
// Every message is a translation key of the "wellbeing" namespace.
import { z } from "zod";
import {
  MEASUREMENT_BOUNDS,
  MEASUREMENT_KINDS,
  validateMeasurement,
  type MeasurementKind,
  type MeasurementProblem,
} from "@/domain/measurements";
import { LOCALES } from "@/i18n/settings";

/** The fields the form posts (besides the idempotency key and the locale). */
export const MEASUREMENT_FORM_FIELDS = ["kind", "value", "value2", "measuredDate", "measuredTime"] as const;
export type MeasurementFormField = (typeof MEASUREMENT_FORM_FIELDS)[number];

/** Longest accepted number text ("1234.56" fits); longer input is refused before parsing. */
export const NUMBER_MAX_LENGTH = 8;

const NUMBER_TEXT = /^\d{1,4}(?:[.,]\d{1,2})?$/;

const numberText = z
  .string({ error: "form.errors.notANumber" })
  .max(NUMBER_MAX_LENGTH, { error: "form.errors.tooLong" })
  .transform((s) => s.trim());

/** Problem codes of the domain check, as message keys. */
export function problemMessage(p: MeasurementProblem): string {
  return `form.errors.${p.code}`;
}

/**
 * The instant of a wall-clock time in Finland. The offset is looked up for the instant itself, so
 * summer and winter time both come out right. Null for a date or time that does not exist.
 */
export function helsinkiInstant(date: string, time: string): Date | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  const [y, mo, da, h, mi] = [d[1], d[2], d[3], t[1], t[2]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (h > 23 || mi > 59) return null;
  const wall = Date.UTC(y, mo - 1, da, h, mi);
  const check = new Date(wall);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== da)
    return null;
  let instant = wall - offsetMs(new Date(wall - 2 * 3600_000));
  instant = wall - offsetMs(new Date(instant));
  return new Date(instant);
}

const wallFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Helsinki",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** Date ("YYYY-MM-DD") and time ("HH:mm") of an instant on the Finnish clock: the form's defaults. */
export function helsinkiWallClock(instant: Date): { date: string; time: string } {
  const p: Record<string, string> = {};
  for (const part of wallFormat.formatToParts(instant)) p[part.type] = part.value;
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

function offsetMs(instant: Date): number {
  const { date, time } = helsinkiWallClock(instant);
  const [y, mo, da] = date.split("-").map(Number) as [number, number, number];
  const [h, mi] = time.split(":").map(Number) as [number, number];
  return Date.UTC(y, mo - 1, da, h, mi) - Math.floor(instant.getTime() / 60_000) * 60_000;
}

/** null for an empty field, NaN for text that is not a plain decimal number (no 1e3, 0x10 or Infinity). */
function parseNumber(text: string): number | null {
  if (text === "") return null;
  if (!NUMBER_TEXT.test(text)) return Number.NaN;
  return Number(text.replace(",", "."));
}

export type ValidMeasurement = {
  locale: (typeof LOCALES)[number];
  idempotencyKey: string;
  kind: MeasurementKind;
  value: number;
  value2: number | null;
  measuredAt: Date;
};

/** The form schema; `now` decides what counts as a future time. */
export function measurementFormSchema(now: Date) {
  return z
    .object({
      locale: z.enum(LOCALES, { error: "form.errors.invalid" }),
      idempotencyKey: z.uuid({ error: "form.errors.reload" }),
      kind: z.enum(MEASUREMENT_KINDS, { error: "form.errors.unknownKind" }),
      value: numberText,
      value2: numberText,
      measuredDate: z
        .string({ error: "form.errors.invalidDate" })
        .max(10, { error: "form.errors.invalidDate" }),
      measuredTime: z
        .string({ error: "form.errors.invalidTime" })
        .max(5, { error: "form.errors.invalidTime" }),
    })
    .transform((raw, ctx): ValidMeasurement => {
      const value = parseNumber(raw.value);
      const value2 = parseNumber(raw.value2);
      const measuredAt = helsinkiInstant(raw.measuredDate, raw.measuredTime);
      let failed = false;
      const issue = (path: MeasurementFormField, message: string) => {
        failed = true;
        ctx.addIssue({ code: "custom", path: [path], message });
      };

      if (measuredAt === null) {
        if (helsinkiInstant(raw.measuredDate, "00:00") === null)
          issue("measuredDate", "form.errors.invalidDate");
        else issue("measuredTime", "form.errors.invalidTime");
      } else if (measuredAt.getUTCFullYear() < 1900) {
        issue("measuredDate", "form.errors.invalidDate");
      }
      const candidate = { kind: raw.kind, value: value as number, value2, measuredAt: measuredAt ?? now };
      for (const p of validateMeasurement(candidate, now)) {
        issue(
          p.field === "measuredAt" ? "measuredDate" : p.field === "kind" ? "kind" : p.field,
          problemMessage(p),
        );
      }
      if (failed || measuredAt === null) return z.NEVER;
      return {
        locale: raw.locale,
        idempotencyKey: raw.idempotencyKey,
        kind: raw.kind,
        value: value as number,
        value2,
        measuredAt,
      };
    });
}

/** The bounds behind an out-of-range message, for the hint and the message's numbers. */
export function boundsFor(kind: MeasurementKind, field: "value" | "value2") {
  const b = MEASUREMENT_BOUNDS[kind];
  const range = field === "value2" ? ("value2" in b ? b.value2 : undefined) : b.value;
  return range ? { min: range.min, max: range.max, unit: b.unit } : undefined;
}
