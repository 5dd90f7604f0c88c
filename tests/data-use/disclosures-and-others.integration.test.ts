// C-6 disclosure logs, the minor's `limited` view, and who may act for whom.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ageBands } from "@/domain/visibility";
import { SEED_FACTS } from "@prisma-seed/demo";
import { listHealthDisclosures, listPrescriptionDisclosures, listSocialDisclosures } from "@/server/kanta/disclosure-log/list-disclosures";
import { listHealthHiddenFromGuardians, listPrescriptionsHiddenFromGuardians, listSocialHiddenFromGuardians } from "@/server/kanta/will-service/list-hidden-from-guardians";
import { listActingForSubject, loadRepresentatives } from "@/app/[locale]/(portal)/others/_lib/load-representatives";
import type { TestDatabase } from "../support/test-database";
import { guardAllows, id, NOW, seededDatabase, viewerFromDb } from "./support";

let db: TestDatabase;
beforeAll(async () => {
  db = await seededDatabase();
});
afterAll(() => db?.drop());

describe("C-6: disclosure logs", () => {
  it("C-6: Aino sees where her prescriptions, health data and social data went: organisations, when, what", async () => {
    const v = await viewerFromDb(db.prisma, "aino");
    const rx = await listPrescriptionDisclosures(db.prisma, v, {});
    const health = await listHealthDisclosures(db.prisma, v, {});
    const social = await listSocialDisclosures(db.prisma, v, {});
    expect(rx.rows.length).toBeGreaterThan(0);
    expect(rx.rows.map((r) => r.recipient)).toContain("Kansaneläkelaitos (Kela)");
    expect(health.rows.map((r) => r.recipient)).toEqual(expect.arrayContaining(["HUS-yhtymä", "Terveystalo Oy"]));
    expect(social.rows.map((r) => r.recipient)).toContain("Kansaneläkelaitos (Kela)");
    // Newest first.
    const times = rx.rows.map((r) => r.disclosedAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it("C-6: the date range filters by the disclosure time", async () => {
    const v = await viewerFromDb(db.prisma, "aino");
    const all = await listHealthDisclosures(db.prisma, v, {});
    const from = new Date(NOW.getTime() - 365 * 86_400_000);
    const recent = await listHealthDisclosures(db.prisma, v, { from, to: NOW });
    expect(recent.rows.length).toBeLessThan(all.rows.length);
    expect(recent.rows.every((r) => r.disclosedAt >= from && r.disclosedAt <= NOW)).toBe(true);
  });

  it("C-6 *: a guardian sees Ella's prescription disclosures only from before she turned 10; no health disclosures", async () => {
    const own = await listPrescriptionDisclosures(db.prisma, await viewerFromDb(db.prisma, "ella"), {});
    const guardian = await listPrescriptionDisclosures(db.prisma, await viewerFromDb(db.prisma, "matti", "ella"), {});
    const ten = ageBands(new Date("2012-08-20T00:00:00Z")).ten;
    expect(own.rows.some((r) => r.disclosedAt >= ten)).toBe(true);
    expect(guardian.rows.length).toBeGreaterThan(0);
    expect(guardian.rows.every((r) => r.disclosedAt < ten)).toBe(true);
    expect((await listHealthDisclosures(db.prisma, await viewerFromDb(db.prisma, "matti", "ella"), {})).rows).toEqual([]);
    expect(await guardAllows(db.prisma, "matti", "ella", "health.disclosures")).toBe(false);
    expect(await guardAllows(db.prisma, "matti", "ella", "prescriptions.disclosures")).toBe(true);
  });

  it("C-6: a right to information on social data only opens only the social part", async () => {
    expect(await guardAllows(db.prisma, "tuomas", "ella", "prescriptions.disclosures")).toBe(false);
    expect(await guardAllows(db.prisma, "tuomas", "ella", "health.disclosures")).toBe(false);
    expect(await guardAllows(db.prisma, "tuomas", "ella", "social.view")).toBe(true);
  });
});

describe("the minor's `limited` use of data: what is hidden from the guardians", () => {
  it("V-HEALTH-6 V-HEALTH-7: Oona sees which of her visits and prescriptions her guardians do not see", async () => {
    const v = await viewerFromDb(db.prisma, "oona");
    expect(v.role).toBe("minor");
    const docs = (await listHealthHiddenFromGuardians(db.prisma, v)).map((d) => d.title);
    expect(docs).toEqual(expect.arrayContaining([SEED_FACTS.health.oona.forbiddenTitle, SEED_FACTS.health.oona.forbiddenTitle2]));
    expect(docs).not.toContain(SEED_FACTS.health.oona.underTenTitle);
    const rx = (await listPrescriptionsHiddenFromGuardians(db.prisma, v)).map((p) => p.id);
    expect(rx).toContain(SEED_FACTS.prescriptions.oona.forbidden.id);
  });

  it("V-SOC-5: Ella sees her social document restricted from guardians", async () => {
    const docs = await listSocialHiddenFromGuardians(db.prisma, await viewerFromDb(db.prisma, "ella"));
    expect(docs.map((d) => d.id)).toEqual([SEED_FACTS.social.ella.restrictedId]);
  });

  it("only for the minor: nobody else gets these lists", async () => {
    const guardian = await viewerFromDb(db.prisma, "matti", "oona");
    expect(await listHealthHiddenFromGuardians(db.prisma, guardian)).toEqual([]);
    expect(await listPrescriptionsHiddenFromGuardians(db.prisma, guardian)).toEqual([]);
    expect(await listSocialHiddenFromGuardians(db.prisma, guardian)).toEqual([]);
  });
});

describe("acting for others: who may act for the person", () => {
  it("Eetu: both guardians can act; Riikka holds a right to information on health data", async () => {
    const reps = await loadRepresentatives(db.prisma, id("eetu"), NOW);
    const byName = Object.fromEntries(reps.map((r) => [r.name.split(" ")[0], r]));
    expect(byName.Matti).toMatchObject({ basis: "guardianship", health: true, social: true, now: { ok: true, role: "guardian" } });
    expect(byName.Liisa).toMatchObject({ basis: "guardianship", now: { ok: true, role: "guardian" } });
    expect(byName.Riikka).toMatchObject({ basis: "informationRight", health: true, social: false, now: { ok: true, role: "informationRight" } });
  });

  it("Aapo: his guardians cannot act automatically because one has a non-disclosure marking", async () => {
    const reps = await loadRepresentatives(db.prisma, id("aapo"), NOW);
    const sanna = reps.find((r) => r.name.startsWith("Sanna"))!;
    const jari = reps.find((r) => r.name.startsWith("Jari"))!;
    expect(sanna.now).toEqual({ ok: false, reason: "guardianNonDisclosure" });
    expect(jari.now).toEqual({ ok: false, reason: "otherGuardianNonDisclosure" });
  });

  it("mandates with scope and validity: Toivo's to Mikko (both), Aune's expired; Emil's former guardian no longer", async () => {
    const toivo = await loadRepresentatives(db.prisma, id("toivo"), NOW);
    expect(toivo).toEqual([expect.objectContaining({ basis: "mandate", health: true, social: true, detail: "ADULT", now: expect.objectContaining({ ok: true, role: "mandate" }) })]);
    const aune = await loadRepresentatives(db.prisma, id("aune"), NOW);
    expect(aune[0]?.now).toEqual({ ok: false, reason: "mandateExpired" });
    const emil = await loadRepresentatives(db.prisma, id("emil"), NOW);
    expect(emil[0]).toMatchObject({ basis: "guardianship", now: { ok: false, reason: "childTurned18" } });
  });

  it("the acting log since 18.10.2023 names who acted and in which role", async () => {
    await db.prisma.accessLogEntry.createMany({
      data: [
        { event: "ACT_FOR_START", actorPersonId: id("mikko"), actorHetu: "x", subjectPersonId: id("helmi"), role: "mandate", at: NOW },
        { event: "ACT_FOR_START", actorPersonId: id("mikko"), actorHetu: "x", subjectPersonId: id("helmi"), role: "mandate", at: new Date("2023-10-01T10:00:00Z") },
        { event: "SIGN_IN", actorPersonId: id("helmi"), actorHetu: "x", subjectPersonId: id("helmi"), at: NOW },
      ],
    });
    const log = await listActingForSubject(db.prisma, id("helmi"));
    expect(log.filter((e) => e.at.getTime() === NOW.getTime())).toEqual([expect.objectContaining({ name: expect.stringContaining("Mikko"), role: "mandate" })]);
    expect(log.every((e) => e.at >= new Date("2023-10-17T21:00:00Z"))).toBe(true);
  });
});
