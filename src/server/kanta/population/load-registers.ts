import "server-only";
import { getPrisma } from "@/server/db";

// The population register and the mandate register around one signed-in person: everything the
// permission core needs to decide whom they may act for (their children with the children's other
// guardians, information rights they hold, mandates given to them). A constant number of queries.

const personFields = { id: true, firstNames: true, lastName: true, birthDate: true, nonDisclosure: true, hetu: true } as const;

export async function loadRegistersAround(actorId: string) {
  const prisma = getPrisma();
  const [actor, guardianships, informationRights, mandates] = await Promise.all([
    prisma.person.findUnique({ where: { id: actorId }, select: personFields }),
    prisma.guardianship.findMany({
      where: { guardianId: actorId },
      select: {
        child: {
          select: {
            ...personFields,
            guardians: {
              select: {
                guardianId: true,
                childId: true,
                agreementCoded: true,
                validFrom: true,
                validUntil: true,
                guardian: { select: personFields },
              },
            },
          },
        },
      },
    }),
    prisma.informationRight.findMany({
      where: { holderId: actorId },
      select: {
        holderId: true,
        childId: true,
        scope: true,
        validFrom: true,
        validUntil: true,
        child: { select: personFields },
      },
    }),
    prisma.mandate.findMany({
      where: { holderId: actorId },
      select: {
        giverId: true,
        holderId: true,
        kind: true,
        scopeHealth: true,
        scopeSocial: true,
        validFrom: true,
        validUntil: true,
        revokedAt: true,
        giver: { select: personFields },
      },
    }),
  ]);
  if (!actor) return null;

  const persons = new Map<string, typeof actor>([[actor.id, actor]]);
  const allGuardianships = [];
  for (const { child } of guardianships) {
    persons.set(child.id, child);
    for (const g of child.guardians) {
      persons.set(g.guardian.id, g.guardian);
      allGuardianships.push({ guardianId: g.guardianId, childId: g.childId, agreementCoded: g.agreementCoded, validFrom: g.validFrom, validUntil: g.validUntil });
    }
  }
  for (const r of informationRights) persons.set(r.child.id, r.child);
  for (const m of mandates) persons.set(m.giver.id, m.giver);

  return {
    actor,
    persons,
    registers: {
      persons: [...persons.values()].map(({ id, birthDate, nonDisclosure }) => ({ id, birthDate, nonDisclosure })),
      guardianships: allGuardianships,
      informationRights: informationRights.map((r) => ({ holderId: r.holderId, childId: r.childId, scope: r.scope, validFrom: r.validFrom, validUntil: r.validUntil })),
      mandates: mandates.map((m) => ({
        giverId: m.giverId,
        holderId: m.holderId,
        kind: m.kind,
        scopeHealth: m.scopeHealth,
        scopeSocial: m.scopeSocial,
        validFrom: m.validFrom,
        validUntil: m.validUntil,
        revokedAt: m.revokedAt,
      })),
    },
  };
}

export type LoadedRegisters = NonNullable<Awaited<ReturnType<typeof loadRegistersAround>>>;
export type PersonSummary = LoadedRegisters["actor"];
