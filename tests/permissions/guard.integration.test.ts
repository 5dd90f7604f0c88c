// The whole permission path against a real PostgreSQL with the demo registers: every persona
// towards every other persona, every feature id, and forged switches. The expected roles are
// written out by hand from the seed; the expected access per feature follows from them and the
// matrix, so the test proves that the registers, relationship resolution, scopes and footnotes
// are wired together on the server as the rules say.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { seedDemo } from "../../prisma/seed/demo";
import { PERSONAS, persona, type PersonaKey } from "../../prisma/seed/personas";
import { FEATURES, featureAccess, type Role } from "@/domain/permissions";
import { scopeAllowsFeature } from "@/domain/relationships";

type Expected = { role: Role; health: boolean; social: boolean } | { refused: string };

const MINORS: PersonaKey[] = ["eetu", "ella", "oona", "niko", "aapo", "lumi", "veera"];
const both = (role: Role): Expected => ({ role, health: true, social: true });

// Who may act for whom in the demo registers (see prisma/seed/personas.ts).
const RELATIONS: Partial<Record<PersonaKey, Partial<Record<PersonaKey, Expected>>>> = {
  matti: { eetu: both("guardian"), ella: both("guardian"), oona: both("guardian"), niko: both("guardian") },
  liisa: { eetu: both("guardian"), ella: both("guardian"), oona: both("guardian"), niko: both("guardian") },
  jari: { aapo: { refused: "otherGuardianNonDisclosure" } },
  sanna: { aapo: { refused: "guardianNonDisclosure" } },
  petri: { lumi: { role: "guardian", health: true, social: false } },
  kari: { veera: { refused: "custodyNotCoded" } },
  riikka: { eetu: { role: "informationRight", health: true, social: false } },
  tuomas: { ella: { role: "informationRight", health: false, social: true } },
  mikko: { helmi: { role: "mandate", health: true, social: false }, toivo: both("mandate"), aune: { refused: "mandateExpired" } },
  marja: { emil: { refused: "childTurned18" } },
};

function expected(actor: PersonaKey, subject: PersonaKey): Expected {
  if (actor === subject) return both(MINORS.includes(actor) ? "minor" : "adult");
  return RELATIONS[actor]?.[subject] ?? { refused: "*" };
}

let db: TestDatabase;
let server: {
  loadRegistersAround: typeof import("@/server/kanta/population/load-registers").loadRegistersAround;
  resolveFor: typeof import("@/server/portal-context").resolveFor;
  decide: typeof import("@/server/guard").decide;
  startPortalSession: typeof import("@/server/auth/portal-session").startPortalSession;
  lookupSession: typeof import("@/server/auth/portal-session").lookupSession;
  switchSubject: typeof import("@/server/auth/switch-subject").switchSubject;
  loadSessionFrame: typeof import("@/server/session-frame").loadSessionFrame;
  accessContextFor: typeof import("@/server/portal-context").accessContextFor;
  accessContextFromReceipts: typeof import("@/server/portal-context").accessContextFromReceipts;
  judgeSession: typeof import("@/server/auth/portal-session").judgeSession;
};

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemo(db.prisma);
  process.env.DATABASE_URL = db.url; // the server modules' getPrisma() connects here
  server = {
    ...(await import("@/server/kanta/population/load-registers")),
    ...(await import("@/server/portal-context")),
    ...(await import("@/server/guard")),
    ...(await import("@/server/auth/portal-session")),
    ...(await import("@/server/auth/switch-subject")),
    ...(await import("@/server/session-frame")),
  };
});

afterAll(async () => {
  const { getPrisma } = await import("@/server/db");
  await getPrisma().$disconnect();
  await db?.drop();
});

describe("who may act for whom, resolved from the registers in the database", () => {
  for (const actor of PERSONAS) {
    it(`WHO: ${actor.key} towards every persona, every feature`, async () => {
      const now = new Date();
      const loaded = await server.loadRegistersAround(actor.id);
      expect(loaded).not.toBeNull();
      for (const subject of PERSONAS) {
        const want = expected(actor.key, subject.key);
        const got = server.resolveFor(loaded!, subject.id, now);
        if ("refused" in want) {
          expect(got.ok, `${actor.key} → ${subject.key}`).toBe(false);
          if (want.refused !== "*" && !got.ok) expect(got.reason, `${actor.key} → ${subject.key}`).toBe(want.refused);
          continue;
        }
        expect(got, `${actor.key} → ${subject.key}`).toMatchObject({ ok: true, role: want.role, scopes: { health: want.health, social: want.social } });
        if (!got.ok) continue;
        const receipts = await db.prisma.kantaInfoReceipt.findMany({ where: { personId: subject.id, inHealthCare: true }, select: { version: true } });
        const accessContext = { subjectHasReceivedKantaInfo: receipts.length > 0, subjectHasReceivedKantaInfoV2: receipts.some((r) => r.version === "2.0") };
        for (const feature of FEATURES) {
          const access = featureAccess(want.role, feature, accessContext);
          const allowed = (access === "enabled" || access === "limited") && scopeAllowsFeature({ health: want.health, social: want.social }, feature);
          const decision = server.decide({ role: got.role, scopes: got.scopes, accessContext }, feature);
          expect(decision.allowed, `${actor.key} → ${subject.key}: ${feature}`).toBe(allowed);
        }
      }
    });
  }

  it("a health-only mandate gives nothing in social data, and a social-only right nothing in health data", async () => {
    const now = new Date();
    const mikko = await server.loadRegistersAround(persona("mikko").id);
    const helmi = server.resolveFor(mikko!, persona("helmi").id, now);
    expect(helmi.ok && server.decide({ role: helmi.role, scopes: helmi.scopes, accessContext: {} }, "social.view").allowed).toBe(false);
    expect(helmi.ok && server.decide({ role: helmi.role, scopes: helmi.scopes, accessContext: {} }, "prescriptions.view").allowed).toBe(true);
    const tuomas = await server.loadRegistersAround(persona("tuomas").id);
    const ella = server.resolveFor(tuomas!, persona("ella").id, now);
    expect(ella.ok && server.decide({ role: ella.role, scopes: ella.scopes, accessContext: {} }, "health.view").allowed).toBe(false);
    expect(ella.ok && server.decide({ role: ella.role, scopes: ella.scopes, accessContext: {} }, "social.view").allowed).toBe(true);
  });
});

describe("forged switches never change whose data is shown", () => {
  const forged: [PersonaKey, string][] = [
    ["aino", persona("eetu").id],
    ["jari", persona("aapo").id],
    ["kari", persona("veera").id],
    ["marja", persona("emil").id],
    ["mikko", persona("aune").id],
    ["matti", persona("aino").id],
    ["matti", "00000000-0000-4000-8000-999999999999"],
  ];
  for (const [actor, targetId] of forged) {
    it(`S-6 / deny by default: ${actor} cannot switch to ${targetId}`, async () => {
      const now = new Date();
      const sid = await server.startPortalSession(persona(actor).hetu, undefined, now);
      const lookup = await server.lookupSession(sid, now);
      expect(lookup.status).toBe("active");
      if (lookup.status !== "active") return;
      const result = await server.switchSubject(lookup.session, targetId, now);
      expect(result.ok).toBe(false);
      const row = await db.prisma.portalSession.findUniqueOrThrow({ where: { id: sid }, select: { subjectPersonId: true } });
      expect(row.subjectPersonId).toBe(persona(actor).id);
      expect(await db.prisma.accessLogEntry.count({ where: { sessionId: sid, event: "ACT_FOR_START" } })).toBe(0);
    });
  }

  it("S-6: a permitted switch writes ACT_FOR_START with the role before the subject changes", async () => {
    const now = new Date();
    const sid = await server.startPortalSession(persona("matti").hetu, undefined, now);
    const lookup = await server.lookupSession(sid, now);
    if (lookup.status !== "active") throw new Error("no session");
    expect(await server.switchSubject(lookup.session, persona("ella").id, now)).toEqual({ ok: true });
    const log = await db.prisma.accessLogEntry.findFirstOrThrow({ where: { sessionId: sid, event: "ACT_FOR_START" } });
    expect(log).toMatchObject({ subjectPersonId: persona("ella").id, role: "guardian", actorHetu: persona("matti").hetu });
    expect(await db.prisma.accessLogEntry.count({ where: { sessionId: sid, event: "SIGN_IN" } })).toBe(1);
  });
});

// Every page reads its frame (session, registers, receipts) in one statement: it must say exactly
// what the separate reads say, for every persona, also after switching to another person.
describe("the request frame in one statement", () => {
  const frameMatchesSeparateReads = async (sid: string, subjectId: string, now: Date) => {
    const frame = await server.loadSessionFrame(sid);
    const lookup = await server.lookupSession(sid, now);
    if (lookup.status !== "active") throw new Error(`session ${lookup.status}`);
    expect(await server.judgeSession(frame.session, now)).toEqual(lookup);
    expect(frame.loaded).toEqual(await server.loadRegistersAround(lookup.session.personId));
    for (const personId of new Set([lookup.session.personId, subjectId])) {
      const own = frame.receipts.filter((r) => r.personId === personId);
      expect(server.accessContextFromReceipts(own)).toEqual(await server.accessContextFor(personId));
    }
  };

  for (const actor of PERSONAS) {
    it(`S-2 / C-2: ${actor.key}'s frame equals the session, registers and receipts read one by one`, async () => {
      const now = new Date();
      const sid = await server.startPortalSession(actor.hetu, undefined, now);
      await frameMatchesSeparateReads(sid, actor.id, now);
    });
  }

  it("C-2: after a switch the frame has the child's receipts too (Matti → Oona, who received the 2.0 information)", async () => {
    const now = new Date();
    const sid = await server.startPortalSession(persona("matti").hetu, undefined, now);
    const lookup = await server.lookupSession(sid, now);
    if (lookup.status !== "active") throw new Error("no session");
    expect(await server.switchSubject(lookup.session, persona("oona").id, now)).toEqual({ ok: true });
    const frame = await server.loadSessionFrame(sid);
    expect(frame.session?.subjectPersonId).toBe(persona("oona").id);
    expect(frame.receipts).toContainEqual({ personId: persona("oona").id, version: "2.0" });
    await frameMatchesSeparateReads(sid, persona("oona").id, now);
  });

  it("D-1: the frame carries the operator's disturbance flags", async () => {
    const now = new Date();
    const sid = await server.startPortalSession(persona("aino").hetu, undefined, now);
    await db.prisma.serviceStatus.upsert({
      where: { service: "WILL_SERVICE" },
      create: { service: "WILL_SERVICE", disturbed: true, since: now },
      update: { disturbed: true, since: now },
    });
    try {
      expect((await server.loadSessionFrame(sid)).disturbed).toEqual(["WILL_SERVICE"]);
    } finally {
      await db.prisma.serviceStatus.update({ where: { service: "WILL_SERVICE" }, data: { disturbed: false, since: null } });
    }
    expect((await server.loadSessionFrame(sid)).disturbed).toEqual([]);
  });

  it("S-2: an unknown or ended session has no frame to act on", async () => {
    const now = new Date();
    const unknown = await server.loadSessionFrame("no-such-session");
    expect(unknown).toEqual({ session: null, loaded: null, receipts: [], disturbed: [] });
    expect(await server.judgeSession(unknown.session, now)).toEqual({ status: "none" });

    const sid = await server.startPortalSession(persona("aino").hetu, undefined, now);
    await db.prisma.portalSession.update({ where: { id: sid }, data: { endedAt: now, endReason: "SIGN_OUT" } });
    // Ended by a sign-out: the signed-out page says "session ended", not "30 minutes idle".
    expect(await server.judgeSession((await server.loadSessionFrame(sid)).session, now)).toEqual({ status: "expired", reason: "expired" });
  });

  it("S-2: a session idle past the limit is ended when its frame is judged", async () => {
    const start = new Date("2026-11-25T08:00:00Z");
    const sid = await server.startPortalSession(persona("aino").hetu, undefined, start);
    const later = new Date(start.getTime() + 31 * 60_000);
    expect(await server.judgeSession((await server.loadSessionFrame(sid)).session, later)).toEqual({ status: "expired", reason: "timeout" });
    const row = await db.prisma.portalSession.findUniqueOrThrow({ where: { id: sid } });
    expect(row).toMatchObject({ endedAt: later, endReason: "TIMEOUT" });
  });
});
