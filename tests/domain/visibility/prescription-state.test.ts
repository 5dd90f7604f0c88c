import { describe, expect, it } from "vitest";
import {
  RENEWAL_LAPSE_MS,
  effectiveRenewalStatus,
  matchesSummaryFilter,
  prescriptionDisplayState,
  renewability,
  type PrescriptionStateInput,
} from "@/domain/visibility";

const NOW = new Date("2026-11-25T10:00:00.000Z");
const base: PrescriptionStateInput = {
  prescribedAt: new Date("2026-01-10T09:00:00Z"),
  validUntil: new Date("2028-01-10T09:00:00Z"),
  validityClass: "TWO_YEARS",
  status: "VALID",
  cancellationReason: null,
  cancelledAt: null,
  lockedAt: null,
  lockedReason: null,
  amountPrescribed: 3,
  amountRemaining: 2,
  dispensings: [
    { dispensedAt: new Date("2026-01-11T12:00:00Z"), amount: 0.5 },
    { dispensedAt: new Date("2026-03-11T12:00:00Z"), amount: 0.5 },
  ],
  renewalRequests: [],
};
const rx = (over: Partial<PrescriptionStateInput>) => ({ ...base, ...over });
const state = (over: Partial<PrescriptionStateInput>, now = NOW) => prescriptionDisplayState(rx(over), now);

describe("V-RX-5 prescription states", () => {
  it("V-RX-5: dispensing state not / partly / fully, with amount left and last dispensing date", () => {
    expect(state({})).toMatchObject({
      dispensing: "partly",
      amountLeft: 2,
      lastDispensedAt: new Date("2026-03-11T12:00:00Z"),
    });
    expect(state({ dispensings: [], amountRemaining: 3 })).toMatchObject({
      dispensing: "not",
      amountLeft: 3,
      lastDispensedAt: null,
    });
    expect(state({ amountRemaining: 0 })).toMatchObject({ dispensing: "fully", amountLeft: 0 });
    expect(state({ amountRemaining: -1 })).toMatchObject({ dispensing: "fully", amountLeft: 0 });
  });
  it("V-RX-5: locked by a pharmacy, cancelled with its reason, expired", () => {
    const at = new Date("2026-05-01T10:00:00Z");
    expect(state({ lockedAt: at, lockedReason: "Dosering oklar" }).locked).toEqual({
      at,
      reason: "Dosering oklar",
    });
    expect(state({}).locked).toBeNull();
    expect(
      state({ status: "CANCELLED", cancelledAt: at, cancellationReason: "PATIENT_REQUEST" }).cancelled,
    ).toEqual({ at, reason: "PATIENT_REQUEST" });
    expect(state({ validUntil: new Date("2026-11-24T12:00:00Z") }).expired).toBe(true);
    expect(state({ validUntil: new Date("2026-11-25T01:00:00Z") }).expired).toBe(false); // valid through that Helsinki day
    expect(state({ status: "EXPIRED" }).expired).toBe(true);
  });
  it("V-RX-5: prescriptions expiring within two months are highlighted", () => {
    expect(state({ validUntil: new Date("2027-01-25T10:00:00Z") }).expiringSoon).toBe(true);
    expect(state({ validUntil: new Date("2027-01-26T10:00:00Z") }).expiringSoon).toBe(false);
    expect(state({ validUntil: new Date("2026-11-24T10:00:00Z") }).expiringSoon).toBe(false); // already expired
    expect(state({ validUntil: new Date("2026-12-01T10:00:00Z"), status: "CANCELLED" }).expiringSoon).toBe(
      false,
    );
  });
});

describe("V-RX-6 renewal", () => {
  it("V-RX-6: only prescriptions from which something was dispensed", () => {
    expect(renewability(rx({ dispensings: [], amountRemaining: 3 }), NOW)).toEqual({
      ok: false,
      reason: "notDispensed",
    });
    expect(renewability(rx({}), NOW)).toEqual({ ok: true });
  });
  it("V-RX-6: a 2-year prescription within 28 months of issue, a 1-year one within 16", () => {
    const issued = new Date("2025-01-10T09:00:00Z");
    const two = rx({ prescribedAt: issued });
    expect(renewability(two, new Date("2027-05-10T20:00:00Z"))).toEqual({ ok: true }); // last day (Helsinki)
    expect(renewability(two, new Date("2027-05-10T21:00:00Z"))).toEqual({ ok: false, reason: "tooOld" });
    const one = rx({ prescribedAt: issued, validityClass: "ONE_YEAR" });
    expect(renewability(one, new Date("2026-05-10T12:00:00Z"))).toEqual({ ok: true });
    expect(renewability(one, new Date("2026-05-11T12:00:00Z"))).toEqual({ ok: false, reason: "tooOld" });
  });
  it("V-RX-6: not if cancelled, and never again once rejected", () => {
    expect(
      renewability(rx({ status: "CANCELLED", cancelledAt: NOW, cancellationReason: "CARE" }), NOW),
    ).toEqual({ ok: false, reason: "cancelled" });
    const rejected = rx({
      renewalRequests: [{ status: "REJECTED", sentAt: new Date("2026-10-01T10:00:00Z") }],
    });
    expect(renewability(rejected, NOW)).toEqual({ ok: false, reason: "previouslyRejected" });
  });
  it("V-RX-6: an expired prescription can still be renewed inside the window", () => {
    expect(
      renewability(rx({ status: "EXPIRED", validUntil: new Date("2026-11-01T10:00:00Z") }), NOW),
    ).toEqual({ ok: true });
  });
  it("V-RX-6: an unhandled request lapses after 8 days", () => {
    const sentAt = new Date("2026-11-17T10:00:00.000Z");
    expect(
      effectiveRenewalStatus({ status: "SENT", sentAt }, new Date(sentAt.getTime() + RENEWAL_LAPSE_MS)),
    ).toBe("SENT");
    expect(
      effectiveRenewalStatus({ status: "SENT", sentAt }, new Date(sentAt.getTime() + RENEWAL_LAPSE_MS + 1)),
    ).toBe("LAPSED");
    expect(effectiveRenewalStatus({ status: "ACCEPTED", sentAt }, new Date("2030-01-01T00:00:00Z"))).toBe(
      "ACCEPTED",
    );
    const lapsed = rx({ renewalRequests: [{ status: "SENT", sentAt: new Date("2026-11-10T10:00:00Z") }] });
    expect(renewability(lapsed, NOW)).toEqual({ ok: true });
    expect(
      state({ renewalRequests: [{ status: "SENT", sentAt: new Date("2026-11-10T10:00:00Z") }] })
        .renewalPending,
    ).toBe(false);
  });
  it("V-RX-2: a second request while one is pending is refused", () => {
    const pending = rx({ renewalRequests: [{ status: "SENT", sentAt: new Date("2026-11-24T10:00:00Z") }] });
    expect(renewability(pending, NOW)).toEqual({ ok: false, reason: "pending" });
    expect(prescriptionDisplayState(pending, NOW).renewalPending).toBe(true);
    const returned = rx({
      renewalRequests: [{ status: "RETURNED", sentAt: new Date("2026-11-20T10:00:00Z") }],
    });
    expect(renewability(returned, NOW)).toEqual({ ok: true });
  });
});

describe("V-RX-3 summary filters", () => {
  it("V-RX-3: all, date range, renewal requested, expiring within two months, medicine left", () => {
    const p = rx({});
    expect(matchesSummaryFilter(p, { kind: "all" }, NOW)).toBe(true);
    expect(
      matchesSummaryFilter(
        p,
        { kind: "dateRange", from: new Date("2026-01-01T00:00:00Z"), to: new Date("2026-02-01T00:00:00Z") },
        NOW,
      ),
    ).toBe(true);
    expect(matchesSummaryFilter(p, { kind: "dateRange", from: new Date("2026-02-01T00:00:00Z") }, NOW)).toBe(
      false,
    );
    expect(matchesSummaryFilter(p, { kind: "renewalRequested" }, NOW)).toBe(false);
    expect(
      matchesSummaryFilter(
        rx({ renewalRequests: [{ status: "SENT", sentAt: new Date("2026-11-24T10:00:00Z") }] }),
        { kind: "renewalRequested" },
        NOW,
      ),
    ).toBe(true);
    expect(matchesSummaryFilter(p, { kind: "expiringSoon" }, NOW)).toBe(false);
    expect(
      matchesSummaryFilter(
        rx({ validUntil: new Date("2026-12-24T10:00:00Z") }),
        { kind: "expiringSoon" },
        NOW,
      ),
    ).toBe(true);
    expect(matchesSummaryFilter(p, { kind: "medicineLeft" }, NOW)).toBe(true);
    expect(matchesSummaryFilter(rx({ amountRemaining: 0 }), { kind: "medicineLeft" }, NOW)).toBe(false);
    expect(matchesSummaryFilter(rx({ status: "EXPIRED" }), { kind: "medicineLeft" }, NOW)).toBe(false);
    expect(matchesSummaryFilter(p, { kind: "bogus" } as never, NOW)).toBe(false);
  });
});
