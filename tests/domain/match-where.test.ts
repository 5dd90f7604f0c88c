import { describe, expect, it } from "vitest";
import { evalWhere, matchesWhere, whereFields } from "./support/match-where";

const row = { id: "a", n: 5, s: "x", b: true, d: new Date("2020-01-01T00:00:00Z"), z: null as Date | null };

describe("test support: matchesWhere (Prisma where subset, SQL null semantics)", () => {
  it("scalars, operators and null", () => {
    expect(matchesWhere(row, { n: 5, s: "x", b: true })).toBe(true);
    expect(matchesWhere(row, { n: { gte: 5, lt: 6 } })).toBe(true);
    expect(matchesWhere(row, { n: { gt: 5 } })).toBe(false);
    expect(matchesWhere(row, { d: { lte: new Date("2020-01-01T00:00:00Z") } })).toBe(true);
    expect(matchesWhere(row, { d: new Date("2020-01-01T00:00:00Z") })).toBe(true);
    expect(matchesWhere(row, { z: null })).toBe(true);
    expect(matchesWhere(row, { z: { not: null } })).toBe(false);
    expect(matchesWhere(row, { s: { in: ["x", "y"] } })).toBe(true);
    expect(matchesWhere(row, { s: { notIn: ["x"] } })).toBe(false);
    expect(matchesWhere(row, { id: { in: [] } })).toBe(false);
    expect(matchesWhere(row, {})).toBe(true);
  });
  it("comparisons with NULL are unknown, and NOT of unknown is still unknown", () => {
    expect(evalWhere(row, { z: { lte: new Date() } })).toBe(null);
    expect(matchesWhere(row, { NOT: { z: { lte: new Date() } } })).toBe(false);
    expect(matchesWhere(row, { z: { not: new Date() } })).toBe(false);
    expect(matchesWhere(row, { OR: [{ z: null }, { z: { lte: new Date() } }] })).toBe(true);
  });
  it("AND / OR / NOT", () => {
    expect(matchesWhere(row, { AND: [{ n: 5 }, { s: "x" }] })).toBe(true);
    expect(matchesWhere(row, { OR: [{ n: 4 }, { s: "x" }] })).toBe(true);
    expect(matchesWhere(row, { OR: [] })).toBe(false);
    expect(matchesWhere(row, { NOT: [{ n: 4 }, { s: "y" }] })).toBe(true);
    expect(matchesWhere(row, { NOT: { n: 5 } })).toBe(false);
  });
  it("refuses unknown fields and operators, so a misspelt builder fails loudly", () => {
    expect(() => matchesWhere(row, { nope: 1 })).toThrow(/no field/);
    expect(() => matchesWhere(row, { n: { contains: 1 } })).toThrow(/unsupported/);
  });
  it("whereFields collects field names", () => {
    expect([...whereFields({ AND: [{ a: 1 }, { OR: [{ b: { lt: 1 } }, { NOT: { c: null } }] }] })]).toEqual([
      "a",
      "b",
      "c",
    ]);
  });
});
