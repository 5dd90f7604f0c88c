// The one way the app, scripts and tests get a Prisma client. No `server-only` / Next imports:
// CLI scripts (seed, ops, bench) import this too.
//
// DATABASE_URL set → PostgreSQL via @prisma/adapter-pg. Unset → embedded PGlite in PGLITE_DIR
// (default .data/pglite), migrated and demo-seeded on first use so a fresh clone just runs.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { Prisma, PrismaClient } from "../generated/prisma/client";
import { readMigrations } from "../../prisma/tools/migrations-dir";
import { applyMigrationsSql, pgliteRunner } from "../../prisma/tools/sql-migrate";
import { resolveDbTarget, type DbTarget } from "./db-url";

export type CreatePrismaClientOptions = {
  /** Where to connect; defaults to the environment (see db-url.ts). */
  target?: DbTarget;
  /** An already-open PGlite (tests, tools); the caller keeps ownership and closes it. */
  pglite?: PGlite;
  /** Called for every SQL statement Prisma sends, e.g. to count queries in tests. */
  onQuery?: (event: Prisma.QueryEvent) => void;
  /** PGlite only (default true): apply pending migrations, and seed an empty database, before the first query. */
  bootstrap?: boolean;
};

/** cal.com's guard: an updateMany/deleteMany whose `where` is missing or matches everything is a bug. */
const BULK_WRITES = ["updateMany", "updateManyAndReturn", "deleteMany"] as const;
const isUnscoped = (where: unknown) =>
  where === undefined ||
  where === null ||
  (typeof where === "object" && Object.values(where as object).every((v) => v === undefined));

export const disallowUnscopedBulkWrites = Prisma.defineExtension({
  name: "disallow-unscoped-bulk-writes",
  query: {
    $allModels: {
      async $allOperations({ model, operation, args, query }) {
        if (
          (BULK_WRITES as readonly string[]).includes(operation) &&
          isUnscoped((args as { where?: unknown }).where)
        ) {
          throw new Error(
            `${model}.${operation} without a where clause would touch every row; pass an explicit filter`,
          );
        }
        return query(args);
      },
    },
  },
});

export function createPrismaClient(opts: CreatePrismaClientOptions = {}) {
  const target = opts.target ?? resolveDbTarget();
  let pglite: PGlite | undefined;
  let adapter: SqlDriverAdapterFactory;
  let ownsPglite = false;
  if (opts.pglite || target.kind === "pglite") {
    ownsPglite = !opts.pglite;
    pglite = opts.pglite ?? new PGlite(mkdirp((target as { dir: string }).dir));
    const db = pglite;
    const inner = new PrismaPGlite(db);
    const seedClient = () => guarded(new PrismaClient({ adapter: inner })) as unknown as PrismaClient;
    // Gate at the adapter, not per query: Prisma calls connect() once before any query or
    // transaction, so nothing (not even an interactive transaction) can overtake the bootstrap.
    adapter = opts.bootstrap === false ? inner : gated(inner, () => bootstrapPglite(db, seedClient));
  } else {
    adapter = new PrismaPg({ connectionString: target.url });
  }

  const base = new PrismaClient({ adapter, log: opts.onQuery ? [{ emit: "event", level: "query" }] : [] });
  if (opts.onQuery) (base as unknown as PrismaClient<"query">).$on("query", opts.onQuery);

  // Typed as the plain client on purpose: the extension only adds runtime checks, and callers
  // pass this client where `PrismaClient` / `Prisma.TransactionClient` is expected.
  const client = guarded(base) as unknown as PrismaClient;
  resources.set(client, { base, pglite, closePglite: ownsPglite });
  return client;
}

const guarded = (client: PrismaClient) => client.$extends(disallowUnscopedBulkWrites);

export type Db = PrismaClient;

const resources = new WeakMap<object, { base: PrismaClient; pglite?: PGlite; closePglite: boolean }>();

/** The embedded database behind a client from createPrismaClient, if any (for raw SQL in tools/tests). */
export function pgliteOf(client: Db): PGlite | undefined {
  return resources.get(client)?.pglite;
}

/** Disconnects; also closes the PGlite database if the client opened it (flushes it to disk). */
export async function closePrismaClient(client: Db): Promise<void> {
  const r = resources.get(client);
  if (!r) return client.$disconnect();
  await r.base.$disconnect();
  if (r.closePglite && r.pglite && !r.pglite.closed) await r.pglite.close();
}

const globalForPrisma = globalThis as unknown as { __mittkantaPrisma?: Db };

/** One client per process (survives Next.js dev reloads via globalThis). */
export function getPrisma(): Db {
  return (globalForPrisma.__mittkantaPrisma ??= createPrismaClient());
}

function mkdirp(dir: string): string {
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  return dir;
}

function gated(inner: SqlDriverAdapterFactory, prepare: () => Promise<void>): SqlDriverAdapterFactory {
  let ready: Promise<void> | undefined;
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    async connect() {
      ready ??= prepare().catch((e: unknown) => {
        ready = undefined; // let the next attempt retry instead of caching the failure
        throw e;
      });
      await ready;
      return inner.connect();
    },
  };
}

/**
 * Brings an embedded database up to date. Plain SQL, not the wasm engine, so this also works
 * inside the Next.js server bundle; the bookkeeping matches `npm run db:deploy`.
 */
async function bootstrapPglite(db: PGlite, seedClient: () => PrismaClient) {
  const empty = (await db.query(`SELECT to_regclass('public._prisma_migrations') IS NULL AS empty`))
    .rows[0] as { empty: boolean };
  const list = await readMigrations(path.join(process.cwd(), "prisma/migrations"));
  const applied = await applyMigrationsSql(pgliteRunner(db), list);
  if (applied.length) console.info(`[db] PGlite ${db.dataDir ?? ""}: applied ${applied.join(", ")}`);
  if (!empty.empty) return;
  const client = seedClient();
  try {
    if (await runDemoSeed(client)) console.info("[db] PGlite: demo data seeded");
  } finally {
    await client.$disconnect();
  }
}

/** Where the seed author's entry point lives; either layout is accepted. */
const SEED_CANDIDATES = ["prisma/seed/demo.ts", "prisma/seed/demo/index.ts"];

/**
 * Runs `seedDemo(prisma)` from prisma/seed/demo.ts if it exists. Imported by computed path so
 * bundlers do not require the file at build time; returns false when there is nothing to run.
 */
export async function runDemoSeed(prisma: unknown, root = process.cwd()): Promise<boolean> {
  const file = SEED_CANDIDATES.map((f) => path.join(root, f)).find((f) => fs.existsSync(f));
  if (!file) {
    console.warn("[db] prisma/seed/demo.ts not found: skipping the demo seed");
    return false;
  }
  let mod: { seedDemo?: (prisma: unknown) => Promise<unknown> };
  try {
    mod = (await import(
      /* webpackIgnore: true */ /* turbopackIgnore: true */ pathToFileURL(file).href
    )) as typeof mod;
  } catch (e) {
    // e.g. plain Node (next start) cannot load .ts: the database is migrated but empty.
    console.warn(`[db] could not load ${file} (${(e as Error).message}); run \`npm run db:seed\``);
    return false;
  }
  if (typeof mod.seedDemo !== "function") throw new Error(`${file} does not export seedDemo(prisma)`);
  await mod.seedDemo(prisma);
  return true;
}
