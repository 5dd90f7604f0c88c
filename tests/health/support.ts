// A seeded throw-away database and the viewers of the personas the health tests act as. Roles come
// from the relationship rules over the demo registers, not typed in by hand.
import { resolveRole } from "@/domain/relationships";
import type { Viewer } from "@/domain/visibility";
import { persona, type PersonaKey } from "@prisma-seed/personas";
import { seedDemo } from "@prisma-seed/demo";
import { personaRegisters } from "../domain/support/persona-registers";
import { createTestDatabase, type TestDatabase, type TestDbOptions } from "../support/test-database";

export async function seededDatabase(now: Date, opts: TestDbOptions = {}): Promise<TestDatabase> {
  const db = await createTestDatabase(opts);
  try {
    await seedDemo(db.prisma, { now });
  } catch (e) {
    await db.drop();
    throw e;
  }
  return db;
}

/** The viewer `actor` has towards `subject` (themselves when omitted), as the portal would resolve it. */
export function viewerOf(now: Date, actor: PersonaKey, subject: PersonaKey = actor): Viewer {
  const s = persona(subject);
  const resolution = resolveRole(persona(actor).id, s.id, personaRegisters(), now);
  if (!resolution.ok) throw new Error(`${actor} cannot act for ${subject}: ${resolution.reason}`);
  return {
    role: resolution.role,
    subject: { id: s.id, birthDate: new Date(`${s.birthDate}T00:00:00Z`) },
    now,
  };
}

/** Large enough for any persona's whole history in one page. */
export const ALL = { page: 1, size: 1000 } as const;
