// A seeded throw-away database and the viewers of the personas the prescription tests act as.
// Roles come from the relationship rules over the demo registers, as the portal resolves them.
import { authorize, resolveRole } from "@/domain/relationships";
import type { FeatureId } from "@/domain/permissions";
import type { Viewer } from "@/domain/visibility";
import { persona, type PersonaKey } from "@prisma-seed/personas";
import { seedDemo } from "@prisma-seed/demo";
import { personaRegisters } from "../domain/support/persona-registers";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

/** The seed's reference day; persona ages in personas.ts hold on it. */
export const NOW = new Date("2026-11-25T10:00:00Z");

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

export function viewerFor(actor: PersonaKey, subject: PersonaKey = actor, now = NOW): Viewer {
  const s = persona(subject);
  const resolution = resolveRole(persona(actor).id, s.id, personaRegisters(), now);
  if (!resolution.ok) throw new Error(`${actor} cannot act for ${subject}: ${resolution.reason}`);
  return {
    role: resolution.role,
    subject: { id: s.id, birthDate: new Date(`${s.birthDate}T00:00:00Z`) },
    now,
  };
}

/** The guard's answer (role, scope and matrix) for a feature. */
export function allowed(actor: PersonaKey, subject: PersonaKey, feature: FeatureId, now = NOW): boolean {
  return authorize(persona(actor).id, persona(subject).id, feature, personaRegisters(), now).ok;
}
