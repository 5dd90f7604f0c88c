// Renewal requests (V-RX-2, V-RX-6) through the prescription-centre use-cases: one transaction,
// duplicates refused, double clicks idempotent, hidden prescriptions not found.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEED_FACTS } from "@prisma-seed/demo";
import { persona, type PersonaKey } from "@prisma-seed/personas";
import { RENEWAL_LAPSE_MS } from "@/domain/visibility";
import { listRenewalOptions } from "@/server/kanta/prescription-centre/list-renewal-options";
import { requestRenewal, type RenewalRequestInput } from "@/server/kanta/prescription-centre/request-renewal";
import { listSentRenewals } from "@/server/kanta/prescription-centre/list-sent-renewals";
import type { TestDatabase } from "../support/test-database";
import { NOW, seededDatabase, viewerFor } from "./support";

const rx = SEED_FACTS.prescriptions;
const a = rx.aino;
const units = SEED_FACTS.careUnits;
let db: TestDatabase;

beforeAll(async () => {
  db = await seededDatabase();
});
afterAll(() => db?.drop());

const input = (prescriptionIds: string[], over: Partial<RenewalRequestInput> = {}): RenewalRequestInput => ({
  prescriptionIds,
  unitId: units.kalasatama.id,
  phone: null,
  showOtherPrescriptions: false,
  idempotencyKey: randomUUID(),
  ...over,
});
const send = (actor: PersonaKey, subject: PersonaKey, i: RenewalRequestInput) =>
  requestRenewal(db.prisma, viewerFor(actor, subject), persona(actor).id, i);
const requestsFor = (prescriptionId: string) =>
  db.prisma.renewalRequest.findMany({
    where: { prescriptionId },
    select: { id: true, status: true, pendingKey: true, requesterId: true },
  });

describe("V-RX-2: renewal requests", () => {
  it("V-RX-2: a request is sent as one pending record and the prescription shows it", async () => {
    const r = await send(
      "aino",
      "aino",
      input([a.renewable.id], { phone: "+358401234567", showOtherPrescriptions: true }),
    );
    expect(r).toMatchObject({ ok: true, replayed: false });
    const rows = await requestsFor(a.renewable.id);
    expect(rows).toEqual([
      expect.objectContaining({
        status: "SENT",
        pendingKey: a.renewable.id,
        requesterId: persona("aino").id,
      }),
    ]);
    const sent = await listSentRenewals(db.prisma, viewerFor("aino"), persona("aino").id, r.ok ? r.requestIds : []);
    expect(sent[0]).toMatchObject({
      sentByViewer: true,
      status: "SENT",
      phoneForSms: "+358401234567",
      showOtherPrescriptions: true,
    });
    const p = await db.prisma.prescription.findUniqueOrThrow({
      where: { id: a.renewable.id },
      select: { status: true },
    });
    expect(p.status).toBe("RENEWAL_REQUESTED");
  });

  it("V-RX-2: a second pending request for one prescription is refused and nothing is duplicated", async () => {
    const again = await send("aino", "aino", input([a.renewable.id]));
    expect(again).toEqual({ ok: false, error: "pending", drugName: "Metformin Sandoz" });
    expect(await requestsFor(a.renewable.id)).toHaveLength(1);
  });

  it("V-RX-2: the same idempotency key twice (a double click) creates exactly one record", async () => {
    const i = input([a.fullyDispensed.id]);
    const [x, y] = await Promise.all([send("aino", "aino", i), send("aino", "aino", i)]);
    expect(x.ok && y.ok).toBe(true);
    if (x.ok && y.ok) expect(y.requestIds).toEqual(x.requestIds);
    const replay = await send("aino", "aino", i);
    expect(replay).toMatchObject({ ok: true, replayed: true });
    expect(await requestsFor(a.fullyDispensed.id)).toHaveLength(1);
  });

  it("V-RX-2: two racing requests with different keys: the database's pendingKey lets only one through", async () => {
    const results = await Promise.all([1, 2, 3].map(() => send("aino", "aino", input([a.expiringSoon.id]))));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.error === "pending")).toHaveLength(2);
    expect(await requestsFor(a.expiringSoon.id)).toHaveLength(1);
  });

  it("V-RX-2: the unique pendingKey refuses a duplicate the check did not see (a concurrent commit)", async () => {
    // A row the renewability check does not count as pending, yet holding the key: as if another
    // request had committed between the check and the insert.
    await db.prisma.renewalRequest.create({
      data: {
        prescriptionId: a.acceptedRenewal.id,
        requesterId: persona("aino").id,
        receivingUnitId: units.kalasatama.id,
        status: "ACCEPTED",
        sentAt: NOW,
        pendingKey: a.acceptedRenewal.id,
      },
    });
    const before = await requestsFor(a.acceptedRenewal.id);
    expect(await send("aino", "aino", input([a.acceptedRenewal.id]))).toEqual({
      ok: false,
      error: "pending",
    });
    expect(await requestsFor(a.acceptedRenewal.id)).toHaveLength(before.length);
    await db.prisma.renewalRequest.updateMany({
      where: { pendingKey: a.acceptedRenewal.id },
      data: { pendingKey: null },
    });
  });

  it("V-RX-2: several prescriptions in one request all succeed or none is sent", async () => {
    const before = await db.prisma.renewalRequest.count();
    const refused = await send("aino", "aino", input([a.oneYearCns.id, a.pendingRenewal.id]));
    expect(refused).toMatchObject({ ok: false, error: "pending" });
    expect(await db.prisma.renewalRequest.count()).toBe(before);
    const ok = await send(
      "aino",
      "aino",
      input([a.oneYearCns.id, a.returnedRenewal.id], { unitId: units.kamppi.id }),
    );
    expect(ok.ok && ok.requestIds.length).toBe(2);
  });
});

describe("V-RX-6: what can be renewed", () => {
  it("V-RX-6: refusals say why: not dispensed, cancelled, previously rejected, pending", async () => {
    expect(await send("aino", "aino", input([a.notDispensed.id]))).toMatchObject({
      ok: false,
      error: "notDispensed",
    });
    expect(await send("aino", "aino", input([a.cancelledCare.id]))).toMatchObject({
      ok: false,
      error: "cancelled",
    });
    expect(await send("aino", "aino", input([a.rejectedRenewal.id]))).toMatchObject({
      ok: false,
      error: "previouslyRejected",
    });
    expect(await send("aino", "aino", input([a.pendingRenewal.id]))).toMatchObject({
      ok: false,
      error: "pending",
    });
  });

  it("V-RX-6: a request that lapsed after 8 days no longer blocks a new one", async () => {
    expect(await send("aino", "aino", input([a.lapsedRenewal.id]))).toMatchObject({ ok: true });
    // A lapsed request that still holds its pendingKey is released in the same transaction.
    const stale = await db.prisma.renewalRequest.create({
      data: {
        prescriptionId: a.renewedPrescription.id,
        requesterId: persona("aino").id,
        receivingUnitId: units.kalasatama.id,
        sentAt: new Date(NOW.getTime() - RENEWAL_LAPSE_MS - 60_000),
        pendingKey: a.renewedPrescription.id,
      },
    });
    expect(await send("aino", "aino", input([a.renewedPrescription.id]))).toMatchObject({ ok: true });
    expect(await db.prisma.renewalRequest.findUniqueOrThrow({ where: { id: stale.id } })).toMatchObject({
      status: "LAPSED",
      pendingKey: null,
    });
  });

  it("V-RX-6: the receiving unit must take renewal requests; units that prescribed before come first", async () => {
    expect(await send("aino", "aino", input([a.acceptedRenewal.id], { unitId: units.meilahti.id }))).toEqual({
      ok: false,
      error: "unitNotAvailable",
    });
    const options = await listRenewalOptions(db.prisma, viewerFor("aino"));
    expect(options.units.suggested.map((u) => u.id)).toEqual(
      expect.arrayContaining([units.kalasatama.id, units.kamppi.id, units.oulu.id]),
    );
    expect(options.units.others.map((u) => u.id)).not.toContain(units.kalasatama.id);
    expect([...options.units.suggested, ...options.units.others].map((u) => u.id)).not.toContain(
      units.meilahti.id,
    );
    const notDispensed = options.prescriptions.find((p) => p.id === a.notDispensed.id);
    expect(notDispensed?.renewable).toEqual({ ok: false, reason: "notDispensed" });
  });

  it("V-RX-1: someone else's or a hidden prescription is not found and nothing is written", async () => {
    const before = await db.prisma.renewalRequest.count();
    expect(await send("aino", "aino", input([rx.bengt.renewable.id]))).toEqual({
      ok: false,
      error: "notFound",
    });
    expect(await send("matti", "ella", input([rx.ella.notAssessed.id]))).toEqual({
      ok: false,
      error: "notFound",
    });
    expect(await send("aino", "aino", input([a.olderThanVisibility.id]))).toEqual({
      ok: false,
      error: "notFound",
    });
    expect(await db.prisma.renewalRequest.count()).toBe(before);
  });
});

describe("Acting for others", () => {
  it("V-RX-2, V-RX-6: guardian Matti requests a renewal for Eetu; the request records who sent it, and only he sees its SMS number", async () => {
    const r = await send(
      "matti",
      "eetu",
      input([rx.eetu.renewable.id], { unitId: units.childrensHospital.id, phone: "+358409876543" }),
    );
    expect(r.ok).toBe(true);
    expect(await requestsFor(rx.eetu.renewable.id)).toEqual([
      expect.objectContaining({ requesterId: persona("matti").id, status: "SENT" }),
    ]);
    // The SMS number is the sender's: Matti sees it, Liisa (the other guardian) sees the request without it.
    const ids = r.ok ? r.requestIds : [];
    expect(await listSentRenewals(db.prisma, viewerFor("matti", "eetu"), persona("matti").id, ids)).toEqual([
      expect.objectContaining({ sentByViewer: true, phoneForSms: "+358409876543" }),
    ]);
    expect(await listSentRenewals(db.prisma, viewerFor("liisa", "eetu"), persona("liisa").id, ids)).toEqual([
      expect.objectContaining({ sentByViewer: false, phoneForSms: null }),
    ]);
    // Liisa, the other guardian, sees it pending and cannot duplicate it.
    expect(await send("liisa", "eetu", input([rx.eetu.renewable.id]))).toMatchObject({
      ok: false,
      error: "pending",
    });
  });

  it("V-RX-2: mandate holder Mikko requests a renewal for Helmi", async () => {
    const r = await send("mikko", "helmi", input([rx.helmi.renewable.id], { unitId: units.hervanta.id }));
    expect(r.ok).toBe(true);
    const sent = await listSentRenewals(db.prisma, viewerFor("mikko", "helmi"), persona("mikko").id, r.ok ? r.requestIds : []);
    expect(sent.map((s) => s.prescription.drugName)).toEqual(["Marevan"]);
    // Someone else's viewer does not see those requests.
    expect(await listSentRenewals(db.prisma, viewerFor("aino"), persona("aino").id, r.ok ? r.requestIds : [])).toEqual([]);
  });
});
