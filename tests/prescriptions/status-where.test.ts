// The list's status filters must agree with the display state the rows show (V-RX-5).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { prescriptionDisplayState, type PrescriptionStateInput } from "@/domain/visibility";
import {
  listFilterWhere,
  LIST_FILTERS,
  type ListFilter,
} from "@/server/kanta/prescription-centre/status-where";
import { matchesWhere, whereFields } from "../domain/support/match-where";
import { dateNear, instantArb } from "../domain/support/arbitraries";
import { schemaFields } from "../domain/support/schema-fields";

const NOW = new Date("2026-11-25T10:00:00Z");
const MIDNIGHT = new Date("2026-11-24T22:00:00Z"); // Helsinki midnight starting 25.11.

function expected(filter: ListFilter, s: ReturnType<typeof prescriptionDisplayState>): boolean {
  if (filter === "all") return true;
  if (filter === "cancelled") return s.cancelled !== null;
  if (filter === "expired") return s.cancelled === null && s.expired;
  return s.cancelled === null && !s.expired;
}

const rowArb = (now: Date) =>
  fc.record({
    status: fc.constantFrom("VALID", "EXPIRED", "CANCELLED", "RENEWAL_REQUESTED" as const),
    cancelledAt: fc.option(instantArb(), { nil: null }),
    validUntil: dateNear([MIDNIGHT, now]),
  });

describe("V-RX-5: list filters", () => {
  it("V-RX-5: valid / expired / cancelled as a where clause agree with prescriptionDisplayState", () => {
    fc.assert(
      fc.property(fc.constantFrom(...LIST_FILTERS), rowArb(NOW), (filter, row) => {
        const input: PrescriptionStateInput = {
          ...row,
          prescribedAt: new Date("2025-01-01T10:00:00Z"),
          validityClass: "TWO_YEARS",
          cancellationReason: null,
          lockedAt: null,
          lockedReason: null,
          amountPrescribed: 1,
          amountRemaining: 1,
          dispensings: [],
          renewalRequests: [],
        };
        expect(matchesWhere(row, listFilterWhere(filter, NOW))).toBe(
          expected(filter, prescriptionDisplayState(input, NOW)),
        );
      }),
      { numRuns: 3000 },
    );
  });

  it("V-RX-5: a prescription is valid through the Helsinki calendar day of validUntil", () => {
    const row = (validUntil: string) => ({
      status: "VALID",
      cancelledAt: null,
      validUntil: new Date(validUntil),
    });
    expect(matchesWhere(row("2026-11-24T21:59:59.999Z"), listFilterWhere("expired", NOW))).toBe(true);
    expect(matchesWhere(row("2026-11-24T22:00:00.000Z"), listFilterWhere("valid", NOW))).toBe(true);
  });

  it("names only fields of the Prescription model", () => {
    const fields = schemaFields().get("Prescription")!;
    for (const f of LIST_FILTERS)
      for (const name of whereFields(listFilterWhere(f, NOW))) expect(fields.has(name), name).toBe(true);
  });
});
