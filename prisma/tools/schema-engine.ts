// Prisma's schema engine, run offline: the native binary cannot be downloaded here, so we load
// the published wasm build (@prisma/schema-engine-wasm, same commit as prisma 7.10.0) and drive
// it through a driver adapter. PGlite serves as the target for local databases and as the
// throw-away shadow database for diffs; PostgreSQL targets are handled in ./sql-migrate.ts.
import { readFileSync } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine, SchemaFilter } from "@prisma/schema-engine-wasm";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const DEFAULT_SCHEMA = path.join(ROOT, "prisma/schema.prisma");
export const DEFAULT_MIGRATIONS = path.join(ROOT, "prisma/migrations");
export { readMigrations, writeMigration } from "./migrations-dir";
export const NO_FILTER: SchemaFilter = { externalTables: [], externalEnums: [] };

let loaded: typeof bg.SchemaEngine | undefined;

/** Instantiates the wasm by hand (the package entry `import`s a .wasm, which needs --experimental-wasm-modules). */
function engineClass(): typeof bg.SchemaEngine {
  if (loaded) return loaded;
  const bgUrl = import.meta.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bytes = readFileSync(fileURLToPath(new URL("./schema_engine_bg.wasm", bgUrl)));
  const module = new WebAssembly.Module(bytes);
  const instance = new WebAssembly.Instance(module, { "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports });
  const exports = instance.exports as WebAssembly.Exports & { __wbindgen_start(): void };
  (bg as unknown as { __wbg_set_wasm(e: unknown): void }).__wbg_set_wasm(exports);
  exports.__wbindgen_start();
  loaded = bg.SchemaEngine;
  return loaded;
}

/**
 * PGlite adapter factory fixed for schema-engine work. The upstream adapter's executeScript does
 * not await `exec`, so a failing migration would surface as an unhandled rejection after the
 * engine had already recorded success; and its shadow databases are never closed.
 */
class PGliteEngineFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres" as const;
  readonly adapterName = "pglite-schema-engine";
  constructor(private readonly db: () => PGlite) {}

  connect(): Promise<SqlDriverAdapter> {
    console.error("CONNECT MAIN");
    const db = this.db();
    return withAwaitedScripts(db, new PrismaPGlite(db), false);
  }

  connectToShadowDb(): Promise<SqlDriverAdapter> {
    console.error("CONNECT SHADOW");
    const shadow = new PGlite();
    return withAwaitedScripts(shadow, new PrismaPGlite(shadow), true);
  }
}

async function withAwaitedScripts(db: PGlite, factory: PrismaPGlite, closeOnDispose: boolean): Promise<SqlDriverAdapter> {
  const adapter = await factory.connect();
  const onError = (adapter as unknown as { onError(e: unknown): never }).onError.bind(adapter);
  adapter.executeScript = async (script: string) => {
    try {
      await db.exec(script);
    } catch (e) {
      onError(e);
    }
  };
  if (closeOnDispose) adapter.dispose = () => db.close();
  return adapter;
}

export type EngineLog = (line: string) => void;

/** Opens the schema engine against a PGlite database (default: a fresh in-memory one, for diffs only). */
export async function openEngine(opts: { db?: PGlite; schemaPath?: string; log?: EngineLog } = {}) {
  // Diffs never touch the main database, so the throw-away one is only created if asked for.
  let db = opts.db;
  const mainDb = () => (db ??= new PGlite());
  const ownsDb = !opts.db;
  const datamodels: [string, string][] | undefined = opts.schemaPath
    ? [[path.basename(opts.schemaPath), await fs.readFile(opts.schemaPath, "utf8")]]
    : undefined;
  const log = opts.log ?? quietLog;
  const engine: SchemaEngine = await engineClass().new(
    { datamodels },
    log,
    bindMigrationAwareSqlAdapterFactory(new PGliteEngineFactory(mainDb)),
  );
  return {
    engine,
    async close() {
      engine.free();
      if (ownsDb && db && !db.closed) await db.close();
    },
  };
}

/** Only warnings and errors from the engine's tracing reach stderr. */
function quietLog(line: string) {
  try {
    const { level, fields } = JSON.parse(line) as { level?: string; fields?: { message?: string } };
    if (level === "WARN" || level === "ERROR") console.error(`[schema-engine] ${fields?.message ?? line}`);
  } catch {
    console.error(`[schema-engine] ${line}`);
  }
}

/** True when the module at `url` is the script node/tsx was started with (import.meta.main is Node 24+). */
export function isMain(url: string): boolean {
  const entry = process.argv[1];
  return !!entry && path.resolve(entry).replace(/\.ts$/, "") === fileURLToPath(url).replace(/\.ts$/, "");
}
