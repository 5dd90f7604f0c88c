// `npm run db:check`: fails when schema.prisma has changes that no committed migration captures
// (the offline `prisma migrate diff --from-migrations … --to-schema … --exit-code`).
import fs from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import {
  DEFAULT_MIGRATIONS,
  DEFAULT_SCHEMA,
  NO_FILTER,
  isMain,
  openEngine,
  readMigrations,
} from "./schema-engine";

export type DiffOutcome = { changed: boolean; script: string };

/** Replays the migrations into an in-memory PGlite shadow and diffs that against schema.prisma. */
export async function diffMigrationsToSchema(
  opts: { schemaPath?: string; migrationsDir?: string } = {},
): Promise<DiffOutcome> {
  const schemaPath = opts.schemaPath ?? DEFAULT_SCHEMA;
  const content = await fs.readFile(schemaPath, "utf8");
  const { engine, close } = await openEngine();
  try {
    const result = await engine.diff({
      from: { tag: "migrations", ...(await readMigrations(opts.migrationsDir ?? DEFAULT_MIGRATIONS)) },
      to: { tag: "schemaDatamodel", files: [{ path: path.basename(schemaPath), content }] },
      script: true,
      exitCode: true,
      filters: NO_FILTER,
    });
    // exitCode 2 = non-empty diff, i.e. the schema is ahead of the migrations.
    return { changed: result.exitCode === 2, script: result.stdout ?? "" };
  } finally {
    await close();
  }
}

const rel = (p: string) => path.relative(process.cwd(), p) || p;

export type CheckResult = { ok: true } | { ok: false; message: string; script: string };

export async function checkMigrations(
  opts: { schemaPath?: string; migrationsDir?: string } = {},
): Promise<CheckResult> {
  const { changed, script } = await diffMigrationsToSchema(opts);
  if (!changed) return { ok: true };
  return {
    ok: false,
    script,
    message:
      `Drift: replaying ${rel(opts.migrationsDir ?? DEFAULT_MIGRATIONS)} does not produce ${rel(opts.schemaPath ?? DEFAULT_SCHEMA)}.\n` +
      "Usually the schema changed without a migration: run `npm run db:migrate:new -- <name>`.\n" +
      "SQL that would close the gap:\n\n" +
      script,
  };
}

if (isMain(import.meta.url)) {
  // Optional --schema/--migrations let CI (or a person) check another tree.
  const { values } = parseArgs({ options: { schema: { type: "string" }, migrations: { type: "string" } } });
  const result = await checkMigrations({ schemaPath: values.schema, migrationsDir: values.migrations });
  if (result.ok) {
    console.log("db:check ok: schema.prisma and the migrations are in sync");
  } else {
    console.error(result.message);
    process.exit(1);
  }
}
