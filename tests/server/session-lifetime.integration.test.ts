// S-2 and S-4 on the server against PostgreSQL: the absolute lifetime, activity that cannot move it,
// and sign-out that keeps the identification session's opaque id, never the ID token.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { seedDemo } from "../../prisma/seed/demo";
import { persona } from "../../prisma/seed/personas";

const MIN = 60_000;
const HOUR = 60 * MIN;

let db: TestDatabase;
let server: typeof import("@/server/auth/portal-session") & typeof import("@/server/session-frame");

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemo(db.prisma);
  process.env.DATABASE_URL = db.url;
  server = { ...(await import("@/server/auth/portal-session")), ...(await import("@/server/session-frame")) };
});

afterAll(async () => {
  const { getPrisma } = await import("@/server/db");
  await getPrisma().$disconnect();
  await db?.drop();
});

async function judgeAt(sid: string, at: Date) {
  return server.judgeSession((await server.loadSessionFrame(sid)).session, at);
}

describe("S-2: the absolute session lifetime is enforced on the server", () => {
  it("S-2: a session kept active every few minutes still ends 12 hours after sign-in, as LIFETIME", async () => {
    const start = new Date("2026-11-25T06:00:00Z");
    const sid = await server.startPortalSession(persona("aino").hetu, "idp-sid-1", start);
    let at = start;
    for (let step = 0; step < 12 * 60; step += 20) {
      at = new Date(start.getTime() + step * MIN);
      const lookup = await judgeAt(sid, at);
      expect(lookup.status, `after ${step} min`).toBe("active");
      if (lookup.status === "active") await server.touchSession(lookup.session, at, true);
    }
    const justBefore = await judgeAt(sid, new Date(start.getTime() + 12 * HOUR - 1));
    expect(justBefore.status).toBe("active");
    if (justBefore.status === "active") {
      expect(justBefore.session.expiresAt).toEqual(new Date(start.getTime() + 12 * HOUR));
      expect(justBefore.session.endsBy).toBe("lifetime");
    }
    const end = new Date(start.getTime() + 12 * HOUR);
    expect(await judgeAt(sid, end)).toEqual({ status: "expired", reason: "expired" });
    const row = await db.prisma.portalSession.findUniqueOrThrow({ where: { id: sid } });
    expect(row).toMatchObject({ endedAt: end, endReason: "LIFETIME" });
    expect(await judgeAt(sid, new Date(start.getTime() + 11 * HOUR))).toEqual({ status: "expired", reason: "expired" }); // ended stays ended
  });

  it("S-2: a session created 30 days ago with recent activity is not accepted", async () => {
    const now = new Date("2026-11-25T12:00:00Z");
    const sid = await server.startPortalSession(
      persona("matti").hetu,
      undefined,
      new Date(now.getTime() - 30 * 24 * HOUR),
    );
    await db.prisma.portalSession.update({
      where: { id: sid },
      data: { lastActivityAt: new Date(now.getTime() - MIN) },
    });
    expect(await server.lookupSession(sid, now)).toEqual({ status: "expired", reason: "expired" });
  });

  it("S-2: touching the session moves the idle end but never the absolute end", async () => {
    const start = new Date("2026-11-25T06:00:00Z");
    const sid = await server.startPortalSession(persona("bengt").hetu, undefined, start);
    const lookup = await server.lookupSession(sid, start);
    expect(lookup.status).toBe("active");
    if (lookup.status !== "active") return;
    expect(lookup.session.endsBy).toBe("idle");
    const late = new Date(start.getTime() + 12 * HOUR - 10 * MIN);
    const touched = await server.touchSession(
      { ...lookup.session, lastActivityAt: new Date(late.getTime() - 20 * MIN) },
      late,
      true,
    );
    expect(touched.expiresAt).toEqual(new Date(start.getTime() + 12 * HOUR));
    expect(touched.endsBy).toBe("lifetime");
  });
});

describe("S-4: sign-out ends the session and gives back only the identification session's opaque id", () => {
  it("S-4: the session row keeps the sid for logout_hint, and no ID token", async () => {
    const at = new Date("2026-11-25T09:00:00Z");
    const sid = await server.startPortalSession(persona("helmi").hetu, "opaque-idp-sid", at);
    const row = await db.prisma.portalSession.findUniqueOrThrow({ where: { id: sid } });
    expect(row.idpSid).toBe("opaque-idp-sid");
    expect(Object.keys(row)).not.toContain("idTokenHint");
    const ended = await server.endPortalSession(sid, "SIGN_OUT", new Date(at.getTime() + MIN));
    expect(ended).toEqual({ idpSid: "opaque-idp-sid" });
    expect(await server.lookupSession(sid, new Date(at.getTime() + 2 * MIN))).toEqual({ status: "expired", reason: "expired" });
  });

  it("the database has no column for an ID token any more", async () => {
    const columns = await db.prisma.$queryRaw<{ column_name: string }[]>`
      SELECT column_name FROM information_schema.columns WHERE table_name = 'PortalSession'`;
    expect(columns.map((c) => c.column_name)).not.toContain("idTokenHint");
    expect(columns.map((c) => c.column_name)).toContain("idpSid");
  });
});
