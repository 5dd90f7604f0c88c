// Properties of who may act for whom, over random registers and dates (fast-check).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ageAt, birthdayInstant, withinDatePeriod } from "@/domain/dates";
import { FEATURES, featureAccess } from "@/domain/permissions";
import {
  authorize,
  listActingOptions,
  resolveRole,
  scopeAllowsFeature,
  type GuardianshipRecord,
  type InformationRightRecord,
  type MandateRecord,
  type PersonRecord,
  type Registers,
} from "@/domain/relationships";

const IDS = ["p0", "p1", "p2", "p3", "p4", "p5"] as const;
const idArb = fc.constantFrom(...IDS);
const day = (from: number, to: number) =>
  fc.integer({ min: 0, max: (to - from) * 366 }).map((n) => new Date(Date.UTC(from, 0, 1 + n)));
const nowArb = fc.date({
  min: new Date("2018-01-01T00:00:00Z"),
  max: new Date("2032-12-31T00:00:00Z"),
  noInvalidDate: true,
});

const personArb = (id: string) =>
  fc.record({
    id: fc.constant(id),
    birthDate: fc.oneof(day(1940, 2000), day(2005, 2030)),
    nonDisclosure: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
  });
const guardianshipArb: fc.Arbitrary<GuardianshipRecord> = fc.record({
  guardianId: idArb,
  childId: idArb,
  agreementCoded: fc.oneof(fc.constant(true), fc.boolean()),
  validFrom: day(2000, 2026),
  validUntil: fc.option(day(2018, 2035), { nil: null, freq: 2 }),
});
const rightArb: fc.Arbitrary<InformationRightRecord> = fc.record({
  holderId: idArb,
  childId: idArb,
  scope: fc.constantFrom("HEALTH", "SOCIAL", "BOTH"),
  validFrom: day(2000, 2026),
  validUntil: fc.option(day(2018, 2035), { nil: null, freq: 2 }),
});
const mandateArb: fc.Arbitrary<MandateRecord> = fc.record({
  giverId: idArb,
  holderId: idArb,
  kind: fc.constantFrom("ADULT", "GUARDIANS_JOINT", "ON_APPLICATION"),
  scopeHealth: fc.boolean(),
  scopeSocial: fc.boolean(),
  validFrom: day(2010, 2026),
  validUntil: fc.option(day(2018, 2035), { nil: null, freq: 2 }),
  revokedAt: fc.option(
    fc.date({ min: new Date("2018-01-01"), max: new Date("2033-01-01"), noInvalidDate: true }),
    { nil: null, freq: 3 },
  ),
});
const registersArb: fc.Arbitrary<Registers> = fc.record({
  persons: fc.tuple(...IDS.map(personArb)) as fc.Arbitrary<PersonRecord[]>,
  guardianships: fc.array(guardianshipArb, { maxLength: 6 }),
  informationRights: fc.array(rightArb, { maxLength: 4 }),
  mandates: fc.array(mandateArb, { maxLength: 5 }),
});
const caseArb = fc.record({ r: registersArb, actor: idArb, subject: idArb, now: nowArb });

const related = (r: Registers, a: string, s: string) =>
  r.guardianships.some((g) => g.guardianId === a && g.childId === s) ||
  r.informationRights.some((i) => i.holderId === a && i.childId === s) ||
  r.mandates.some((m) => m.holderId === a && m.giverId === s);

const isBlocked = (r: Registers, childId: string, now: Date) => {
  const child = r.persons.find((p) => p.id === childId)!;
  const guardians = r.guardianships.filter(
    (g) => g.childId === childId && withinDatePeriod(g.validFrom, g.validUntil, now) === "within",
  );
  return (
    child.nonDisclosure || guardians.some((g) => r.persons.find((p) => p.id === g.guardianId)!.nonDisclosure)
  );
};

describe("who may act for whom: properties", () => {
  it("the generators reach every kind of relation (the properties are not vacuous)", () => {
    const seen = new Map<string, number>();
    for (const { r, actor, subject, now } of fc.sample(caseArb, { numRuns: 5000, seed: 42 })) {
      const res = resolveRole(actor, subject, r, now);
      const key = res.ok ? `${res.role}/${res.via}` : res.reason;
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    for (const k of [
      "guardian/guardianship",
      "guardian/mandate",
      "informationRight/informationRight",
      "mandate/mandate",
      "childTurned18",
      "childNonDisclosure",
      "otherGuardianNonDisclosure",
      "custodyNotCoded",
    ]) {
      expect(seen.get(k) ?? 0, k).toBeGreaterThan(0);
    }
  });

  it("WHO-0: nobody ever gets a role towards an unrelated person; adult/minor only for oneself", () => {
    fc.assert(
      fc.property(caseArb, ({ r, actor, subject, now }) => {
        const res = resolveRole(actor, subject, r, now);
        if (actor === subject) expect(res).toMatchObject({ ok: true, via: "self" });
        else if (!related(r, actor, subject)) expect(res.ok).toBe(false);
        if (res.ok) expect(res.role === "adult" || res.role === "minor").toBe(actor === subject);
      }),
      { numRuns: 2000 },
    );
  });

  it("WHO-1: guardian and information-right roles exist only while the child is under 18", () => {
    fc.assert(
      fc.property(caseArb, ({ r, actor, subject, now }) => {
        const res = resolveRole(actor, subject, r, now);
        if (res.ok && (res.role === "guardian" || res.role === "informationRight")) {
          expect(ageAt(r.persons.find((p) => p.id === subject)!.birthDate, now)).toBeLessThan(18);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("WHO-1: the 18th birthday ends guardian and information-right roles that day; the day before they hold", () => {
    const hour = 3600_000;
    fc.assert(
      fc.property(
        day(1995, 2030),
        fc.integer({ min: 0, max: 22 * hour }),
        fc.integer({ min: 1, max: 22 * hour }),
        (birth, after, before) => {
          const r: Registers = {
            persons: [
              { id: "child", birthDate: birth, nonDisclosure: false },
              { id: "g1", birthDate: new Date("1970-01-01T00:00:00Z"), nonDisclosure: false },
              { id: "h", birthDate: new Date("1970-01-01T00:00:00Z"), nonDisclosure: false },
            ],
            guardianships: [
              {
                guardianId: "g1",
                childId: "child",
                agreementCoded: true,
                validFrom: birth,
                validUntil: null,
              },
            ],
            informationRights: [
              { holderId: "h", childId: "child", scope: "BOTH", validFrom: birth, validUntil: null },
            ],
            mandates: [],
          };
          const turns = birthdayInstant(birth, 18).getTime();
          const on = new Date(turns + after);
          const dayBefore = new Date(turns - before);
          expect(resolveRole("g1", "child", r, on)).toEqual({ ok: false, reason: "childTurned18" });
          expect(resolveRole("h", "child", r, on)).toEqual({ ok: false, reason: "childTurned18" });
          expect(resolveRole("g1", "child", r, dayBefore)).toMatchObject({ ok: true, role: "guardian" });
          expect(resolveRole("h", "child", r, dayBefore)).toMatchObject({
            ok: true,
            role: "informationRight",
          });
        },
      ),
      { numRuns: 500 },
    );
  });

  it("WHO-2: an automatic guardian role never coexists with a marking on the child or on any current guardian", () => {
    fc.assert(
      fc.property(caseArb, ({ r, actor, subject, now }) => {
        const res = resolveRole(actor, subject, r, now);
        if (res.ok && res.via === "guardianship") expect(isBlocked(r, subject, now)).toBe(false);
        if (res.ok && res.role === "informationRight")
          expect(r.persons.find((p) => p.id === subject)!.nonDisclosure).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it("WHO-2: a marking on the child removes both guardians' automatic role; on one guardian, the other's too", () => {
    fc.assert(
      fc.property(fc.constantFrom("child", "g1", "g2"), fc.boolean(), nowArb, (marked, coded, now) => {
        const r: Registers = {
          persons: ["child", "g1", "g2"].map((id) => ({
            id,
            birthDate:
              id === "child"
                ? new Date(Date.UTC(now.getUTCFullYear() - 5, 0, 1))
                : new Date("1980-01-01T00:00:00Z"),
            nonDisclosure: id === marked,
          })),
          guardianships: ["g1", "g2"].map((g) => ({
            guardianId: g,
            childId: "child",
            agreementCoded: coded,
            validFrom: new Date("2000-01-01T00:00:00Z"),
            validUntil: null,
          })),
          informationRights: [],
          mandates: [],
        };
        for (const g of ["g1", "g2"]) {
          const res = resolveRole(g, "child", r, now);
          expect(res.ok).toBe(false);
          const want =
            marked === "child"
              ? "childNonDisclosure"
              : marked === g
                ? "guardianNonDisclosure"
                : "otherGuardianNonDisclosure";
          expect(res).toEqual({ ok: false, reason: want });
        }
      }),
    );
  });

  it("WHO-3: a guardian role through a not-coded custody always comes from a mandate", () => {
    fc.assert(
      fc.property(caseArb, ({ r, actor, subject, now }) => {
        const res = resolveRole(actor, subject, r, now);
        const own = r.guardianships.find(
          (g) =>
            g.guardianId === actor &&
            g.childId === subject &&
            withinDatePeriod(g.validFrom, g.validUntil, now) === "within",
        );
        if (res.ok && res.role === "guardian" && own && !own.agreementCoded) expect(res.via).toBe("mandate");
      }),
      { numRuns: 2000 },
    );
  });

  it("WHO-4/WHO-5: scopes never exceed the scopes of the valid mandates or rights that gave them", () => {
    fc.assert(
      fc.property(caseArb, ({ r, actor, subject, now }) => {
        const res = resolveRole(actor, subject, r, now);
        if (!res.ok || res.via === "self" || res.via === "guardianship") return;
        let health = false;
        let social = false;
        if (res.via === "mandate") {
          for (const m of r.mandates) {
            const valid = m.revokedAt === null || m.revokedAt > now;
            if (
              m.holderId === actor &&
              m.giverId === subject &&
              valid &&
              withinDatePeriod(m.validFrom, m.validUntil, now) === "within"
            ) {
              health ||= m.scopeHealth;
              social ||= m.scopeSocial;
            }
          }
        } else {
          for (const i of r.informationRights) {
            if (
              i.holderId === actor &&
              i.childId === subject &&
              withinDatePeriod(i.validFrom, i.validUntil, now) === "within"
            ) {
              health ||= i.scope !== "SOCIAL";
              social ||= i.scope !== "HEALTH";
            }
          }
        }
        expect(res.scopes.health || res.scopes.social).toBe(true);
        if (res.scopes.health) expect(health).toBe(true);
        if (res.scopes.social) expect(social).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it("authorize never grants more than role, scope and matrix together", () => {
    fc.assert(
      fc.property(caseArb, fc.constantFrom(...FEATURES), ({ r, actor, subject, now }, f) => {
        const a = authorize(actor, subject, f, r, now);
        const res = resolveRole(actor, subject, r, now);
        if (!a.ok) return;
        expect(res.ok).toBe(true);
        if (!res.ok) return;
        expect(scopeAllowsFeature(res.scopes, f)).toBe(true);
        expect(["enabled", "limited"]).toContain(featureAccess(res.role, f));
      }),
      { numRuns: 2000 },
    );
  });

  it("listActingOptions lists every available person and agrees with resolveRole", () => {
    fc.assert(
      fc.property(caseArb, ({ r, actor, now }) => {
        const options = listActingOptions(actor, r, now);
        for (const o of options) expect(o.result).toEqual(resolveRole(actor, o.subjectId, r, now));
        for (const s of IDS) {
          if (s === actor) continue;
          if (resolveRole(actor, s, r, now).ok) expect(options.map((o) => o.subjectId)).toContain(s);
        }
        expect(options.map((o) => o.subjectId)).not.toContain(actor);
      }),
      { numRuns: 1000 },
    );
  });
});
