// `npm run db:check`: fails when schema.prisma has changes that no committed migration captures
// (the offline `prisma migrate diff --from-migrations … --to-schema … --exit-code`).
import fs from "node:fs/promises";
import path from "node:path";
import { DEFAULT_MIGRATIONS, DEFAULT_SCHEMA, NO_FILTER, isMain, openEngine, readMigrations } from "./schema-engine";

export type DiffOutcome = { changed: boolean; script: string };

/** Replays the migrations into an in-memory PGlite shadow and diffs that against schema.prisma. */
export async function diffMigrationsToSchema(opts: { schemaPath?: string; migrationsDir?: string } = {}): Promise<DiffOutcome> {
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

export type CheckResult = { ok: true } | { ok: false; message: string; script: string };

export async function checkMigrations(opts: { schemaPath?: string; migrationsDir?: string } = {}): Promise<CheckResult> {
  const { changed, script } = await diffMigrationsToSchema(opts);
  if (!changed) return { ok: true };
  return {
    ok: false,
    script,
    message:
      "Drift: prisma/schema.prisma has changes that are not in prisma/migrations.\n" +
      "Create a migration with `npm run db:migrate:new -- <name>`. The missing SQL is:\n\n" +
      script,
  };
}

if (isMain(import.meta.url)) {
  const result = await checkMigrations();
  if (result.ok) {
    console.log("db:check ok: schema.prisma and prisma/migrations are in sync");
  } else {
    console.error(result.message);
    process.exit(1);
  }
}
