// The renewal form's validation (V-RX-6): Finnish mobile numbers, at least one prescription, a unit.
import { describe, expect, it } from "vitest";
import { formatFinnishMobile, normalizeFinnishMobile } from "@/server/kanta/prescription-centre/phone";
import {
  renewalRequestSchema,
  valuesFromForm,
} from "@/app/[locale]/(portal)/prescriptions/renew/renewal-schema";

const ID = "de000005-0000-4000-8000-000000000002";
const UNIT = "de000001-0000-4000-8000-000000000001";
const KEY = "8b0f8f7e-2a43-4b8e-9d55-0c1f5d9a3b11";

describe("V-RX-6: phone number for the text message", () => {
  it.each([
    ["040 123 4567", "+358401234567"],
    ["0401234567", "+358401234567"],
    ["+358 40 123 4567", "+358401234567"],
    ["+358-50-123-4567", "+358501234567"],
    ["00358 44 9876543", "+358449876543"],
    ["045 1234 567", "+358451234567"],
    ["(050) 12345", "+3585012345"],
  ])("V-RX-6: accepts %s", (input, normalized) => {
    expect(normalizeFinnishMobile(input)).toBe(normalized);
  });

  it.each([
    "09 310 1234",
    "+46 70 123 4567",
    "040",
    "abc",
    "040 123 4567 890",
    "+358 9 123 4567",
    "047 123 4567",
    "",
  ])("V-RX-6: refuses %s", (input) => {
    expect(normalizeFinnishMobile(input)).toBeNull();
  });

  it("formats for display", () => {
    expect(formatFinnishMobile("+358401234567")).toBe("+358 40 123 4567");
  });
});

describe("V-RX-6: the renewal form", () => {
  const form = (entries: [string, string][]) => {
    const f = new FormData();
    for (const [k, v] of entries) f.append(k, v);
    return valuesFromForm(f);
  };
  const base: [string, string][] = [
    ["prescriptionId", ID],
    ["unitId", UNIT],
    ["phone", "040 123 4567"],
    ["showOtherPrescriptions", "yes"],
    ["idempotencyKey", KEY],
  ];

  it("V-RX-6: a complete form is accepted; the phone number is normalised", () => {
    expect(renewalRequestSchema.parse(form(base))).toEqual({
      prescriptionIds: [ID],
      unitId: UNIT,
      phone: "+358401234567",
      showOtherPrescriptions: true,
      idempotencyKey: KEY,
    });
  });

  it("V-RX-6: the phone number and the consent are optional", () => {
    const parsed = renewalRequestSchema.parse(form([base[0]!, base[1]!, ["phone", "  "], base[4]!]));
    expect(parsed).toMatchObject({ phone: null, showOtherPrescriptions: false });
  });

  it("V-RX-6: missing choices and a bad phone number give field errors as translation keys", () => {
    const r = renewalRequestSchema.safeParse(form([["unitId", ""], ["phone", "09 123"], base[4]!]));
    expect(r.success).toBe(false);
    const byField = Object.fromEntries(r.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(byField).toMatchObject({
      prescriptionIds: "renew.errors.noPrescription",
      unitId: "renew.errors.noUnit",
      phone: "renew.errors.phone",
    });
  });

  it("refuses forged ids", () => {
    expect(
      renewalRequestSchema.safeParse(form([["prescriptionId", "'; drop table"], ...base.slice(1)])).success,
    ).toBe(false);
    expect(renewalRequestSchema.safeParse(form([...base.slice(0, 4), ["idempotencyKey", "x"]])).success).toBe(
      false,
    );
  });
});
