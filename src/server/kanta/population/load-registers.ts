import "server-only";
import type { DataScope, MandateKind } from "@/domain/relationships";
import { Prisma } from "@/generated/prisma/client";
import { getPrisma, type Db } from "@/server/db";

// The population register and the mandate register around one signed-in person: everything the
// permission core needs to decide whom they may act for (their children with the children's other
// guardians, information rights they hold, mandates given to them). Every page needs this, so it is
// one SQL statement (JSON built by PostgreSQL) rather than one query per relation.

export type PersonSummary = {
  id: string;
  firstNames: string;
  lastName: string;
  birthDate: Date;
  nonDisclosure: boolean;
  hetu: string;
};

type RawPerson = Omit<PersonSummary, "birthDate"> & { birthDate: string };
type RawGuardianship = {
  guardianId: string;
  childId: string;
  agreementCoded: boolean;
  validFrom: string;
  validUntil: string | null;
  child: RawPerson;
  guardian: RawPerson;
};
type RawRight = {
  holderId: string;
  childId: string;
  scope: DataScope;
  validFrom: string;
  validUntil: string | null;
  child: RawPerson;
};
type RawMandate = {
  giverId: string;
  holderId: string;
  kind: MandateKind;
  scopeHealth: boolean;
  scopeSocial: boolean;
  validFrom: string;
  validUntil: string | null;
  revokedAt: string | null;
  giver: RawPerson;
};
export type RegisterRow = {
  actor: RawPerson | null;
  guardianships: RawGuardianship[];
  rights: RawRight[];
  mandates: RawMandate[];
};

/** A date from PostgreSQL's JSON: `date` columns as UTC midnight and `timestamp(3)` as UTC, as Prisma reads them. */
export function dateFromJson(value: string): Date {
  return new Date(
    /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? `${value}T00:00:00Z`
      : /[Zz]|[+-]\d\d:?\d\d$/.test(value)
        ? value
        : `${value}Z`,
  );
}
export const optionalDate = (value: string | null) => (value === null ? null : dateFromJson(value));
const person = (p: RawPerson): PersonSummary => ({ ...p, birthDate: dateFromJson(p.birthDate) });

// The register columns of one statement, around the actor `actor` (an SQL expression: a bound id,
// or the person of a session row). `p` is the person CTE the statement defines.
export function registerColumns(actor: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
      (SELECT row_to_json(p) FROM p WHERE p."id" = ${actor}) AS "actor",
      COALESCE((
        SELECT json_agg(json_build_object(
          'guardianId', g2."guardianId", 'childId', g2."childId", 'agreementCoded', g2."agreementCoded",
          'validFrom', g2."validFrom", 'validUntil', g2."validUntil", 'child', row_to_json(c), 'guardian', row_to_json(gp)))
        FROM "Guardianship" g
        JOIN "Guardianship" g2 ON g2."childId" = g."childId"
        JOIN p c ON c."id" = g."childId"
        JOIN p gp ON gp."id" = g2."guardianId"
        WHERE g."guardianId" = ${actor}), '[]'::json) AS "guardianships",
      COALESCE((
        SELECT json_agg(json_build_object(
          'holderId', r."holderId", 'childId', r."childId", 'scope', r."scope", 'validFrom', r."validFrom",
          'validUntil', r."validUntil", 'child', row_to_json(c)))
        FROM "InformationRight" r JOIN p c ON c."id" = r."childId"
        WHERE r."holderId" = ${actor}), '[]'::json) AS "rights",
      COALESCE((
        SELECT json_agg(json_build_object(
          'giverId', m."giverId", 'holderId', m."holderId", 'kind', m."kind", 'scopeHealth', m."scopeHealth",
          'scopeSocial', m."scopeSocial", 'validFrom', m."validFrom", 'validUntil', m."validUntil",
          'revokedAt', m."revokedAt", 'giver', row_to_json(gv)))
        FROM "Mandate" m JOIN p gv ON gv."id" = m."giverId"
        WHERE m."holderId" = ${actor}), '[]'::json) AS "mandates"`;
}

// NOT MATERIALIZED: a CTE used several times is otherwise computed in full (the whole register).
export const PERSONS = Prisma.sql`p AS NOT MATERIALIZED (SELECT "id", "firstNames", "lastName", "birthDate", "nonDisclosure", "hetu" FROM "Person")`;

async function queryRegisters(db: Db, actorId: string): Promise<RegisterRow | undefined> {
  const rows = await db.$queryRaw<RegisterRow[]>(Prisma.sql`WITH ${PERSONS} SELECT ${registerColumns(Prisma.sql`${actorId}`)}`);
  return rows[0];
}

export async function loadRegistersAround(actorId: string, db: Db = getPrisma()) {
  return registersFromRow(await queryRegisters(db, actorId));
}

export function registersFromRow(row: RegisterRow | undefined) {
  if (!row?.actor) return null;
  const actor = person(row.actor);

  const persons = new Map<string, PersonSummary>([[actor.id, actor]]);
  const guardianships = row.guardianships.map((g) => {
    persons.set(g.child.id, person(g.child));
    persons.set(g.guardian.id, person(g.guardian));
    return {
      guardianId: g.guardianId,
      childId: g.childId,
      agreementCoded: g.agreementCoded,
      validFrom: dateFromJson(g.validFrom),
      validUntil: optionalDate(g.validUntil),
    };
  });
  for (const r of row.rights) persons.set(r.child.id, person(r.child));
  for (const m of row.mandates) persons.set(m.giver.id, person(m.giver));

  return {
    actor,
    persons,
    registers: {
      persons: [...persons.values()].map(({ id, birthDate, nonDisclosure }) => ({
        id,
        birthDate,
        nonDisclosure,
      })),
      guardianships,
      informationRights: row.rights.map((r) => ({
        holderId: r.holderId,
        childId: r.childId,
        scope: r.scope,
        validFrom: dateFromJson(r.validFrom),
        validUntil: optionalDate(r.validUntil),
      })),
      mandates: row.mandates.map((m) => ({
        giverId: m.giverId,
        holderId: m.holderId,
        kind: m.kind,
        scopeHealth: m.scopeHealth,
        scopeSocial: m.scopeSocial,
        validFrom: dateFromJson(m.validFrom),
        validUntil: optionalDate(m.validUntil),
        revokedAt: optionalDate(m.revokedAt),
      })),
    },
  };
}

export type LoadedRegisters = NonNullable<ReturnType<typeof registersFromRow>>;
