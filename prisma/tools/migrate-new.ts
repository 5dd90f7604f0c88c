// `npm run db:migrate:new -- <name>`: the offline stand-in for `prisma migrate dev --create-only`.
// The wasm engine's createMigration refuses adapter-provided shadow databases, so we ask it for
// the same script via `diff` (migrations replayed into an in-memory PGlite shadow → schema.prisma)
// and name the folder the way the engine does (UTC yyyyMMddHHmmss_name).
import path from "node:path";
import { diffMigrationsToSchema } from "./check";
import { DEFAULT_MIGRATIONS, DEFAULT_SCHEMA, isMain } from "./schema-engine";
import { writeMigration } from "./migrations-dir";

export function migrationTimestamp(now = new Date()): string {
  return now.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

/** Returns the new migration's folder, or null when schema.prisma already matches the migrations. */
export async function createMigration(opts: { name: string; schemaPath?: string; migrationsDir?: string }) {
  const migrationsDir = opts.migrationsDir ?? DEFAULT_MIGRATIONS;
  const { changed, script } = await diffMigrationsToSchema({
    schemaPath: opts.schemaPath ?? DEFAULT_SCHEMA,
    migrationsDir,
  });
  if (!changed) return null;
  return writeMigration(migrationsDir, `${migrationTimestamp()}_${opts.name}`, script);
}

if (isMain(import.meta.url)) {
  const name = process.argv.slice(2).find((a) => !a.startsWith("-"));
  if (!name || !/^[A-Za-z0-9_]+$/.test(name)) {
    console.error("usage: npm run db:migrate:new -- <name>   (letters, digits, underscores)");
    process.exit(1);
  }
  const dir = await createMigration({ name });
  console.log(
    dir
      ? `created ${path.relative(process.cwd(), dir)}/migration.sql`
      : "no changes: schema.prisma matches prisma/migrations",
  );
}
