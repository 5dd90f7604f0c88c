// Own-data repository use-cases (wellbeing data) against a real PostgreSQL, per role.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { PersonaKey } from "@prisma-seed/personas";
import type { FeatureId } from "@/domain/permissions";
import { decide } from "@/server/guard";
import { listMeasurementHistory, listMeasurements } from "@/server/kanta/own-data-repository/list-measurements";
import { getMeasurement } from "@/server/kanta/own-data-repository/get-measurement";
import { saveMeasurement } from "@/server/kanta/own-data-repository/save-measurement";
import { deleteMeasurement } from "@/server/kanta/own-data-repository/delete-measurement";
import { listWellbeingAppRights } from "@/server/kanta/own-data-repository/list-wellbeing-app-rights";
import { getWellbeingAppRight } from "@/server/kanta/own-data-repository/get-wellbeing-app-right";
import { revokeWellbeingAppRight } from "@/server/kanta/own-data-repository/revoke-wellbeing-app-right";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { acting, insertPopulation, pid } from "../social/support/population";
import { insertOwnData, type OwnDataFixture } from "./support/own-data";

let db: TestDatabase;
let fx: OwnDataFixture;
let queries = 0;

beforeAll(async () => {
  db = await createTestDatabase({ onQuery: () => void queries++ });
  await insertPopulation(db.prisma);
  fx = await insertOwnData(db.prisma);
});
afterAll(() => db?.drop());
beforeEach(() => {
  queries = 0;
});

const WELLBEING_FEATURES: FeatureId[] = [
  "wellbeing.view",
  "wellbeing.saveMeasurements",
  "wellbeing.appPermissions",
];
const allowed = (actor: PersonaKey, subject: PersonaKey, feature: FeatureId) => {
  const a = acting(actor, subject);
  return decide({ role: a.role, scopes: a.scopes, accessContext: {} }, feature).allowed;
};
const countOf = (who: PersonaKey) => db.prisma.measurement.count({ where: { personId: pid(who) } });
const NON_OWNERS = [
  ["matti", "ella"],
  ["liisa", "ella"],
  ["tuomas", "ella"],
  ["mikko", "toivo"],
  ["mikko", "helmi"],
] as const;

describe("V-WB-1: browsing own measurements", () => {
  it("V-WB-1: aino sees her own measurements per kind, oldest first, in one query", async () => {
    const series = await listMeasurements(acting("aino").viewer, db.prisma);
    expect(queries).toBe(1);
    expect(series.map((s) => s.kind)).toEqual(["HEIGHT", "WEIGHT", "PULSE", "BLOOD_PRESSURE", "BLOOD_SUGAR"]);
    const weight = series.find((s) => s.kind === "WEIGHT")!;
    expect(weight.rows.map((r) => r.value)).toEqual([72.4, 71.8, 71.2]);
    expect(series.find((s) => s.kind === "BLOOD_PRESSURE")!.rows.map((r) => [r.value, r.value2])).toEqual([
      [142, 88],
      [136, 84],
    ]);
    expect(series.find((s) => s.kind === "PULSE")!.rows).toEqual([]);
    const ids = series.flatMap((s) => s.rows.map((r) => r.id)).sort();
    expect(ids).toEqual(fx.measurements.aino.map((m) => m.id).sort());
    expect(Object.keys(weight.rows[0]!).sort()).toEqual(["id", "kind", "measuredAt", "value", "value2"]);
  });

  it("V-WB-1: a minor (oona, 16) sees her own measurements", async () => {
    expect(acting("oona").role).toBe("minor");
    for (const f of WELLBEING_FEATURES) expect(allowed("oona", "oona", f)).toBe(true);
    const series = await listMeasurements(acting("oona").viewer, db.prisma);
    expect(series.flatMap((s) => s.rows.map((r) => r.id)).sort()).toEqual(
      fx.measurements.oona.map((m) => m.id).sort(),
    );
  });

  it("V-WB-1: only the latest of each kind are listed, with a flag that there are more", async () => {
    const series = await listMeasurements(acting("aino").viewer, db.prisma, 2);
    const weight = series.find((s) => s.kind === "WEIGHT")!;
    expect(weight.rows.map((r) => r.value)).toEqual([71.8, 71.2]);
    expect(weight.hasMore).toBe(true);
    expect(series.find((s) => s.kind === "BLOOD_PRESSURE")!.hasMore).toBe(false);
  });
});

describe("V-WB-1: a kind's history page", () => {
  it("V-WB-1: lists every measurement of the kind, newest first, a page at a time, in one query each", async () => {
    const viewer = acting("aino").viewer;
    const first = await listMeasurementHistory(viewer, "WEIGHT", 1, db.prisma, 2);
    expect(queries).toBe(1);
    expect(first.rows.map((r) => r.value)).toEqual([71.2, 71.8]);
    expect(first.hasNext).toBe(true);
    const second = await listMeasurementHistory(viewer, "WEIGHT", 2, db.prisma, 2);
    expect(second.rows.map((r) => r.value)).toEqual([72.4]);
    expect(second.hasNext).toBe(false);
    const past = await listMeasurementHistory(viewer, "WEIGHT", 3, db.prisma, 2);
    expect(past.rows).toEqual([]);
    expect(past.hasNext).toBe(false);
    const bp = await listMeasurementHistory(viewer, "BLOOD_PRESSURE", 1, db.prisma);
    expect(bp.rows.map((r) => [r.value, r.value2])).toEqual([
      [136, 84],
      [142, 88],
    ]);
    expect(bp.rows.every((r) => r.kind === "BLOOD_PRESSURE")).toBe(true);
  });

  it.each([
    ["matti", "ella"],
    ["mikko", "toivo"],
  ] as const)("V-HEALTH-8: %s acting for %s gets an empty history of every kind", async (actor, subject) => {
    const viewer = acting(actor, subject).viewer;
    for (const kind of ["HEIGHT", "WEIGHT", "PULSE", "BLOOD_PRESSURE", "BLOOD_SUGAR"] as const) {
      const page = await listMeasurementHistory(viewer, kind, 1, db.prisma);
      expect(page.rows).toEqual([]);
      expect(page.hasNext).toBe(false);
    }
  });
});

describe("V-HEALTH-8: only the owner ever sees wellbeing data", () => {
  it.each(NON_OWNERS)(
    "V-HEALTH-8: %s acting for %s is refused every wellbeing feature by the guard",
    (actor, subject) => {
      for (const f of WELLBEING_FEATURES) expect(allowed(actor, subject, f), f).toBe(false);
    },
  );

  it.each(NON_OWNERS)(
    "V-HEALTH-8: %s acting for %s loads no row, even past the guard",
    async (actor, subject) => {
      const viewer = acting(actor, subject).viewer;
      const series = await listMeasurements(viewer, db.prisma);
      expect(series.flatMap((s) => s.rows)).toEqual([]);
      expect(await listWellbeingAppRights(viewer, db.prisma)).toEqual([]);
      const own = fx.measurements[subject as "ella" | "toivo"]?.[0];
      if (own) expect(await getMeasurement(viewer, own.id, db.prisma)).toBeNull();
    },
  );

  it("V-HEALTH-8: a guardian cannot save, delete or revoke for the child", async () => {
    const viewer = acting("matti", "ella").viewer;
    const before = await countOf("ella");
    const saved = await saveMeasurement(
      viewer,
      { kind: "WEIGHT", value: 50, value2: null, measuredAt: new Date(), idempotencyKey: randomUUID() },
      db.prisma,
    );
    expect(saved).toEqual({ status: "forbidden" });
    expect(await deleteMeasurement(viewer, fx.measurements.ella[0]!.id, db.prisma)).toBe(false);
    expect(await countOf("ella")).toBe(before);
  });
});

describe("V-WB-1: saving", () => {
  it("V-WB-1: saves a measurement for the subject", async () => {
    const before = await countOf("aino");
    const measuredAt = new Date(Date.now() - 60_000);
    const outcome = await saveMeasurement(
      acting("aino").viewer,
      { kind: "PULSE", value: 64, value2: null, measuredAt, idempotencyKey: randomUUID() },
      db.prisma,
    );
    expect(outcome.status).toBe("created");
    expect(await countOf("aino")).toBe(before + 1);
    const row = await db.prisma.measurement.findUniqueOrThrow({
      where: { id: (outcome as { id: string }).id },
    });
    expect(row).toMatchObject({ personId: pid("aino"), kind: "PULSE", value: 64, value2: null, measuredAt });
  });

  it("V-WB-1: the same idempotency key twice (a double submit) creates one record", async () => {
    const before = await countOf("aino");
    const input = {
      kind: "WEIGHT" as const,
      value: 70.9,
      value2: null,
      measuredAt: new Date(Date.now() - 60_000),
      idempotencyKey: randomUUID(),
    };
    const viewer = acting("aino").viewer;
    const [a, b] = await Promise.all([
      saveMeasurement(viewer, input, db.prisma),
      saveMeasurement(viewer, input, db.prisma),
    ]);
    expect([a.status, b.status].sort()).toEqual(["created", "duplicate"]);
    expect((a as { id: string }).id).toBe((b as { id: string }).id);
    expect((await saveMeasurement(viewer, input, db.prisma)).status).toBe("duplicate");
    expect(await countOf("aino")).toBe(before + 1);
  });

  it("V-WB-1: someone else's idempotency key saves nothing and reveals nothing", async () => {
    const key = randomUUID();
    const m = {
      kind: "WEIGHT" as const,
      value: 60,
      value2: null,
      measuredAt: new Date(Date.now() - 60_000),
      idempotencyKey: key,
    };
    expect((await saveMeasurement(acting("oona").viewer, m, db.prisma)).status).toBe("created");
    const before = await countOf("aino");
    expect(await saveMeasurement(acting("aino").viewer, m, db.prisma)).toEqual({ status: "keyConflict" });
    expect(await countOf("aino")).toBe(before);
  });

  it.each([
    ["out of range", { kind: "WEIGHT", value: 1000, value2: null }],
    ["systolic not above diastolic", { kind: "BLOOD_PRESSURE", value: 80, value2: 90 }],
    ["diastolic for a weight", { kind: "WEIGHT", value: 70, value2: 80 }],
    ["not a number", { kind: "PULSE", value: Number.NaN, value2: null }],
  ] as const)("V-WB-1: %s is refused by the use-case itself and nothing is saved", async (_name, m) => {
    const before = await countOf("aino");
    const outcome = await saveMeasurement(
      acting("aino").viewer,
      { ...m, measuredAt: new Date(Date.now() - 60_000), idempotencyKey: randomUUID() },
      db.prisma,
    );
    expect(outcome.status).toBe("invalid");
    expect(await countOf("aino")).toBe(before);
  });

  it("V-WB-1: a future time is refused", async () => {
    const outcome = await saveMeasurement(
      acting("aino").viewer,
      {
        kind: "PULSE",
        value: 60,
        value2: null,
        measuredAt: new Date(Date.now() + 3_600_000),
        idempotencyKey: randomUUID(),
      },
      db.prisma,
    );
    expect(outcome).toMatchObject({
      status: "invalid",
      problems: [{ field: "measuredAt", code: "inFuture" }],
    });
  });
});

describe("V-WB-1: deleting", () => {
  it("V-WB-1: the owner deletes her own measurement; nothing else is touched", async () => {
    const [target] = fx.measurements.oona;
    const before = await db.prisma.measurement.count();
    expect(await deleteMeasurement(acting("oona").viewer, target!.id, db.prisma)).toBe(true);
    expect(await db.prisma.measurement.count()).toBe(before - 1);
    expect(await db.prisma.measurement.findUnique({ where: { id: target!.id } })).toBeNull();
    expect(await deleteMeasurement(acting("oona").viewer, target!.id, db.prisma)).toBe(false);
  });

  it("V-WB-1: another person's measurement id deletes nothing (the form is never trusted)", async () => {
    const ainos = fx.measurements.aino[0]!;
    expect(await deleteMeasurement(acting("oona").viewer, ainos.id, db.prisma)).toBe(false);
    expect(await db.prisma.measurement.findUnique({ where: { id: ainos.id } })).not.toBeNull();
  });
});

describe("V-WB-2: wellbeing applications", () => {
  it("V-WB-2: lists the applications that still hold a right, in a constant number of queries", async () => {
    const rights = await listWellbeingAppRights(acting("aino").viewer, db.prisma);
    expect(queries).toBe(1); // the rights with their applications, one statement (relationJoins)
    queries = 0;
    await listWellbeingAppRights(acting("oona").viewer, db.prisma);
    expect(queries).toBe(1);
    expect(rights.map((r) => r.id).sort()).toEqual([...fx.rights.ainoActive].sort());
    expect(rights[0]!.app.name).toMatch(/^Testi/);
  });

  it("V-WB-2: removing a right sets revokedAt, and it is no longer listed; a second removal changes nothing", async () => {
    const viewer = acting("aino").viewer;
    const id = fx.rights.ainoActive[0]!;
    expect(await revokeWellbeingAppRight(viewer, id, db.prisma)).toBe(true);
    const row = await db.prisma.wellbeingAppRight.findUniqueOrThrow({ where: { id } });
    expect(row.revokedAt).toEqual(viewer.now);
    expect((await listWellbeingAppRights(viewer, db.prisma)).map((r) => r.id)).not.toContain(id);
    expect(await revokeWellbeingAppRight(viewer, id, db.prisma)).toBe(false);
    expect(await getWellbeingAppRight(viewer, id, db.prisma)).toBeNull();
    expect((await db.prisma.wellbeingAppRight.findUniqueOrThrow({ where: { id } })).revokedAt).toEqual(
      viewer.now,
    );
  });

  it("V-WB-2: another person's right cannot be removed", async () => {
    expect(await revokeWellbeingAppRight(acting("aino").viewer, fx.rights.oona, db.prisma)).toBe(false);
    expect(
      (await db.prisma.wellbeingAppRight.findUniqueOrThrow({ where: { id: fx.rights.oona } })).revokedAt,
    ).toBeNull();
  });
});
