// `npm run bench`: load test of the production build against the scale data.
//
//   1. resets the PostgreSQL database `mittkanta_bench` (demo data + `seedScale`, --persons N)
//   2. builds the portal into .next-bench if needed, starts it with scripts/start.ts on a free port
//   3. signs the heavy personas in through the real OpenID Connect flow (plain fetch, cookies by hand)
//   4. drives the main pages with autocannon at concurrency 1, 10 and 50, plus a static page of the
//      same Next.js server as the baseline (and a static file for scale), and writes
//      bench/results.json and bench/results.md
//   Before the portal starts, it measures the framework floor: a bare Next.js app's prerendered and
//   per-request page (scripts/bench/framework-floor.ts), the stack's own ceiling for the ratio.
//   The servers are stopped at the end, also on error or Ctrl-C.
//
// Options: --persons 10000  --duration 8  --warmup 2  --concurrency 1,10,50  --port 3900
//          --warm-all 6 (seconds of load on every page, before any is measured)
//          --skip-seed (reuse the bench database as it is)  --no-light (skip the light-persona row)
//          --no-floor (skip the framework floor: the bare Next.js app of scripts/bench/floor-app)
//          --only overview,prescriptions (scenario keys)
//          --hold (after the pre-flight, write <out>/sessions.json with every scenario's URL and
//                  headers and keep the portal running until Ctrl-C, for probing by hand)
//          --profile (the portal's processes run under the V8 CPU profiler; writes <out>/profile.json:
//                     self time per package and function. Profiling slows the server: do not compare
//                     its figures with an unprofiled run)
import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { persona, type PersonaKey } from "../prisma/seed/personas";
import { HEAVY_PERSONAS } from "../prisma/seed/scale";
import { closePrismaClient, type Db } from "../src/server/db";
import { buildIfNeeded } from "./build-if-needed";
import { BENCH_DATABASE_URL, ensureDatabase, openBenchDb, prepareBenchDatabase } from "./bench/db";
import {
  CookieClient,
  multipartBody,
  SignInError,
  signInWithFetch,
  switchActionField,
} from "./bench/http-session";
import { runLoad, type LoadRequest } from "./bench/load";
import { busiestProfile, profilerPreload } from "./bench/profile";
import {
  evaluateTargets,
  TARGET_CONCURRENCY,
  writeReadmeTable,
  machineInfo,
  writeReport,
  type BenchReport,
  type ScenarioResult,
} from "./bench/report";
import { freePortPair, startPortal, type RunningServer } from "./bench/server";
import { measureFrameworkFloor, type FrameworkFloor } from "./bench/framework-floor";
import { workerCount } from "./portal-cluster";

const { values: args } = parseArgs({
  options: {
    persons: { type: "string", default: "10000" },
    duration: { type: "string", default: "8" },
    warmup: { type: "string", default: "2" },
    "warm-all": { type: "string", default: "6" },
    concurrency: { type: "string", default: "1,10,50" },
    port: { type: "string", default: "3900" },
    "skip-seed": { type: "boolean", default: false },
    "no-light": { type: "boolean", default: false },
    "no-floor": { type: "boolean", default: false },
    only: { type: "string" },
    profile: { type: "boolean", default: false },
    hold: { type: "boolean", default: false },
    out: { type: "string", default: "bench" },
  },
});

const persons = Number(args.persons);
const durationS = Number(args.duration);
const warmupS = Number(args.warmup);
const concurrencies = args.concurrency.split(",").map(Number);
const only = args.only ? new Set(args.only.split(",")) : null;
if (!Number.isInteger(persons) || persons < 0) throw new Error(`--persons: not a count: ${args.persons}`);
if (!(Number(args["warm-all"]) >= 0)) throw new Error(`--warm-all: not a number of seconds: ${args["warm-all"]}`);
if (!(durationS > 0) || concurrencies.some((c) => !Number.isInteger(c) || c < 1))
  throw new Error("bad --duration or --concurrency");

const DIST_DIR = ".next-bench";
const log = (m: string) => console.info(`[bench] ${m}`);
const heavy = (key: string) => {
  const p = HEAVY_PERSONAS.find((x) => x.key === key);
  if (!p) throw new Error(`no heavy persona ${key}`);
  return p;
};

// ── Sign-in ──

type Session = { who: string; personId: string; client: CookieClient; cookie: string; how: string };

/** A demo persona any adult's session can be re-pointed from when the IdP does not know a person. */
const STAND_IN: PersonaKey = "kari";

async function signIn(server: RunningServer, db: Db, who: string): Promise<Session> {
  const demo = !who.startsWith("heavy");
  const target = demo ? persona(who as PersonaKey) : heavy(who);
  const finish = (client: CookieClient, how: string): Session => ({
    who,
    personId: target.id,
    client,
    cookie: client.cookieHeader(new URL(server.url).origin),
    how,
  });
  if (demo) {
    const { client } = await signInWithFetch(server.url, { persona: who });
    return finish(client, "OIDC flow, persona chosen on the identification page");
  }
  try {
    const { client } = await signInWithFetch(server.url, { hetu: target.hetu });
    return finish(client, `OIDC flow, henkilötunnus ${target.hetu} typed on the identification page`);
  } catch (e) {
    if (!(e instanceof SignInError && (e.step === "identify" || e.step === "confirm"))) throw e;
    // The mock identification service did not identify the generated person (src/idp/identities.ts):
    // sign in through the same real flow as a stand-in, then point that session at the heavy person.
    const { client } = await signInWithFetch(server.url, { persona: STAND_IN });
    const row = await db.portalSession.findFirst({
      where: { personId: persona(STAND_IN).id, endedAt: null },
      orderBy: { createdAt: "desc" },
      select: { id: true },
    });
    if (!row) throw new Error("stand-in session not found");
    await db.portalSession.update({
      where: { id: row.id },
      data: { personId: target.id, subjectPersonId: target.id },
    });
    return finish(
      client,
      `identification service did not complete the sign-in with the typed henkilötunnus ${target.hetu} (${e.message}); ` +
        `signed in through the real OIDC flow as ${STAND_IN} and re-pointed that PortalSession row to ${who}`,
    );
  }
}

async function get(
  session: Session,
  url: string,
): Promise<{ status: number; html: string; location: string | null }> {
  const r = await session.client.request(url);
  return { status: r.status, html: await r.text(), location: r.headers.get("location") };
}

/** The JavaScript-free server-action post of the "act for" form on the overview. */
async function switchRequest(server: RunningServer, session: Session, childId: string): Promise<LoadRequest> {
  const page = await get(session, `${server.url}/fi/overview`);
  const field = switchActionField(page.html, childId);
  if (!field)
    throw new Error(`${session.who}: no act-for form for ${childId} on the overview (HTTP ${page.status})`);
  const { body, contentType } = multipartBody({ [field]: "", personId: childId, locale: "fi" });
  return {
    url: `${server.url}/fi/overview`,
    method: "POST",
    headers: {
      cookie: session.cookie,
      "content-type": contentType,
      origin: server.url,
      "accept-encoding": "gzip",
    },
    body,
    expectStatus: 303,
  };
}

async function switchTo(server: RunningServer, session: Session, childId: string): Promise<void> {
  const req = await switchRequest(server, session, childId);
  const r = await session.client.request(req.url, { method: "POST", headers: req.headers, body: req.body });
  await r.arrayBuffer();
  const location = r.headers.get("location") ?? "";
  if (r.status !== 303 || !location.includes("switch=ok"))
    throw new Error(`switch to ${childId}: HTTP ${r.status} → ${location}`);
}

// ── Scenarios ──

type Scenario = {
  key: string;
  label: string;
  persona: string;
  path: string;
  request: LoadRequest;
  marker?: string;
};

/** The page the throughput target is measured against: prerendered at build time, no session, no database. */
const STATIC_PAGE = "/fi/accessibility";

/** The smallest server-rendered page: public, no session, no database (the signed-out notice). */
const DYNAMIC_FLOOR_PAGE = "/fi/signed-out";

type Baseline = { path: string; bytes: number; what: string };

/**
 * The baseline: a static page served by the same Next.js server (the accessibility statement, built
 * once per locale and served from Next's prerender cache through the same proxy as every page).
 * Fails when the build did not prerender it, so a regression cannot turn the baseline dynamic unseen.
 */
function staticPageBaseline(): Baseline {
  const manifest = JSON.parse(fs.readFileSync(path.join(DIST_DIR, "prerender-manifest.json"), "utf8")) as {
    routes: Record<string, { htmlSize?: number } | undefined>;
  };
  const route = manifest.routes[STATIC_PAGE];
  if (!route) throw new Error(`${STATIC_PAGE} is not prerendered by this build: the static baseline would be dynamic`);
  const html = path.join(DIST_DIR, "server", "app", `${STATIC_PAGE}.html`);
  return {
    path: STATIC_PAGE,
    bytes: fs.existsSync(html) ? fs.statSync(html).size : (route.htmlSize ?? 0),
    what: "the static page (the accessibility statement, prerendered at build time)",
  };
}

/** For scale, also a plain file of public/ served by the same server (no proxy, no rendering). */
function staticFileReference(): Baseline {
  const file = path.join("public", "robots.txt");
  return { path: "/robots.txt", bytes: fs.statSync(file).size, what: "the file public/robots.txt" };
}

const firstLink = (html: string, prefix: string) =>
  new RegExp(`href="(${prefix.replace(/\//g, "\\/")}[0-9a-f-]{36})"`).exec(html)?.[1] ?? null;

async function main() {
  const machine = machineInfo();
  const startedAt = Date.now();
  const notes: string[] = [];
  log(
    `${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}; load average ${machine.loadAverageAtStart.join(" ")}`,
  );
  process.env.NEXT_DIST_DIR = DIST_DIR;

  // 1. Database
  let seedReport: Awaited<ReturnType<typeof prepareBenchDatabase>> | null = null;
  if (args["skip-seed"]) {
    await ensureDatabase(BENCH_DATABASE_URL);
    log("--skip-seed: using the bench database as it is");
  } else {
    seedReport = await prepareBenchDatabase(BENCH_DATABASE_URL, persons, log);
  }
  const db = openBenchDb(BENCH_DATABASE_URL);
  let server: RunningServer | null = null;
  const stopAll = async () => {
    const s = server;
    server = null;
    if (s) {
      log(`stopping the portal (process group ${s.pid})`);
      await s.stop();
    }
    await closePrismaClient(db).catch(() => undefined);
  };
  const onSignal = (signal: NodeJS.Signals) => {
    log(`${signal}: stopping`);
    void stopAll().finally(() => process.exit(130));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  try {
    const heavyAdult = heavy("heavyAdult");
    if (!(await db.person.findUnique({ where: { id: heavyAdult.id }, select: { id: true } }))) {
      throw new Error("the heavy personas are missing from the bench database: run without --skip-seed");
    }
    const data = {
      persons: (await db.person.count()) as number,
      totalRows: seedReport ? seedReport.scaleRows : "n/a (--skip-seed)",
      heavyAdult: {
        prescriptions: await db.prescription.count({ where: { patientId: heavyAdult.id } }),
        healthDocuments: await db.healthDocument.count({ where: { patientId: heavyAdult.id } }),
        serviceEvents: await db.serviceEvent.count({ where: { patientId: heavyAdult.id } }),
        labResults: await db.labResult.count({ where: { patientId: heavyAdult.id } }),
        measurements: await db.measurement.count({ where: { personId: heavyAdult.id } }),
        socialDocuments: await db.socialDocument.count({ where: { clientId: heavyAdult.id } }),
      },
    };
    log(`data: ${JSON.stringify(data)}`);

    // 2. Build and start
    const buildStarted = Date.now();
    const built = buildIfNeeded({ ...process.env, NEXT_DIST_DIR: DIST_DIR });
    const buildS = built ? Math.round((Date.now() - buildStarted) / 1000) : 0;
    log(built ? `built into ${DIST_DIR} in ${buildS} s` : `${DIST_DIR} is up to date`);

    const port = await freePortPair(Number(args.port));
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: BENCH_DATABASE_URL,
      NEXT_DIST_DIR: DIST_DIR,
      NEXTAUTH_SECRET: `bench-${randomBytes(16).toString("hex")}`,
      SIGNIN_RATE_LIMIT_PER_MINUTE: "100000",
      IDP_RATE_LIMIT_PER_MINUTE: "100000",
      NEXT_TELEMETRY_DISABLED: "1",
    };
    const profileDir = path.resolve("/tmp", `mk-bench-prof-${Date.now()}`);
    if (args.profile) env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ""} ${profilerPreload(profileDir)}`.trim();
    delete env.TEST_HOOKS;
    delete env.NEXTAUTH_URL;
    delete env.OIDC_ISSUER;
    delete env.IDP_ISSUER;
    delete env.PORTAL_URL;
    // The stack's ceiling for the ratio, measured before the portal runs (nothing else loads the CPU).
    let frameworkFloor: FrameworkFloor | null = null;
    if (!args["no-floor"] && !args.hold && !args.profile && !only) {
      frameworkFloor = await measureFrameworkFloor({
        port: await freePortPair(port + 2),
        workers: workerCount(env),
        concurrency: TARGET_CONCURRENCY,
        durationS,
        warmupS: warmupS + Number(args["warm-all"]),
        env,
      });
      log(
        `framework floor (bare Next.js ${frameworkFloor.next}, ${frameworkFloor.workers} workers, c=${TARGET_CONCURRENCY}): ` +
          `static ${frameworkFloor.static.rps} req/s, dynamic ${frameworkFloor.dynamic.rps} req/s (×${frameworkFloor.share})`,
      );
    }
    const logFile = path.join("/tmp", `mk-bench-server-${port}.log`);
    log(`starting the portal on port ${port} (identification service ${port + 1}); log ${logFile}`);
    server = await startPortal({ port, env, logFile });
    const srv = server;
    const origin = srv.url;

    // 3. Sessions
    const t0 = Date.now();
    const adult = await signIn(srv, db, "heavyAdult");
    const guardian = await signIn(srv, db, "heavyGuardian");
    const switcher = await signIn(srv, db, "heavyGuardian");
    const child = heavy("heavyChild2");
    await switchTo(srv, guardian, child.id);
    const light = args["no-light"]
      ? null
      : { adult: await signIn(srv, db, "aino"), guardian: await signIn(srv, db, "matti") };
    if (light) await switchTo(srv, light.guardian, persona("eetu").id);
    log(`signed in ${light ? 5 : 3} sessions in ${Date.now() - t0} ms (${adult.how})`);
    const signIns: Record<string, string> = {
      heavyAdult: adult.how,
      "heavyGuardian (two sessions)": guardian.how,
      ...(light ? { aino: light.adult.how, matti: light.guardian.how } : {}),
    };

    // 4. Scenarios
    const baseline = staticPageBaseline();
    const staticFile = staticFileReference();
    const headersOf = (s: Session) => ({ cookie: s.cookie, "accept-encoding": "gzip" });
    const pageScenarios = async (s: Session, label: string, name: string): Promise<Scenario[]> => {
      const list = await get(s, `${origin}/fi/prescriptions`);
      const rx = firstLink(list.html, "/fi/prescriptions/");
      if (!rx) throw new Error(`${label}: no prescription link on the list (HTTP ${list.status})`);
      const pages: [string, string, string][] = [
        ["overview", "Front page", "/fi/overview"],
        ["prescriptions", "Prescriptions list", "/fi/prescriptions"],
        ["prescription", "Prescription detail", rx],
        ["health", "Health visits", "/fi/health"],
        ["lab", "Lab results", "/fi/health/lab"],
        ["social", "Social documents", "/fi/social"],
        ["wellbeing", "Wellbeing (chart)", "/fi/wellbeing"],
        ["dataUse", "Use of data", "/fi/data-use"],
      ];
      return pages.map(([key, title, p]) => ({
        key,
        label: title,
        persona: label,
        path: p,
        marker: name,
        request: { url: `${origin}${p}`, headers: headersOf(s) },
      }));
    };

    const heavyScenarios: Scenario[] = [
      {
        key: "static",
        label: "Static page (baseline)",
        persona: "-",
        path: baseline.path,
        marker: "<h1>",
        request: { url: `${origin}${baseline.path}`, headers: { "accept-encoding": "gzip" } },
      },
      {
        key: "staticFile",
        label: "Static file (for scale)",
        persona: "-",
        path: staticFile.path,
        request: { url: `${origin}${staticFile.path}`, headers: { "accept-encoding": "gzip" } },
      },
      {
        // The framework's floor: the smallest server-rendered page (no session, no database).
        key: "dynamicFloor",
        label: "Empty dynamic page (for scale)",
        persona: "-",
        path: DYNAMIC_FLOOR_PAGE,
        marker: "<h1>",
        request: { url: `${origin}${DYNAMIC_FLOOR_PAGE}`, headers: { "accept-encoding": "gzip" } },
      },
      ...(await pageScenarios(adult, "heavyAdult", heavyAdult.firstNames.split(" ")[0]!)),
      {
        key: "childOverview",
        label: "Child's front page (after switch)",
        persona: "heavyGuardian→heavyChild2",
        path: "/fi/overview",
        marker: child.firstNames,
        request: { url: `${origin}/fi/overview`, headers: headersOf(guardian) },
      },
      {
        key: "switch",
        label: "Switch to child (server action)",
        persona: "heavyGuardian→heavyChild2",
        path: "/fi/overview",
        request: await switchRequest(srv, switcher, child.id),
      },
    ];
    const lightScenarios: Scenario[] = light
      ? [
          ...(await pageScenarios(light.adult, "aino (demo)", persona("aino").firstNames.split(" ")[0]!)),
          {
            key: "childOverview",
            label: "Child's front page (after switch)",
            persona: "matti→eetu (demo)",
            path: "/fi/overview",
            marker: persona("eetu").firstNames,
            request: { url: `${origin}/fi/overview`, headers: headersOf(light.guardian) },
          },
        ]
      : [];
    // The baselines are measured unless profiling (their serving would fill the profile).
    const isBaseline = (s: Scenario) => s.persona === "-";
    const selected = (s: Scenario) => (isBaseline(s) ? !args.profile : !only || only.has(s.key));

    // Pre-flight: every page answers as expected for the right person before it is measured.
    for (const s of [...heavyScenarios, ...lightScenarios].filter(selected)) {
      if (s.request.method === "POST") continue;
      const r = await fetch(s.request.url, { headers: s.request.headers, redirect: "manual" });
      const html = await r.text();
      if (r.status !== 200)
        throw new Error(
          `pre-flight ${s.persona} ${s.path}: HTTP ${r.status} ${r.headers.get("location") ?? ""}`,
        );
      if (s.marker && !html.includes(s.marker))
        throw new Error(`pre-flight ${s.persona} ${s.path}: "${s.marker}" not on the page`);
    }
    log("pre-flight: every page answers 200 for the right person");
    // Every page once under load before any is measured: the first pages after a start otherwise
    // pay for the workers' code loading and JIT warm-up (seen as 40-80 % fewer pages a second on
    // whichever page came first). A production portal runs warm.
    const warmAll = Number(args["warm-all"]);
    if (warmAll > 0) {
      for (const s of [...heavyScenarios, ...lightScenarios].filter(selected))
        await runLoad(s.request, { connections: 10, durationS: warmAll });
      log(`warm-up: every selected page for ${warmAll} s at concurrency 10`);
    }
    if (args.hold) {
      const file = path.join(args.out, "sessions.json");
      fs.mkdirSync(args.out, { recursive: true });
      const all = [...heavyScenarios, ...lightScenarios].map((s) => ({
        key: s.key,
        persona: s.persona,
        ...s.request,
      }));
      fs.writeFileSync(file, `${JSON.stringify(all, null, 2)}\n`);
      log(`--hold: scenarios in ${file}; the portal runs at ${origin} until Ctrl-C`);
      await new Promise(() => undefined);
    }

    // 5. Load
    const results: ScenarioResult[] = [];
    const baselineRps = new Map<number, number>();
    const measure = async (s: Scenario, cs: number[]) => {
      if (warmupS > 0) await runLoad(s.request, { connections: 10, durationS: warmupS });
      for (const c of cs) {
        const r = await runLoad(s.request, { connections: c, durationS });
        if (s.key === "static") baselineRps.set(c, r.rps);
        const base = baselineRps.get(c);
        const ratio = base ? Number((r.rps / base).toFixed(3)) : null;
        results.push({
          ...r,
          key: s.key,
          label: s.label,
          persona: s.persona,
          path: s.path,
          method: s.request.method ?? "GET",
          ratioToBaseline: ratio,
        });
        log(
          `${s.label.padEnd(34)} ${s.persona.padEnd(26)} c=${String(c).padStart(2)}  ${String(r.rps).padStart(7)} req/s  ` +
            `p50 ${r.latencyMs.p50} p95 ${r.latencyMs.p95} p99 ${r.latencyMs.p99} ms  errors ${r.errors}/${r.unexpected}  ×${ratio ?? "–"}`,
        );
      }
    };
    if (args.profile) {
      srv.signal("SIGUSR2"); // start the profilers (see profilerPreload)
      log("profiling started");
    }
    for (const s of heavyScenarios.filter(selected)) await measure(s, concurrencies);
    const lightConcurrency = concurrencies.includes(10) ? [10] : concurrencies.slice(0, 1);
    for (const s of lightScenarios.filter(selected)) await measure(s, lightConcurrency);

    // The sessions lasted through the run: each still opens its page.
    for (const s of [adult, guardian, ...(light ? [light.adult, light.guardian] : [])]) {
      const r = await get(s, `${origin}/fi/overview`);
      if (r.status !== 200)
        notes.push(`session of ${s.who} no longer active after the run (HTTP ${r.status} → ${r.location})`);
    }
    if (!notes.length)
      notes.push("All sessions were still active after the run (no timeout, no rate limiting).");
    notes.push(
      `Before any measurement every page ran for ${warmAll} s at concurrency 10 (code loading and JIT warm-up of the portal's workers), then each page again for the warm-up before its own cells.`,
      "The light persona rows (demo data) are measured at concurrency 10 only, for comparison with the heavy ones.",
      "The switch action row posts the JavaScript-free form of the front page (multipart, $ACTION_ID_…); the expected answer is 303 to ?switch=ok. Every switch writes an access-log row (S-6).",
    );

    machine.loadAverageAtEnd = (await import("node:os")).loadavg().map((n) => Number(n.toFixed(2)));
    const report: BenchReport = {
      machine,
      config: {
        persons,
        durationS,
        warmupS,
        warmAllS: warmAll,
        concurrencies,
        database: BENCH_DATABASE_URL.replace(/\/\/[^@]*@/, "//"),
        distDir: DIST_DIR,
        buildS,
        totalS: Math.round((Date.now() - startedAt) / 1000),
      },
      data: { ...data, seedMs: seedReport ? seedReport.resetMs + seedReport.scaleMs : "n/a" },
      baseline,
      staticFile,
      ...(frameworkFloor ? { frameworkFloor } : {}),
      signIns,
      results,
      targets: evaluateTargets(results),
      notes,
    };
    const files = writeReport(args.out, report);
    log(`wrote ${files.json} and ${files.md}`);
    // The README carries the heavy personas' table of a full run (not of a partial or profiled one).
    if (!only && !args.profile && args.out === "bench" && report.targets.checks.length) {
      log(writeReadmeTable("README.md", report) ? "updated the table in README.md" : "README.md has no bench markers: table not written");
    }
    if (args.profile) {
      await stopAll(); // the profiles are written when the processes exit
      const summary = busiestProfile(profileDir);
      if (summary) {
        fs.writeFileSync(
          path.join(args.out, "profile.json"),
          `${JSON.stringify({ scenarios: [...new Set(results.map((r) => r.key))], ...summary }, null, 2)}\n`,
        );
        log(
          `profile of the portal (${summary.file}): busy ${summary.totalMs - summary.idleMs} of ${summary.totalMs} ms`,
        );
        for (const p of summary.byPackage)
          log(`  ${p.name.padEnd(40)} ${String(p.ms).padStart(7)} ms  ${(p.share * 100).toFixed(1)}%`);
      }
    }
    const missed = report.targets.checks.filter((c) => !c.p95Ok || !c.ratioOk);
    if (!report.targets.checks.length) log("targets not evaluated (no heavy run at concurrency 10)");
    else log(missed.length ? `targets missed: ${missed.map((c) => c.key).join(", ")}` : "all targets met");
  } finally {
    await stopAll();
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error("[bench] failed:", e);
    process.exit(1);
  },
);
