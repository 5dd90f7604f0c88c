// Measurements and wellbeing-application rights for the tests.
import { randomUUID } from "node:crypto";
import type { MeasurementKind } from "@/domain/measurements";
import type { Db } from "@/server/db";
import type { PersonaKey } from "@prisma-seed/personas";
import { pid } from "../../social/support/population";

const DAY = 86_400_000;

export type OwnDataFixture = {
  measurements: Record<"aino" | "oona" | "ella" | "toivo", { id: string; kind: MeasurementKind }[]>;
  rights: { ainoActive: string[]; ainoRevoked: string; oona: string };
};

export async function insertOwnData(db: Db, now = new Date()): Promise<OwnDataFixture> {
  const measurements = { aino: [], oona: [], ella: [], toivo: [] } as OwnDataFixture["measurements"];
  const add = async (
    who: keyof OwnDataFixture["measurements"],
    kind: MeasurementKind,
    value: number,
    daysAgo: number,
    value2: number | null = null,
  ) => {
    const id = randomUUID();
    await db.measurement.create({
      data: {
        id,
        personId: pid(who as PersonaKey),
        kind,
        value,
        value2,
        measuredAt: new Date(now.getTime() - daysAgo * DAY),
      },
    });
    measurements[who].push({ id, kind });
  };
  await add("aino", "WEIGHT", 72.4, 30);
  await add("aino", "WEIGHT", 71.8, 10);
  await add("aino", "WEIGHT", 71.2, 1);
  await add("aino", "BLOOD_PRESSURE", 142, 9, 88);
  await add("aino", "BLOOD_PRESSURE", 136, 2, 84);
  await add("aino", "BLOOD_SUGAR", 6.1, 3);
  await add("aino", "HEIGHT", 165, 400);
  await add("oona", "WEIGHT", 55, 5);
  await add("oona", "PULSE", 64, 4);
  await add("ella", "HEIGHT", 158, 20);
  await add("toivo", "BLOOD_PRESSURE", 150, 6, 80);

  const app = async (name: string) =>
    (await db.wellbeingApp.create({ data: { name, vendor: `${name} Oy` }, select: { id: true } })).id;
  const diary = await app("Testipäiväkirja");
  const steps = await app("Testiaskeleet");
  const right = async (who: PersonaKey, appId: string, revokedAt: Date | null = null) =>
    (
      await db.wellbeingAppRight.create({
        data: {
          personId: pid(who),
          appId,
          scope: "Paino, verenpaine",
          grantedAt: new Date(now.getTime() - 500 * DAY),
          revokedAt,
        },
        select: { id: true },
      })
    ).id;
  return {
    measurements,
    rights: {
      ainoActive: [await right("aino", diary), await right("aino", steps)],
      ainoRevoked: await right("aino", steps, new Date(now.getTime() - 100 * DAY)),
      oona: await right("oona", diary),
    },
  };
}
