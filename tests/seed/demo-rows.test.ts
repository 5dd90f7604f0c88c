// The demo rows are built in memory (no database): the invariants must hold whatever day the seed
// runs, since data dates are relative to `now` and birth dates are fixed.
import { describe, expect, it } from "vitest";
import { ageAt } from "@/domain/dates";
import { buildDemoRows, SEED_FACTS } from "@prisma-seed/demo";
import { PERSONAS } from "@prisma-seed/personas";
import { TABLE_ORDER } from "@prisma-seed/lib/rows";

const NOWS = [
  "2026-11-25T10:00:00Z",
  "2027-03-01T06:30:00Z",
  "2028-08-20T21:30:00Z",
  "2026-06-15T12:00:00Z",
].map((s) => new Date(s));
const birth = new Map(PERSONAS.map((p) => [p.id, new Date(`${p.birthDate}T00:00:00Z`)]));

describe.each(NOWS)("demo rows with now = %s", (now) => {
  const rows = buildDemoRows(now);

  it("is deterministic", () => {
    expect(JSON.stringify(buildDemoRows(now))).toBe(JSON.stringify(rows));
  });

  it("has unique ids in every table", () => {
    for (const table of TABLE_ORDER) {
      const ids = (rows[table] as { id?: string }[]).map((r) => r.id).filter((x) => x !== undefined);
      expect(new Set(ids).size, table).toBe(ids.length);
    }
  });

  it("recordedAtAge is the patient's true age (Helsinki calendar)", () => {
    for (const d of rows.healthDocument) {
      expect(d.recordedAtAge, d.title).toBe(ageAt(birth.get(d.patientId)!, new Date(d.recordedAt)));
    }
  });

  it("records nothing in the future", () => {
    const past = (d: Date | string | null | undefined) => d == null || new Date(d).getTime() <= now.getTime();
    for (const d of rows.healthDocument) expect(past(d.recordedAt) && past(d.storedAt), d.title).toBe(true);
    for (const p of rows.prescription) expect(past(p.prescribedAt), p.drugName).toBe(true);
    for (const d of rows.dispensing) expect(past(d.dispensedAt)).toBe(true);
    for (const s of rows.socialDocument) expect(past(s.recordedAt), s.title).toBe(true);
    for (const m of rows.measurement) expect(past(m.measuredAt)).toBe(true);
    for (const r of rows.renewalRequest) expect(past(r.sentAt) && past(r.handledAt)).toBe(true);
  });

  it("nothing is recorded before the patient was born", () => {
    for (const d of rows.healthDocument)
      expect(new Date(d.recordedAt) >= birth.get(d.patientId)!, d.title).toBe(true);
    for (const p of rows.prescription)
      expect(new Date(p.prescribedAt) >= birth.get(p.patientId)!, p.drugName).toBe(true);
  });

  it("exactly one renewal request is pending, keyed by its prescription", () => {
    const pending = rows.renewalRequest.filter((r) => r.pendingKey != null);
    expect(pending).toHaveLength(1);
    expect(pending[0]!.pendingKey).toBe(pending[0]!.prescriptionId);
    expect(pending[0]!.id).toBe(SEED_FACTS.renewalRequests.pending);
  });

  it("the unique titles of SEED_FACTS occur once", () => {
    const titles = rows.healthDocument.filter((d) => d.isLatest !== false).map((d) => d.title);
    const h = SEED_FACTS.health;
    for (const t of [
      h.aino.recentVisitTitle,
      h.aino.oldVisitTitle,
      h.aino.inpatientSummaryTitle,
      h.aino.delayedTitle,
      h.aino.otherPersonTitle,
      h.aino.heldBackTitle,
      h.ella.notAssessedTitle,
      h.ella.forbiddenTitle,
      h.ella.systemNotUpdatedTitle,
      h.ella.pre2016Title,
    ]) {
      expect(
        titles.filter((x) => x === t),
        t,
      ).toHaveLength(1);
    }
  });
});
