// Query discipline: each main page does a constant number of SQL queries, whatever the amount of
// data behind it. For every page the test runs one whole request's server-side work — the portal
// layout and the page, with every async server component under them (render-tree.ts) — once for a
// light persona of the demo data and once for a heavy persona of the scale generator, counting the
// statements Prisma sends (onQuery). The counts must be equal and within the page's bound.
//
// The request is emulated faithfully: the session cookie is a real encrypted token of a real
// PortalSession row (next/headers is mocked to hand it over), React's cache() memoises per request
// as it does under Next, and the session's last activity is set 20 s back so that the throttled
// activity write (touchSession) happens in every counted request: the counts are the worst case.
//
// With PERF_REPORT=1 it also writes bench/queries.json: per page the counts, the heavy persona's
// statements with their durations, and an EXPLAIN of each statement on the heavy data (sequential
// scans of big tables are listed; they are reported, not asserted; without PERF_REPORT they are
// only printed). PERF_SCALE_PERSONS sets the population size
// (default 100; the heavy personas are always generated in full); PERF_EXPLAIN_ANALYZE=1 runs
// EXPLAIN ANALYZE to record PostgreSQL's execution time of each statement.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { createElement, type ReactNode } from "react";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { encode } from "next-auth/jwt";
import { seedDemo } from "@prisma-seed/demo";
import { persona } from "@prisma-seed/personas";
import { HEAVY_PERSONAS, seedScale } from "@prisma-seed/scale";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { walkTree } from "./render-tree";

const request = vi.hoisted(() => ({
  cookie: undefined as string | undefined,
  memo: new Map<unknown, unknown>(),
}));

// Under Next, cache() memoises for the duration of one request; React's client build (what a
// plain Node test resolves) does not memoise at all. The portal relies on it (getPortalState is
// called by the layout and by the page; the disturbance flags by the guard and by ActingOptions).
vi.mock("react", async (importOriginal) => {
  const react = await importOriginal<typeof import("react")>();
  const cache = <F extends (...args: never[]) => unknown>(fn: F): F =>
    ((...args: Parameters<F>) => {
      if (args.length > 0) return fn(...args);
      if (!request.memo.has(fn)) request.memo.set(fn, fn(...args));
      return request.memo.get(fn);
    }) as F;
  return { ...react, cache, default: { ...react, cache } };
});

vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (name === "mk.session" && request.cookie ? { name, value: request.cookie } : undefined),
  }),
  headers: async () => new Headers({ "x-mk-locale": "fi", "x-mk-path": "/fi" }),
}));

type QueryEvent = { query: string; params: string; duration: number };
let recording: QueryEvent[] | null = null;
let db: TestDatabase;

const SCALE_PERSONS = Number(process.env.PERF_SCALE_PERSONS ?? 100);
const heavy = (key: string) => HEAVY_PERSONAS.find((p) => p.key === key)!;

// The server modules, imported after the client they must use is in place.
type Server = {
  authConfig: typeof import("@/server/auth/config").authConfig;
  startPortalSession: typeof import("@/server/auth/portal-session").startPortalSession;
  currentSession: typeof import("@/server/auth/current-session").currentSession;
  switchSubject: typeof import("@/server/auth/switch-subject").switchSubject;
  listPrescriptions: typeof import("@/server/kanta/prescription-centre/list-prescriptions").listPrescriptions;
};
let server: Server;

type Who = { actor: string; hetu: string; subject?: string; label: string };
type Session = { id: string; who: Who };

const LIGHT_ADULT: Who = { actor: persona("aino").id, hetu: persona("aino").hetu, label: "aino (demo)" };
const HEAVY_ADULT: Who = { actor: heavy("heavyAdult").id, hetu: heavy("heavyAdult").hetu, label: "heavyAdult" };
const LIGHT_CHILD: Who = { actor: persona("matti").id, hetu: persona("matti").hetu, subject: persona("eetu").id, label: "matti → eetu (demo)" };
const HEAVY_CHILD: Who = {
  actor: heavy("heavyGuardian").id,
  hetu: heavy("heavyGuardian").hetu,
  subject: heavy("heavyChild2").id,
  label: "heavyGuardian → heavyChild2",
};

async function openSession(who: Who): Promise<Session> {
  const id = await server.startPortalSession(who.hetu, undefined, new Date());
  const session = { id, who };
  if (who.subject) {
    await inRequest(session, async () => {
      const lookup = await server.currentSession();
      if (lookup.status !== "active") throw new Error("no session");
      const r = await server.switchSubject(lookup.session, who.subject!, new Date());
      if (!r.ok) throw new Error(`switch refused: ${r.reason}`);
    });
  }
  return session;
}

/** One emulated request: fresh per-request cache, the session's cookie, and the statements it sent. */
async function inRequest(session: Session, work: () => Promise<unknown>): Promise<QueryEvent[]> {
  await db.prisma.portalSession.update({ where: { id: session.id }, data: { lastActivityAt: new Date(Date.now() - 20_000) } });
  request.cookie = await encode({ token: { sid: session.id }, secret: server.authConfig.secret });
  request.memo = new Map();
  const events: QueryEvent[] = [];
  recording = events;
  try {
    await work();
  } finally {
    recording = null;
    request.cookie = undefined;
  }
  return events;
}

const el = (type: unknown, props: Record<string, unknown>, ...children: ReactNode[]) =>
  createElement(type as Parameters<typeof createElement>[0], props, ...children);

/** The portal layout with the page inside it, walked as the RSC renderer would. */
async function renderPage(pageModule: string, params: Record<string, string> = {}, searchParams: Record<string, string> = {}) {
  const [{ default: Layout }, { default: Page }] = await Promise.all([
    import("@/app/[locale]/(portal)/layout"),
    import(/* @vite-ignore */ `@/app/[locale]/(portal)/${pageModule}`),
  ]);
  const p = Promise.resolve({ locale: "fi", ...params });
  const report = await walkTree(el(Layout, { params: p }, el(Page, { params: p, searchParams: Promise.resolve(searchParams) })));
  return report;
}

/** The portal layout alone: the session, the registers around the actor, the Kanta-info receipts. */
async function renderFrame() {
  const { default: Layout } = await import("@/app/[locale]/(portal)/layout");
  await walkTree(el(Layout, { params: Promise.resolve({ locale: "fi" }) }, null));
}

/** A prescription the viewer sees on the first page of the list, without a renewal link (constant shape). */
async function firstPrescriptionOf(session: Session): Promise<string> {
  const row = await db.prisma.prescription.findFirst({
    where: { patientId: session.who.subject ?? session.who.actor, renewalOfId: null },
    orderBy: { prescribedAt: "desc" },
    select: { id: true },
  });
  if (!row) throw new Error(`${session.who.label}: no prescription`);
  return row.id;
}

type PageCase = {
  key: string;
  label: string;
  /**
   * The bound on the page's own statements: the request's total minus what the portal layout alone
   * costs (FRAME_BOUND). The touch of the session and the disturbance flags count as the page's.
   */
  bound: number;
  /** A server action rather than a page: no layout, the bound is on the total. */
  action?: boolean;
  light: Who;
  heavy: Who;
  run: (session: Session) => Promise<unknown>;
};

const PAGES: PageCase[] = [
  { key: "overview", label: "Front page /fi/overview", bound: 8, light: LIGHT_ADULT, heavy: HEAVY_ADULT, run: () => renderPage("overview/page") },
  { key: "prescriptions", label: "Prescriptions /fi/prescriptions", bound: 8, light: LIGHT_ADULT, heavy: HEAVY_ADULT, run: () => renderPage("prescriptions/page") },
  {
    key: "prescription",
    label: "Prescription detail /fi/prescriptions/[id]",
    bound: 12,
    light: LIGHT_ADULT,
    heavy: HEAVY_ADULT,
    run: async (s) => renderPage("prescriptions/[id]/page", { id: await firstPrescriptionOf(s) }),
  },
  { key: "health", label: "Health visits /fi/health", bound: 8, light: LIGHT_ADULT, heavy: HEAVY_ADULT, run: () => renderPage("health/page") },
  { key: "lab", label: "Lab results /fi/health/lab", bound: 8, light: LIGHT_ADULT, heavy: HEAVY_ADULT, run: () => renderPage("health/lab/page") },
  { key: "social", label: "Social documents /fi/social", bound: 8, light: LIGHT_ADULT, heavy: HEAVY_ADULT, run: () => renderPage("social/page") },
  { key: "wellbeing", label: "Wellbeing /fi/wellbeing", bound: 8, light: LIGHT_ADULT, heavy: HEAVY_ADULT, run: () => renderPage("wellbeing/page") },
  { key: "dataUse", label: "Use of data /fi/data-use", bound: 14, light: LIGHT_ADULT, heavy: HEAVY_ADULT, run: () => renderPage("data-use/page") },
  {
    key: "dataUseChoose",
    label: "Use of data, choosing a health prohibition's target /fi/data-use?choose=HEALTH",
    bound: 16,
    light: LIGHT_ADULT,
    heavy: HEAVY_ADULT,
    run: () => renderPage("data-use/page", {}, { choose: "HEALTH" }),
  },
  { key: "childOverview", label: "Child's front page (acting for a child)", bound: 8, light: LIGHT_CHILD, heavy: HEAVY_CHILD, run: () => renderPage("overview/page") },
  {
    key: "switch",
    label: "Switch to a child (the action's work: session + switchSubject)",
    bound: 14,
    action: true,
    light: LIGHT_CHILD,
    heavy: HEAVY_CHILD,
    run: async (s) => {
      const lookup = await server.currentSession();
      if (lookup.status !== "active") throw new Error("no session");
      const r = await server.switchSubject(lookup.session, s.who.subject!, new Date());
      if (!r.ok) throw new Error(`switch refused: ${r.reason}`);
    },
  },
];

type Explained = {
  sql: string;
  /** As Prisma timed it (round trip included), during the counted request. */
  ms: number;
  /** PostgreSQL's own execution time, with PERF_EXPLAIN_ANALYZE=1. */
  executionMs?: number;
  plan: string[];
  seqScans: { table: string; rows: number }[];
  error?: string;
};
const ANALYZE = process.env.PERF_EXPLAIN_ANALYZE === "1";
type PageReport = {
  key: string;
  label: string;
  bound: number;
  /** Statements of the whole request (light, heavy), and of the page alone (total minus the layout's). */
  light: number;
  heavy: number;
  frame: number;
  page: number;
  heavyDbMs: number;
  statements: Explained[];
};

/** The portal layout's own statements: the session frame (session, registers, receipts) in one. */
const FRAME_BOUND = 1;
const reports: PageReport[] = [];

beforeAll(async () => {
  db = await createTestDatabase({
    onQuery: (e) => recording?.push({ query: e.query, params: e.params, duration: e.duration }),
  });
  const now = new Date();
  await seedDemo(db.prisma, { now });
  await seedScale(db.prisma, { persons: SCALE_PERSONS, now, heavyJsonPath: null });
  await db.prisma.$executeRawUnsafe("ANALYZE");
  // The server modules call getPrisma(): hand them this (counting) client.
  (globalThis as { __mittkantaPrisma?: unknown }).__mittkantaPrisma = db.prisma;
  server = {
    ...(await import("@/server/auth/config")),
    ...(await import("@/server/auth/portal-session")),
    ...(await import("@/server/auth/current-session")),
    ...(await import("@/server/auth/switch-subject")),
    ...(await import("@/server/kanta/prescription-centre/list-prescriptions")),
  };
});

afterAll(async () => {
  delete (globalThis as { __mittkantaPrisma?: unknown }).__mittkantaPrisma;
  if (reports.length > 0 && process.env.PERF_REPORT === "1") {
    const out = path.resolve(import.meta.dirname, "../../bench/queries.json");
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(
      out,
      `${JSON.stringify({ generatedAt: new Date().toISOString(), scalePersons: SCALE_PERSONS, explainAnalyze: ANALYZE, pages: reports }, null, 2)}\n`,
    );
  }
  await db?.drop();
});

/** EXPLAIN of every statement on the heavy data; sequential scans of tables over 1 000 rows are flagged. */
async function explain(events: QueryEvent[]): Promise<Explained[]> {
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    const sizes = new Map<string, number>(
      (await client.query<{ relname: string; n: string }>("SELECT relname, reltuples::bigint AS n FROM pg_class WHERE relkind = 'r'")).rows.map((r) => [
        r.relname,
        Number(r.n),
      ]),
    );
    const out: Explained[] = [];
    for (const e of events) {
      const sql = e.query.replace(/\s+/g, " ");
      const short = sql.length > 240 ? `${sql.slice(0, 240)}…` : sql;
      if (!/^\s*(SELECT|WITH)/i.test(sql)) {
        out.push({ sql: short, ms: round(e.duration), plan: ["(write: not explained)"], seqScans: [] });
        continue;
      }
      try {
        const params = JSON.parse(e.params) as unknown[];
        const res = await client.query<{ "QUERY PLAN": [{ Plan: PlanNode; "Execution Time"?: number }] }>(
          `EXPLAIN (${ANALYZE ? "ANALYZE, " : ""}FORMAT JSON) ${e.query}`,
          params,
        );
        const executionMs = res.rows[0]!["QUERY PLAN"][0]["Execution Time"];
        const nodes: PlanNode[] = [];
        const visit = (n: PlanNode) => {
          nodes.push(n);
          for (const c of n.Plans ?? []) visit(c);
        };
        visit(res.rows[0]!["QUERY PLAN"][0].Plan);
        out.push({
          sql: short,
          ms: round(e.duration),
          ...(executionMs !== undefined ? { executionMs: round(executionMs) } : {}),
          plan: nodes
            .filter((n) => n["Relation Name"])
            .map((n) => `${n["Node Type"]} ${n["Relation Name"]}${n["Index Name"] ? ` using ${n["Index Name"]}` : ""}`),
          seqScans: nodes
            .filter((n) => n["Node Type"] === "Seq Scan" && (sizes.get(n["Relation Name"] ?? "") ?? 0) >= 1000)
            .map((n) => ({ table: n["Relation Name"]!, rows: sizes.get(n["Relation Name"]!) ?? 0 })),
        });
      } catch (error) {
        out.push({ sql: short, ms: round(e.duration), plan: [], seqScans: [], error: (error as Error).message });
      }
    }
    return out;
  } finally {
    await client.end();
  }
}

type PlanNode = { "Node Type": string; "Relation Name"?: string; "Index Name"?: string; Plans?: PlanNode[] };
const round = (n: number) => Math.round(n * 100) / 100;

describe("queries per page are constant in the amount of data", () => {
  it(`the portal layout: the same count for every persona, at most ${FRAME_BOUND}`, async () => {
    const counts = [];
    for (const who of [LIGHT_ADULT, HEAVY_ADULT, LIGHT_CHILD, HEAVY_CHILD]) {
      const session = await openSession(who);
      await inRequest(session, renderFrame);
      counts.push((await inRequest(session, renderFrame)).length);
    }
    console.info(`layout         ${counts.join(" / ")} statements (aino, heavyAdult, matti→eetu, heavyGuardian→heavyChild2)`);
    expect(new Set(counts).size).toBe(1);
    expect(counts[0]).toBeLessThanOrEqual(FRAME_BOUND);
  });

  for (const page of PAGES) {
    it(`${page.label}: the same count for ${page.light.label} and ${page.heavy.label}, page's own at most ${page.bound}`, async () => {
      const lightSession = await openSession(page.light);
      const heavySession = await openSession(page.heavy);
      // Once unmeasured each, so one-time work (module loading, i18n set-up) is not counted.
      await inRequest(lightSession, () => page.run(lightSession));
      await inRequest(heavySession, () => page.run(heavySession));
      const light = await inRequest(lightSession, () => page.run(lightSession));
      const heavyEvents = await inRequest(heavySession, () => page.run(heavySession));
      const frame = page.action ? 0 : (await inRequest(heavySession, renderFrame)).length;
      const own = heavyEvents.length - frame;
      const statements = await explain(heavyEvents);
      const dbMs = round(heavyEvents.reduce((a, e) => a + e.duration, 0));
      reports.push({ key: page.key, label: page.label, bound: page.bound, light: light.length, heavy: heavyEvents.length, frame, page: own, heavyDbMs: dbMs, statements });
      console.info(
        `${page.key.padEnd(14)} light ${String(light.length).padStart(2)}  heavy ${String(heavyEvents.length).padStart(2)}  = layout ${frame} + page ${own} (bound ${page.bound}); ` +
          `heavy DB time ${dbMs} ms; seq scans of big tables: ${statements.flatMap((x) => x.seqScans.map((q) => q.table)).join(", ") || "none"}`,
      );
      expect(heavyEvents.length, "heavy persona: as many statements as the light one").toBe(light.length);
      expect(own).toBeLessThanOrEqual(page.bound);
    });
  }
});
