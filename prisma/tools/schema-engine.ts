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
  const wasmModule = new WebAssembly.Module(bytes);
  const instance = new WebAssembly.Instance(wasmModule, {
    "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports,
  });
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
  /** shadowIsMain: the main database is a throw-away too (diffs only ask it for its version), so
   * reuse it as the shadow and save the 1–2 s a second PGlite takes to start. */
  constructor(
    private readonly db: PGlite,
    private readonly shadowIsMain: boolean,
  ) {}

  connect(): Promise<SqlDriverAdapter> {
    return pgliteAdapter(this.db, false);
  }

  connectToShadowDb(): Promise<SqlDriverAdapter> {
    return this.shadowIsMain ? pgliteAdapter(this.db, false) : pgliteAdapter(new PGlite(), true);
  }
}

async function pgliteAdapter(db: PGlite, closeOnDispose: boolean): Promise<SqlDriverAdapter> {
  const adapter = await new PrismaPGlite(db).connect();
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

/**
 * Opens the schema engine against a PGlite database. Without `db`, a fresh in-memory one that
 * also serves as the shadow: only for diffs, never for applying migrations somewhere real.
 */
export async function openEngine(opts: { db?: PGlite; schemaPath?: string; log?: EngineLog } = {}) {
  const ownsDb = !opts.db;
  const db = opts.db ?? new PGlite();
  const datamodels: [string, string][] | undefined = opts.schemaPath
    ? [[path.basename(opts.schemaPath), await fs.readFile(opts.schemaPath, "utf8")]]
    : undefined;
  const log = opts.log ?? quietLog;
  const engine: SchemaEngine = await engineClass().new(
    { datamodels },
    log,
    bindMigrationAwareSqlAdapterFactory(new PGliteEngineFactory(db, ownsDb)),
  );
  return {
    engine,
    async close() {
      engine.free();
      if (ownsDb && !db.closed) await db.close();
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
