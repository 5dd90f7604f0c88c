// A seeded throw-away database for the use-of-data tests, and the guard's decision computed from
// what is in it: registers and the Kanta information receipts (footnotes ** and ***), exactly the
// facts the portal reads on each request.
import { authorize, type Registers } from "@/domain/relationships";
import type { AccessContext, FeatureId } from "@/domain/permissions";
import type { Viewer } from "@/domain/visibility";
import type { Acting } from "@/server/kanta/will-service/common";
import { accessContextFor } from "@/server/portal-context";
import { seedDemo } from "@prisma-seed/demo";
import { persona, type PersonaKey } from "@prisma-seed/personas";
import type { Db } from "@/server/db";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

/** The seed's reference day; persona ages in personas.ts hold on it. */
export const NOW = new Date("2026-11-25T10:00:00Z");

export const id = (k: PersonaKey) => persona(k).id;

export async function seededDatabase(now = NOW): Promise<TestDatabase> {
  const db = await createTestDatabase();
  try {
    await seedDemo(db.prisma, { now });
  } catch (e) {
    await db.drop();
    throw e;
  }
  return db;
}

export async function registersFromDb(db: Db): Promise<Registers> {
  const [persons, guardianships, informationRights, mandates] = await Promise.all([
    db.person.findMany({ select: { id: true, birthDate: true, nonDisclosure: true } }),
    db.guardianship.findMany({ select: { guardianId: true, childId: true, agreementCoded: true, validFrom: true, validUntil: true } }),
    db.informationRight.findMany({ select: { holderId: true, childId: true, scope: true, validFrom: true, validUntil: true } }),
    db.mandate.findMany({
      select: { giverId: true, holderId: true, kind: true, scopeHealth: true, scopeSocial: true, validFrom: true, validUntil: true, revokedAt: true },
    }),
  ]);
  return { persons, guardianships, informationRights, mandates };
}

/** The footnote facts exactly as the portal computes them, from this test's database. */
export function accessContextFromDb(db: Db, subject: PersonaKey): Promise<AccessContext> {
  return accessContextFor(id(subject), db);
}

/** Would the guard let `actor` use `feature` on `subject`'s data now? */
export async function guardAllows(db: Db, actor: PersonaKey, subject: PersonaKey, feature: FeatureId, now = NOW): Promise<boolean> {
  const result = authorize(id(actor), id(subject), feature, await registersFromDb(db), now, await accessContextFromDb(db, subject));
  return result.ok;
}

export async function viewerFromDb(db: Db, actor: PersonaKey, subject: PersonaKey = actor, now = NOW): Promise<Viewer> {
  const result = authorize(id(actor), id(subject), "kantaInfo.view", await registersFromDb(db), now);
  if (!result.ok) throw new Error(`${actor} cannot act for ${subject}: ${result.reason}`);
  const s = persona(subject);
  return { role: result.role, subject: { id: s.id, birthDate: new Date(`${s.birthDate}T00:00:00Z`) }, now };
}

export const acting = (actor: PersonaKey, subject: PersonaKey = actor, at = NOW): Acting => ({ actorId: id(actor), subjectId: id(subject), at });
