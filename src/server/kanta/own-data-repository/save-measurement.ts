import "server-only";
import { randomUUID } from "node:crypto";
import { isMeasurementVisible, type Viewer } from "@/domain/visibility";
import { validateMeasurement, type MeasurementKind, type MeasurementProblem } from "@/domain/measurements";
import { type Db } from "@/server/db";
import { serviceDb } from "@/server/kanta/service-status";

export type NewMeasurement = {
  kind: MeasurementKind;
  value: number;
  value2: number | null;
  measuredAt: Date;
  /** From a hidden form field: a repeated submit of the same form saves nothing new. */
  idempotencyKey: string;
};

export type SaveMeasurementOutcome =
  | { status: "created"; id: string }
  | { status: "duplicate"; id: string } // the same form was already saved: nothing new, still a success
  | { status: "forbidden" }
  | { status: "invalid"; problems: MeasurementProblem[] }
  | { status: "keyConflict" }; // the key is someone else's (forged or astronomically unlucky)

/**
 * V-WB-1: saves a measurement for the subject, who must be the owner (V-HEALTH-8). The bounds are
 * checked again here so that no caller can store an implausible value by skipping the form schema.
 */
export async function saveMeasurement(
  viewer: Viewer,
  m: NewMeasurement,
  db: Db = serviceDb("OWN_DATA_REPOSITORY"),
): Promise<SaveMeasurementOutcome> {
  if (!isMeasurementVisible(viewer, { id: "", personId: viewer.subject.id })) return { status: "forbidden" };
  const problems = validateMeasurement(m, viewer.now);
  if (problems.length > 0) return { status: "invalid", problems };

  // ON CONFLICT DO NOTHING on the unique key: a double submit inserts one row and never errors.
  const id = randomUUID();
  const { count } = await db.measurement.createMany({
    data: [
      {
        id,
        personId: viewer.subject.id,
        kind: m.kind,
        value: m.value,
        value2: m.kind === "BLOOD_PRESSURE" ? m.value2 : null,
        measuredAt: m.measuredAt,
        idempotencyKey: m.idempotencyKey,
      },
    ],
    skipDuplicates: true,
  });
  if (count === 1) return { status: "created", id };
  const earlier = await db.measurement.findFirst({
    where: { idempotencyKey: m.idempotencyKey, personId: viewer.subject.id },
    select: { id: true },
  });
  return earlier ? { status: "duplicate", id: earlier.id } : { status: "keyConflict" };
}
