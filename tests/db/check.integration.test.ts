// db:check must fail when schema.prisma is ahead of prisma/migrations, and pass on the real tree.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkMigrations } from "../../prisma/tools/check";
import { createMigration } from "../../prisma/tools/migrate-new";

const ROOT = path.resolve(import.meta.dirname, "../..");

describe("db:check", () => {
  let tmp: string;
  let schemaPath: string;
  let migrationsDir: string;

  beforeAll(async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), "mk-dbcheck-"));
    schemaPath = path.join(tmp, "schema.prisma");
    migrationsDir = path.join(tmp, "migrations");
    await fs.copyFile(path.join(ROOT, "prisma/schema.prisma"), schemaPath);
    await fs.cp(path.join(ROOT, "prisma/migrations"), migrationsDir, { recursive: true });
  });
  afterAll(() => fs.rm(tmp, { recursive: true, force: true }));

  it("passes on the committed schema and migrations", async () => {
    expect(await checkMigrations()).toEqual({ ok: true });
  });

  it("reports drift when a model gains a field, and a new migration resolves it", async () => {
    const schema = await fs.readFile(schemaPath, "utf8");
    expect(schema).toMatch(/^model Person \{$/m);
    await fs.writeFile(
      schemaPath,
      schema.replace(/^model Person \{$/m, "model Person {\n  nickname String?"),
    );

    const drift = await checkMigrations({ schemaPath, migrationsDir });
    expect(drift.ok).toBe(false);
    if (drift.ok) return;
    expect(drift.script).toContain(`ALTER TABLE "Person" ADD COLUMN     "nickname" TEXT`);
    expect(drift.message).toMatch(/db:migrate:new/);

    const created = await createMigration({ name: "add_nickname", schemaPath, migrationsDir });
    expect(created).toMatch(/\/\d{14}_add_nickname$/);
    expect(await checkMigrations({ schemaPath, migrationsDir })).toEqual({ ok: true });
    expect(await createMigration({ name: "again", schemaPath, migrationsDir })).toBeNull();
  });
});
