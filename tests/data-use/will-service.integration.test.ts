// The will service use-cases (C-1..C-5) against a real PostgreSQL with the demo seed.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEED_FACTS } from "@prisma-seed/demo";
import { acknowledgeKantaInfo } from "@/server/kanta/will-service/acknowledge-kanta-info";
import { addProhibition } from "@/server/kanta/will-service/add-prohibition";
import { givePermission } from "@/server/kanta/will-service/give-permission";
import { listPermissions } from "@/server/kanta/will-service/load-data-use";
import { listProhibitionTargets } from "@/server/kanta/will-service/prohibition-targets";
import { removeProhibition } from "@/server/kanta/will-service/remove-prohibition";
import { revokePermission } from "@/server/kanta/will-service/revoke-permission";
import { removeContactBan, setContactBan } from "@/server/kanta/will-service/set-contact-ban";
import { giveEuConsent, withdrawEuConsent } from "@/server/kanta/will-service/set-eu-consent";
import { updatePermission } from "@/server/kanta/will-service/update-permission";
import type { TestDatabase } from "../support/test-database";
import { accessContextFromDb, acting, guardAllows, id, NOW, seededDatabase, viewerFromDb } from "./support";

let db: TestDatabase;
beforeAll(async () => {
  db = await seededDatabase();
});
afterAll(() => db?.drop());

const counts = async (person: Parameters<typeof id>[0]) => {
  const personId = id(person);
  const p = db.prisma;
  return {
    permissions: await p.disclosurePermission.count({ where: { personId } }),
    prohibitions: await p.prohibition.count({ where: { personId } }),
    eu: await p.euPatientSummaryConsent.count({ where: { personId } }),
    ban: await p.registryResearchContactBan.count({ where: { personId } }),
  };
};
const day = (y: number, m: number, d: number) => ({ year: y, month: m, day: d });

describe("C-2: nothing is registered before the latest Kanta information has been received", () => {
  it("C-2: Bengt (only version 1.0) is refused a permission, a prohibition, the EU consent and the contact ban; nothing is saved", async () => {
    const before = await counts("bengt");
    const who = acting("bengt");
    const viewer = await viewerFromDb(db.prisma, "bengt");
    const [target] = await listProhibitionTargets(db.prisma, viewer, "HEALTH");
    expect(target).toBeDefined();

    expect(await givePermission(db.prisma, who, { domain: "HEALTH", lastDay: null, idempotencyKey: randomUUID() })).toEqual({ ok: false, error: "kantaInfoRequired" });
    expect(await givePermission(db.prisma, who, { domain: "SOCIAL", lastDay: null, idempotencyKey: randomUUID() })).toEqual({ ok: false, error: "kantaInfoRequired" });
    expect(await addProhibition(db.prisma, who, viewer, { domain: "HEALTH", kind: target!.kind, ref: target!.ref })).toEqual({ ok: false, error: "kantaInfoRequired" });
    expect(await giveEuConsent(db.prisma, who)).toEqual({ ok: false, error: "kantaInfoRequired" });
    expect(await setContactBan(db.prisma, who)).toEqual({ ok: false, error: "kantaInfoRequired" });
    expect(await counts("bengt")).toEqual(before);
  });

  it("C-1 C-2: acknowledging the latest information in MittKanta records it; then the permission can be given", async () => {
    expect(await acknowledgeKantaInfo(db.prisma, acting("bengt"))).toEqual({ ok: true, message: "kantaInfoAcknowledged" });
    const receipt = await db.prisma.kantaInfoReceipt.findUnique({ where: { personId_version: { personId: id("bengt"), version: "2.0" } } });
    expect(receipt).toMatchObject({ inHealthCare: false, acknowledgedById: id("bengt"), acknowledgedAt: NOW, receivedAt: NOW });
    // The 1.0 receipt is kept as it was.
    expect(await db.prisma.kantaInfoReceipt.count({ where: { personId: id("bengt") } })).toBe(2);
    expect(await acknowledgeKantaInfo(db.prisma, acting("bengt"))).toEqual({ ok: true, message: "kantaInfoAlreadyAcknowledged" });
    expect(await givePermission(db.prisma, acting("bengt"), { domain: "HEALTH", lastDay: null, idempotencyKey: randomUUID() })).toEqual({ ok: true, message: "permissionGiven" });
  });

  it("C-1: acknowledging a receipt recorded in health care only adds the acknowledgement time", async () => {
    const key = { personId_version: { personId: id("mikko"), version: "2.0" } };
    const before = await db.prisma.kantaInfoReceipt.findUniqueOrThrow({ where: key });
    expect(before.acknowledgedAt).toBeNull();
    await acknowledgeKantaInfo(db.prisma, acting("mikko"));
    const after = await db.prisma.kantaInfoReceipt.findUniqueOrThrow({ where: key });
    expect(after).toMatchObject({ id: before.id, receivedAt: before.receivedAt, inHealthCare: true, acknowledgedAt: NOW });
  });
});

describe("footnotes ** and *** from the stored receipts", () => {
  it("**: Matti cannot give or update a health permission, give a social permission or acknowledge for Ella (she received 1.0 herself)", async () => {
    for (const f of ["healthPermission.give", "healthPermission.update", "socialPermission.give", "kantaInfo.acknowledge"] as const) {
      expect(await guardAllows(db.prisma, "matti", "ella", f), f).toBe(false);
      expect(await guardAllows(db.prisma, "liisa", "ella", f), f).toBe(false);
    }
    expect(await guardAllows(db.prisma, "matti", "ella", "healthPermission.viewValidity")).toBe(true);
  });

  it("**: for Eetu (no receipt) Matti may acknowledge and give; his acknowledgement does not turn the footnote on", async () => {
    expect(await guardAllows(db.prisma, "matti", "eetu", "healthPermission.give")).toBe(true);
    expect(await guardAllows(db.prisma, "matti", "eetu", "kantaInfo.acknowledge")).toBe(true);
    expect(await givePermission(db.prisma, acting("matti", "eetu"), { domain: "HEALTH", lastDay: null, idempotencyKey: randomUUID() })).toEqual({ ok: false, error: "kantaInfoRequired" });
    await acknowledgeKantaInfo(db.prisma, acting("matti", "eetu"));
    expect(await accessContextFromDb(db.prisma, "eetu")).toEqual({ subjectHasReceivedKantaInfo: false, subjectHasReceivedKantaInfoV2: false });
    expect(await guardAllows(db.prisma, "matti", "eetu", "healthPermission.give")).toBe(true);
    expect(await givePermission(db.prisma, acting("matti", "eetu"), { domain: "HEALTH", lastDay: null, idempotencyKey: randomUUID() })).toEqual({ ok: true, message: "permissionGiven" });
    const { current } = await listPermissions(db.prisma, id("eetu"), "HEALTH", NOW);
    expect(current).not.toBeNull();
    // A guardian gives and updates but cannot revoke (matrix: I).
    expect(await guardAllows(db.prisma, "matti", "eetu", "healthPermission.revoke")).toBe(false);
  });

  it("***: Oona (16, received 2.0 in health care) may consent to the EU transfer; Ella (1.0) may not; guardians and mandate holders: later", async () => {
    expect(await guardAllows(db.prisma, "oona", "oona", "euPatientSummary.consent")).toBe(true);
    expect(await giveEuConsent(db.prisma, acting("oona"))).toEqual({ ok: true, message: "euConsentGiven" });
    expect(await guardAllows(db.prisma, "ella", "ella", "euPatientSummary.consent")).toBe(false);
    expect(await guardAllows(db.prisma, "matti", "oona", "euPatientSummary.consent")).toBe(false);
    expect(await guardAllows(db.prisma, "mikko", "toivo", "euPatientSummary.consent")).toBe(false);
    // ** for her guardians too: Oona received the information herself.
    expect(await guardAllows(db.prisma, "matti", "oona", "healthPermission.give")).toBe(false);
  });
});

describe("C-3: disclosure permissions", () => {
  it("C-3: Aino's valid health permission blocks a second one; update, revoke and give again", async () => {
    const who = acting("aino");
    const { current } = await listPermissions(db.prisma, id("aino"), "HEALTH", NOW);
    expect(current).not.toBeNull();
    expect(await givePermission(db.prisma, who, { domain: "HEALTH", lastDay: null, idempotencyKey: randomUUID() })).toEqual({ ok: false, error: "permissionAlreadyActive" });

    expect(await updatePermission(db.prisma, who, { permissionId: current!.id, lastDay: day(2027, 12, 31) })).toEqual({ ok: true, message: "permissionUpdated" });
    const updated = await db.prisma.disclosurePermission.findUniqueOrThrow({ where: { id: current!.id } });
    expect(updated.validUntil?.toISOString()).toBe("2027-12-30T22:00:00.000Z"); // Helsinki midnight of the last day
    expect(updated.updatedAt).toEqual(NOW);
    expect(await updatePermission(db.prisma, who, { permissionId: current!.id, lastDay: day(2026, 11, 24) })).toEqual({ ok: false, error: "lastDayInPast" });

    expect(await revokePermission(db.prisma, who, { permissionId: current!.id, domain: "HEALTH" })).toEqual({ ok: true, message: "permissionRevoked" });
    expect(await revokePermission(db.prisma, who, { permissionId: current!.id, domain: "HEALTH" })).toEqual({ ok: false, error: "permissionNotActive" });
    expect(await updatePermission(db.prisma, who, { permissionId: current!.id, lastDay: null })).toEqual({ ok: false, error: "permissionNotActive" });
    const revoked = await db.prisma.disclosurePermission.findUniqueOrThrow({ where: { id: current!.id } });
    expect(revoked).toMatchObject({ revokedAt: NOW, revokedById: id("aino"), activeKey: null });

    expect(await givePermission(db.prisma, who, { domain: "HEALTH", lastDay: day(2026, 11, 25), idempotencyKey: randomUUID() })).toEqual({ ok: true, message: "permissionGiven" });
  });

  it("C-3: double submission of the same form creates one permission, concurrently too", async () => {
    const who = acting("helmi");
    const key = randomUUID();
    const results = await Promise.all([1, 2, 3].map(() => givePermission(db.prisma, who, { domain: "SOCIAL", lastDay: null, idempotencyKey: key })));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await db.prisma.disclosurePermission.count({ where: { personId: id("helmi"), domain: "SOCIAL" } })).toBe(1);
  });

  it("C-3: two different forms at once leave one active permission and a friendly refusal", async () => {
    const who = acting("riikka");
    const results = await Promise.all([1, 2].map(() => givePermission(db.prisma, who, { domain: "HEALTH", lastDay: null, idempotencyKey: randomUUID() })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, error: "permissionAlreadyActive" });
    expect(await db.prisma.disclosurePermission.count({ where: { personId: id("riikka") } })).toBe(1);
  });

  it("C-3: an expired permission frees the slot in the same transaction as the new one", async () => {
    const who = acting("jari");
    await givePermission(db.prisma, { ...who, at: new Date("2026-01-10T10:00:00Z") }, { domain: "HEALTH", lastDay: day(2026, 6, 30), idempotencyKey: randomUUID() });
    const { current, history } = await listPermissions(db.prisma, id("jari"), "HEALTH", NOW);
    expect(current).toBeNull();
    expect(history[0]?.state).toBe("expired");
    expect(await givePermission(db.prisma, who, { domain: "HEALTH", lastDay: null, idempotencyKey: randomUUID() })).toEqual({ ok: true, message: "permissionGiven" });
    const rows = await db.prisma.disclosurePermission.findMany({ where: { personId: id("jari") }, orderBy: { givenAt: "asc" } });
    expect(rows.map((r) => r.activeKey)).toEqual([null, `${id("jari")}:HEALTH`]);
  });

  it("C-3: a revocation names the domain: a social revoke cannot touch a health permission, nor another person's", async () => {
    const { current } = await listPermissions(db.prisma, id("toivo"), "HEALTH", NOW);
    expect(await revokePermission(db.prisma, acting("toivo"), { permissionId: current!.id, domain: "SOCIAL" })).toEqual({ ok: false, error: "permissionNotActive" });
    expect(await revokePermission(db.prisma, acting("aino"), { permissionId: current!.id, domain: "HEALTH" })).toEqual({ ok: false, error: "permissionNotActive" });
    expect((await listPermissions(db.prisma, id("toivo"), "HEALTH", NOW)).current?.id).toBe(current!.id);
  });
});

describe("C-4: prohibitions", () => {
  it("C-4: Aino's seeded prohibitions are in force; a visit prohibition is added once, removed once", async () => {
    const viewer = await viewerFromDb(db.prisma, "aino");
    const targets = await listProhibitionTargets(db.prisma, viewer, "HEALTH");
    const prohibited = SEED_FACTS.health.aino.prohibitedVisitId;
    const visit = targets.find((t) => t.kind === "VISIT" && t.ref !== prohibited)!;
    expect(visit).toBeDefined();
    expect(await addProhibition(db.prisma, acting("aino"), viewer, { domain: "HEALTH", kind: "VISIT", ref: prohibited })).toEqual({ ok: false, error: "prohibitionAlreadyActive" });

    const input = { domain: "HEALTH" as const, kind: "VISIT" as const, ref: visit.ref };
    const results = await Promise.all([1, 2].map(() => addProhibition(db.prisma, acting("aino"), viewer, input)));
    expect(results.filter((r) => r.ok)).toEqual([{ ok: true, message: "prohibitionAdded" }]);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, error: "prohibitionAlreadyActive" }]);
    const rows = await db.prisma.prohibition.findMany({ where: { personId: id("aino"), targetRef: visit.ref } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ targetLabel: visit.label, createdById: id("aino"), activeKey: `${id("aino")}:HEALTH:VISIT:${visit.ref}` });

    expect(await removeProhibition(db.prisma, acting("aino"), { prohibitionId: rows[0]!.id, domain: "HEALTH" })).toEqual({ ok: true, message: "prohibitionRemoved" });
    expect(await removeProhibition(db.prisma, acting("aino"), { prohibitionId: rows[0]!.id, domain: "HEALTH" })).toEqual({ ok: false, error: "prohibitionNotActive" });
    // Removed prohibitions free the target: it can be prohibited again.
    expect(await addProhibition(db.prisma, acting("aino"), viewer, input)).toEqual({ ok: true, message: "prohibitionAdded" });
  });

  it("C-4: a service provider, a prescription and a social service task can be prohibited; the label comes from the server", async () => {
    const viewer = await viewerFromDb(db.prisma, "aino");
    const provider = (await listProhibitionTargets(db.prisma, viewer, "HEALTH")).find((t) => t.kind === "SERVICE_PROVIDER" && t.ref !== SEED_FACTS.willService.prohibitedProvider)!;
    expect(await addProhibition(db.prisma, acting("aino"), viewer, { domain: "HEALTH", kind: "SERVICE_PROVIDER", ref: provider.ref })).toMatchObject({ ok: true });
    const rx = SEED_FACTS.prescriptions.aino.renewable;
    expect(await addProhibition(db.prisma, acting("aino"), viewer, { domain: "PRESCRIPTION", kind: "PRESCRIPTION", ref: rx.id })).toMatchObject({ ok: true });
    const stored = await db.prisma.prohibition.findFirstOrThrow({ where: { targetRef: rx.id, removedAt: null } });
    expect(stored.targetLabel).toContain(rx.drugName);
    const tasks = (await listProhibitionTargets(db.prisma, viewer, "SOCIAL")).filter((t) => t.kind === "SERVICE_TASK").map((t) => t.ref);
    expect(tasks).toEqual(expect.arrayContaining([...SEED_FACTS.social.aino.serviceTasks]));
    expect(await addProhibition(db.prisma, acting("aino"), viewer, { domain: "SOCIAL", kind: "SERVICE_TASK", ref: "WORKING_AGE" })).toMatchObject({ ok: true });
  });

  it("C-4: another person's prescription, an unknown task or a kind from another domain is refused, nothing saved", async () => {
    const viewer = await viewerFromDb(db.prisma, "aino");
    const before = await counts("aino");
    const bengtsRx = SEED_FACTS.prescriptions.bengt.renewable.id;
    expect(await addProhibition(db.prisma, acting("aino"), viewer, { domain: "PRESCRIPTION", kind: "PRESCRIPTION", ref: bengtsRx })).toEqual({ ok: false, error: "targetNotFound" });
    expect(await addProhibition(db.prisma, acting("aino"), viewer, { domain: "SOCIAL", kind: "SERVICE_TASK", ref: "NOT_A_TASK" })).toEqual({ ok: false, error: "targetNotFound" });
    expect(await addProhibition(db.prisma, acting("aino"), viewer, { domain: "HEALTH", kind: "PRESCRIPTION", ref: SEED_FACTS.prescriptions.aino.renewable.id })).toEqual({ ok: false, error: "targetNotFound" });
    // A hidden prescription (past the 2.5-year visibility) is not offered and not accepted.
    expect(await addProhibition(db.prisma, acting("aino"), viewer, { domain: "PRESCRIPTION", kind: "PRESCRIPTION", ref: SEED_FACTS.prescriptions.aino.olderThanVisibility.id })).toEqual({ ok: false, error: "targetNotFound" });
    expect(await counts("aino")).toEqual(before);
  });

  it("C-4: removal is scoped to the subject and the domain of the feature checked", async () => {
    const seeded = SEED_FACTS.willService.ainoProhibitions.prescription;
    expect(await removeProhibition(db.prisma, acting("aino"), { prohibitionId: seeded, domain: "HEALTH" })).toEqual({ ok: false, error: "prohibitionNotActive" });
    expect(await removeProhibition(db.prisma, acting("bengt"), { prohibitionId: seeded, domain: "PRESCRIPTION" })).toEqual({ ok: false, error: "prohibitionNotActive" });
    expect((await db.prisma.prohibition.findUniqueOrThrow({ where: { id: seeded } })).removedAt).toBeNull();
  });
});

describe("C-5: EU patient summary consent and the registry research contact ban", () => {
  it("C-5: consent is given once, withdrawn, and given again on the same record", async () => {
    const who = acting("liisa");
    const results = await Promise.all([1, 2].map(() => giveEuConsent(db.prisma, who)));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await withdrawEuConsent(db.prisma, who)).toEqual({ ok: true, message: "euConsentWithdrawn" });
    expect(await withdrawEuConsent(db.prisma, who)).toEqual({ ok: false, error: "euConsentNotActive" });
    expect(await giveEuConsent(db.prisma, who)).toEqual({ ok: true, message: "euConsentGiven" });
    expect(await db.prisma.euPatientSummaryConsent.count({ where: { personId: id("liisa") } })).toBe(1);
  });

  it("C-5: Aino's contact ban is in force; it is removed and set again", async () => {
    expect(await setContactBan(db.prisma, acting("aino"))).toEqual({ ok: true, message: "contactBanAlreadySet" });
    expect(await removeContactBan(db.prisma, acting("aino"))).toEqual({ ok: true, message: "contactBanRemoved" });
    expect(await setContactBan(db.prisma, acting("aino"))).toEqual({ ok: true, message: "contactBanSet" });
    expect(await db.prisma.registryResearchContactBan.count({ where: { personId: id("aino") } })).toBe(1);
  });

  it("C-5: contact ban is for the adult only; the mandate holder gets it later", async () => {
    expect(await guardAllows(db.prisma, "aino", "aino", "registryResearch.contactBan")).toBe(true);
    expect(await guardAllows(db.prisma, "mikko", "toivo", "registryResearch.contactBan")).toBe(false);
    expect(await guardAllows(db.prisma, "oona", "oona", "registryResearch.contactBan")).toBe(false);
  });
});
