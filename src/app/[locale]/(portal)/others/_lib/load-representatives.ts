import "server-only";
import { helsinkiMidnight } from "@/domain/dates";
import { resolveRole, type Registers, type Resolution } from "@/domain/relationships";
import type { Db } from "@/server/db";

// Who may act for a person: the population register (guardians, holders of a right to
// information) and the mandate register (Suomi.fi mandates given by the person), each resolved
// now with the same rules the portal applies at sign-in. Plus the access log of acting for them.

const personFields = { id: true, firstNames: true, lastName: true, birthDate: true, nonDisclosure: true } as const;

export type Representative = {
  key: string;
  basis: "guardianship" | "informationRight" | "mandate";
  name: string;
  validFrom: Date;
  validUntil: Date | null;
  health: boolean;
  social: boolean;
  detail: string | null; // the mandate kind, or who decided the right to information
  revokedAt: Date | null;
  now: Resolution;
};

export async function loadRepresentatives(db: Db, subjectId: string, at: Date): Promise<Representative[]> {
  const [subject, guardianships, rights, mandates] = await Promise.all([
    db.person.findUnique({ where: { id: subjectId }, select: personFields }),
    db.guardianship.findMany({
      where: { childId: subjectId },
      select: { id: true, guardianId: true, childId: true, agreementCoded: true, validFrom: true, validUntil: true, guardian: { select: personFields } },
    }),
    db.informationRight.findMany({
      where: { childId: subjectId },
      select: { id: true, holderId: true, childId: true, scope: true, validFrom: true, validUntil: true, decidedBy: true, holder: { select: personFields } },
    }),
    db.mandate.findMany({
      where: { giverId: subjectId },
      select: {
        id: true,
        giverId: true,
        holderId: true,
        kind: true,
        scopeHealth: true,
        scopeSocial: true,
        validFrom: true,
        validUntil: true,
        revokedAt: true,
        holder: { select: personFields },
      },
    }),
  ]);
  if (!subject) return [];
  const persons = new Map([[subject.id, subject]]);
  for (const g of guardianships) persons.set(g.guardian.id, g.guardian);
  for (const r of rights) persons.set(r.holder.id, r.holder);
  for (const m of mandates) persons.set(m.holder.id, m.holder);
  // Everything resolveRole needs about this subject: all their guardians (a marking on one blocks
  // the other), rights and mandates about them.
  const registers: Registers = {
    persons: [...persons.values()].map(({ id, birthDate, nonDisclosure }) => ({ id, birthDate, nonDisclosure })),
    guardianships,
    informationRights: rights,
    mandates,
  };
  const name = (p: { firstNames: string; lastName: string }) => `${p.firstNames} ${p.lastName}`;
  const resolve = (holderId: string) => resolveRole(holderId, subjectId, registers, at);
  return [
    ...guardianships.map((g) => ({
      key: `g-${g.id}`,
      basis: "guardianship" as const,
      name: name(g.guardian),
      validFrom: g.validFrom,
      validUntil: g.validUntil,
      health: true,
      social: true,
      detail: null,
      revokedAt: null,
      now: resolve(g.guardianId),
    })),
    ...rights.map((r) => ({
      key: `r-${r.id}`,
      basis: "informationRight" as const,
      name: name(r.holder),
      validFrom: r.validFrom,
      validUntil: r.validUntil,
      health: r.scope !== "SOCIAL",
      social: r.scope !== "HEALTH",
      detail: r.decidedBy,
      revokedAt: null,
      now: resolve(r.holderId),
    })),
    ...mandates.map((m) => ({
      key: `m-${m.id}`,
      basis: "mandate" as const,
      name: name(m.holder),
      validFrom: m.validFrom,
      validUntil: m.validUntil,
      health: m.scopeHealth,
      social: m.scopeSocial,
      detail: m.kind,
      revokedAt: m.revokedAt,
      now: resolve(m.holderId),
    })),
  ];
}

/** The matrix row "fr.o.m. 18.10.2023": acting for others is shown from that day on. */
export const ACTING_LOG_FROM = helsinkiMidnight({ year: 2023, month: 10, day: 18 });

/** Who has started acting for the person, newest first (from the access log, S-6). */
export async function listActingForSubject(db: Db, subjectId: string, limit = 50) {
  const entries = await db.accessLogEntry.findMany({
    where: { subjectPersonId: subjectId, event: "ACT_FOR_START", at: { gte: ACTING_LOG_FROM } },
    orderBy: [{ at: "desc" }, { id: "asc" }],
    take: limit,
    select: { id: true, at: true, actorPersonId: true, role: true },
  });
  const actors = await db.person.findMany({
    where: { id: { in: [...new Set(entries.map((e) => e.actorPersonId))] } },
    select: { id: true, firstNames: true, lastName: true },
  });
  const names = new Map(actors.map((a) => [a.id, `${a.firstNames} ${a.lastName}`]));
  return entries.map((e) => ({ id: e.id, at: e.at, name: names.get(e.actorPersonId) ?? "", role: e.role }));
}
