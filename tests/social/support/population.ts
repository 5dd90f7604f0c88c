// The personas and their registers (guardians, rights to information, mandates) in a test
// database, and the viewer each role gets: the same resolution the portal does on every request.
import { PERSONAS, persona, type PersonaKey } from "@prisma-seed/personas";
import { resolveRole, type Scopes } from "@/domain/relationships";
import type { Role } from "@/domain/permissions";
import type { Viewer } from "@/domain/visibility";
import type { Db } from "@/server/db";
import { d, personaRegisters } from "../../domain/support/persona-registers";

export const pid = (k: PersonaKey) => persona(k).id;

export async function insertPopulation(db: Db): Promise<void> {
  const registers = personaRegisters();
  await db.person.createMany({
    data: PERSONAS.map((p) => ({
      id: p.id,
      hetu: p.hetu,
      firstNames: p.firstNames,
      lastName: p.lastName,
      birthDate: d(p.birthDate),
      language: p.language,
      nonDisclosure: "nonDisclosure" in p && p.nonDisclosure === true,
    })),
  });
  await db.guardianship.createMany({ data: registers.guardianships.map((g) => ({ ...g })) });
  await db.informationRight.createMany({
    data: registers.informationRights.map((r) => ({ ...r, decidedBy: "Testikäräjäoikeus" })),
  });
  await db.mandate.createMany({ data: registers.mandates.map((m) => ({ ...m })) });
}

export type Acting = { viewer: Viewer; role: Role; scopes: Scopes };

/** The role `actor` has towards `subject` now, from the registers; throws if there is none. */
export function acting(actor: PersonaKey, subject: PersonaKey = actor, now = new Date()): Acting {
  const r = resolveRole(pid(actor), pid(subject), personaRegisters(), now);
  if (!r.ok) throw new Error(`${actor} cannot act for ${subject}: ${r.reason}`);
  return {
    role: r.role,
    scopes: r.scopes,
    viewer: { role: r.role, subject: { id: pid(subject), birthDate: d(persona(subject).birthDate) }, now },
  };
}
