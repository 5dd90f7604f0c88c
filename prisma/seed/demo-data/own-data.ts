// Own-data repository: Aino's and Oona's own measurements over the last two years and the
// wellbeing applications with their rights (one revoked). Values vary with a seeded PRNG.
import { persona, type PersonaKey } from "../personas";
import { Prng } from "../lib/prng";
import type { DemoBuilder } from "./builder";
import { SEED_FACTS } from "./facts";

export function seedOwnData(b: DemoBuilder): void {
  const c = b.clock;
  const rnd = new Prng(902);
  const round1 = (x: number) => Math.round(x * 10) / 10;

  const measure = (
    who: PersonaKey,
    kind: "HEIGHT" | "WEIGHT" | "PULSE" | "BLOOD_PRESSURE" | "BLOOD_SUGAR",
    daysAgo: number,
    value: number,
    value2?: number,
  ) => {
    const at = c.daysAgo(daysAgo, 5, rnd.int(0, 59));
    b.rows.measurement.push({
      id: b.id("measurement"),
      personId: persona(who).id,
      kind,
      value,
      value2: value2 ?? null,
      measuredAt: at,
      createdAt: at,
    });
  };

  measure("aino", "HEIGHT", 700, 165);
  measure("aino", "HEIGHT", 300, 165);
  for (let i = 0; i < 12; i++)
    measure("aino", "WEIGHT", 710 - i * 60, round1(84 - i * 0.45 + rnd.around(0, 0.8)));
  for (let i = 0; i < 14; i++)
    measure(
      "aino",
      "BLOOD_PRESSURE",
      720 - i * 52,
      Math.round(rnd.around(142 - i * 0.6, 7)),
      Math.round(rnd.around(87 - i * 0.3, 4)),
    );
  for (let i = 0; i < 6; i++) measure("aino", "PULSE", 690 - i * 120, Math.round(rnd.around(70, 7)));
  for (let i = 0; i < 8; i++) measure("aino", "BLOOD_SUGAR", 705 - i * 90, round1(rnd.around(7.2, 1.1)));

  measure("oona", "HEIGHT", 200, 166);
  measure("oona", "WEIGHT", 200, 56.5);
  measure("oona", "WEIGHT", 40, 57.2);
  measure("oona", "PULSE", 40, 64);

  const apps = SEED_FACTS.ownData.apps;
  b.rows.wellbeingApp.push(
    { id: apps.diary.id, name: apps.diary.name, vendor: "Hyvinvointisovellukset Oy" },
    { id: apps.steps.id, name: apps.steps.name, vendor: "StepLab Finland Oy" },
    { id: apps.bloodPressure.id, name: apps.bloodPressure.name, vendor: "Mittari Connect Ab" },
  );
  const right = (who: PersonaKey, appId: string, scope: string, grantedAt: Date, revokedAt?: Date) =>
    b.rows.wellbeingAppRight.push({
      id: b.id("wellbeingAppRight"),
      personId: persona(who).id,
      appId,
      scope,
      grantedAt,
      revokedAt: revokedAt ?? null,
    });
  right("aino", apps.diary.id, "Paino, verenpaine, verensokeri", c.monthsAgo(24, 12));
  right("aino", apps.steps.id, "Syke, askeleet", c.monthsAgo(20, 12), c.monthsAgo(8, 12));
  right("aino", apps.bloodPressure.id, "Verenpaine, syke", c.monthsAgo(14, 12));
  right("oona", apps.steps.id, "Syke, askeleet", c.monthsAgo(6, 12));
}
