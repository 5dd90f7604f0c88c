// Shared generators for the visibility tests.
import fc from "fast-check";
import { expect } from "vitest";
import { ROLES, type Role } from "@/domain/permissions";
import type { Viewer, Where } from "@/domain/visibility";
import { matchesWhere } from "./match-where";

export const SUBJECTS = ["s1", "s2"] as const;

/** The five roles plus forged ones (deny by default). */
export const roleArb: fc.Arbitrary<Role> = fc.constantFrom<Role>(
  ...ROLES,
  "stranger" as Role,
  "__proto__" as Role,
);

export const dayArb = (from: number, to: number) =>
  fc.integer({ min: 0, max: (to - from) * 366 }).map((n) => new Date(Date.UTC(from, 0, 1 + n)));

export const instantArb = (from = "2005-01-01", to = "2036-01-01") =>
  fc.date({ min: new Date(`${from}T00:00:00Z`), max: new Date(`${to}T00:00:00Z`), noInvalidDate: true });

export const viewerArb: fc.Arbitrary<Viewer> = fc.record({
  role: roleArb,
  subject: fc.record({ id: fc.constantFrom(...SUBJECTS), birthDate: dayArb(1995, 2025) }),
  now: instantArb("2015-01-01", "2035-01-01"),
});

/** A date that is often exactly on (or 1 ms either side of) one of the anchors: the edges matter. */
export function dateNear(anchors: readonly Date[]): fc.Arbitrary<Date> {
  const near = anchors.flatMap((a) => [-1, 0, 1].map((d) => new Date(a.getTime() + d)));
  return fc.oneof(instantArb("2005-01-01", "2040-01-01"), fc.constantFrom(...near));
}

export const idArb = fc.constantFrom("r1", "r2", "r3");
export const subjectIdArb = fc.constantFrom(...SUBJECTS, "other");

/** The where builder and the predicate give the same answer on every generated row. */
export function assertAgree<R extends object>(
  rowsFor: (v: Viewer) => fc.Arbitrary<R>,
  where: (v: Viewer) => Where,
  predicate: (v: Viewer, row: R) => boolean,
  numRuns = 3000,
): void {
  const arb = viewerArb.chain((v) => fc.tuple(fc.constant(v), rowsFor(v)));
  fc.assert(
    fc.property(arb, ([v, row]) => {
      expect(matchesWhere(row, where(v))).toBe(predicate(v, row));
    }),
    { numRuns },
  );
}

export function viewer(role: Role, birthDate: string, now: string, id = "s1"): Viewer {
  return { role, subject: { id, birthDate: new Date(`${birthDate}T00:00:00Z`) }, now: new Date(now) };
}
