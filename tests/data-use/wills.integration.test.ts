// C-5, C-7: the wills in the will service, with pasted text cleaned and never refused.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEED_FACTS } from "@prisma-seed/demo";
import { deleteLivingWill } from "@/server/kanta/will-service/delete-living-will";
import { loadWills } from "@/server/kanta/will-service/load-wills";
import { removeOrganDonationWill } from "@/server/kanta/will-service/remove-organ-donation-will";
import { saveLivingWill } from "@/server/kanta/will-service/save-living-will";
import { saveOrganDonationWill } from "@/server/kanta/will-service/save-organ-donation-will";
import { LIVING_WILL_MAX } from "@/server/kanta/will-service/will-text";
import type { TestDatabase } from "../support/test-database";
import { acting, guardAllows, id, seededDatabase } from "./support";

let db: TestDatabase;
beforeAll(async () => {
  db = await seededDatabase();
});
afterAll(() => db?.drop());

const PASTED = "\uFEFFHoitotahtoni\r\n\r\nEn halua\u00A0elvytystä.\u200B Toivon kivun\u00ADlievitystä\u2028ja kotihoitoa.\u0000\u0093Kiitos\u0094";
const CLEANED = "Hoitotahtoni\n\nEn halua elvytystä. Toivon kivunlievitystä\nja kotihoitoa.“Kiitos”";

describe("C-7: the living will", () => {
  it("C-5: Aino's seeded wills are there", async () => {
    const wills = await loadWills(db.prisma, id("aino"));
    expect(wills.livingWill?.text).toContain(SEED_FACTS.willService.ainoLivingWillSnippet);
    expect(wills.organDonation).toMatchObject({ willing: true, additionalInfo: SEED_FACTS.willService.ainoOrganDonationInfo });
  });

  it("C-7: text pasted with hidden characters is cleaned and saved, and the user is told", async () => {
    expect(await saveLivingWill(db.prisma, acting("bengt"), { text: PASTED })).toEqual({ ok: true, message: "livingWillSavedCleaned" });
    expect((await loadWills(db.prisma, id("bengt"))).livingWill?.text).toBe(CLEANED);
  });

  it("C-7: changing keeps one record; plain text is not reported as cleaned; deleting removes it", async () => {
    expect(await saveLivingWill(db.prisma, acting("bengt"), { text: "Uusi teksti." })).toEqual({ ok: true, message: "livingWillSaved" });
    expect(await db.prisma.livingWill.count({ where: { personId: id("bengt") } })).toBe(1);
    expect(await deleteLivingWill(db.prisma, acting("bengt"))).toEqual({ ok: true, message: "livingWillDeleted" });
    expect(await deleteLivingWill(db.prisma, acting("bengt"))).toEqual({ ok: false, error: "livingWillNotFound" });
    expect((await loadWills(db.prisma, id("bengt"))).livingWill).toBeNull();
  });

  it("C-7: the limit is counted after cleaning: 10 000 visible characters with hidden ones pass; 10 001 do not; empty does not", async () => {
    const visible = "a".repeat(LIVING_WILL_MAX);
    expect(await saveLivingWill(db.prisma, acting("helmi"), { text: `${visible}\u200B\u200B\uFEFF` })).toMatchObject({ ok: true });
    expect((await loadWills(db.prisma, id("helmi"))).livingWill?.text).toBe(visible);
    expect(await saveLivingWill(db.prisma, acting("helmi"), { text: `${visible}b` })).toEqual({ ok: false, error: "livingWillTooLong" });
    expect(await saveLivingWill(db.prisma, acting("helmi"), { text: "\u200B \n\uFEFF" })).toEqual({ ok: false, error: "livingWillEmpty" });
    expect((await loadWills(db.prisma, id("helmi"))).livingWill?.text).toBe(visible);
  });

  it("C-5: a double submission leaves one living will", async () => {
    await Promise.all([1, 2, 3].map(() => saveLivingWill(db.prisma, acting("toivo"), { text: "Sama teksti" })));
    expect(await db.prisma.livingWill.count({ where: { personId: id("toivo") } })).toBe(1);
  });
});

describe("C-7: the organ donation will", () => {
  it("C-7: given with one action, with or without additional information, changed and removed", async () => {
    expect(await saveOrganDonationWill(db.prisma, acting("mikko"), { additionalInfo: "" })).toEqual({ ok: true, message: "organDonationSaved" });
    expect((await loadWills(db.prisma, id("mikko"))).organDonation).toMatchObject({ willing: true, additionalInfo: null });
    expect(await saveOrganDonationWill(db.prisma, acting("mikko"), { additionalInfo: "Ei\u00A0sarveiskalvoja.\u200B" })).toEqual({
      ok: true,
      message: "organDonationSavedCleaned",
    });
    expect((await loadWills(db.prisma, id("mikko"))).organDonation?.additionalInfo).toBe("Ei sarveiskalvoja.");
    expect(await saveOrganDonationWill(db.prisma, acting("mikko"), { additionalInfo: "x".repeat(1001) })).toEqual({ ok: false, error: "organInfoTooLong" });
    expect(await removeOrganDonationWill(db.prisma, acting("mikko"))).toEqual({ ok: true, message: "organDonationRemoved" });
    expect(await removeOrganDonationWill(db.prisma, acting("mikko"))).toEqual({ ok: false, error: "organDonationNotFound" });
  });

  it("C-5: only the adult themselves: minors, guardians and mandate holders are refused by the guard", async () => {
    for (const f of ["organDonation.manage", "livingWill.manage"] as const) {
      expect(await guardAllows(db.prisma, "aino", "aino", f)).toBe(true);
      expect(await guardAllows(db.prisma, "oona", "oona", f)).toBe(false);
      expect(await guardAllows(db.prisma, "matti", "eetu", f)).toBe(false);
      expect(await guardAllows(db.prisma, "mikko", "toivo", f)).toBe(false);
      expect(await guardAllows(db.prisma, "mikko", "helmi", f)).toBe(false);
    }
  });
});
