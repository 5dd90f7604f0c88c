// src/server/db.ts: the embedded-database bootstrap, the bulk-write guard and query counting.
import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closePrismaClient, createPrismaClient, pgliteOf } from "../../src/server/db";
import { resolveDbTarget } from "../../src/server/db-url";
import { createTestPglite, type TestPglite } from "../support/test-database";

const hasSeed = ["prisma/seed/demo.ts", "prisma/seed/demo/index.ts"].some((f) =>
  existsSync(path.resolve(import.meta.dirname, "../..", f)),
);

describe("createPrismaClient on a fresh PGlite directory", () => {
  let dir: string;
  beforeAll(async () => {
    dir = path.join(await fs.mkdtemp(path.join(os.tmpdir(), "mk-pglite-")), "data");
  });
  afterAll(() => fs.rm(path.dirname(dir), { recursive: true, force: true }));

  it("migrates before the first query, even when that query is a transaction", async () => {
    const prisma = createPrismaClient({ target: { kind: "pglite", dir } });
    const [count, names] = await Promise.all([
      prisma.$transaction(async (tx) => tx.careUnit.count()),
      prisma.$queryRaw<{ migration_name: string }[]>`SELECT migration_name FROM "_prisma_migrations"`,
    ]);
    expect(typeof count).toBe("number");
    expect(names.length).toBeGreaterThan(0);
    // An empty database also gets the demo data, once the seed exists.
    if (hasSeed) expect(await prisma.person.count()).toBeGreaterThan(0);
    await closePrismaClient(prisma);
    expect(pgliteOf(prisma)?.closed).toBe(true);

    // Reopening finds the data on disk and has nothing left to apply.
    const again = createPrismaClient({ target: { kind: "pglite", dir } });
    expect(await again.$queryRaw`SELECT count(*)::int AS n FROM "_prisma_migrations"`).toEqual([
      { n: names.length },
    ]);
    await closePrismaClient(again);
  });
});

describe("guards and instrumentation", () => {
  let db: TestPglite;
  let queries: string[] = [];
  beforeAll(async () => {
    db = await createTestPglite({ onQuery: (e) => queries.push(e.query) });
  });
  afterAll(() => db.close());

  it("rejects updateMany/deleteMany without a real where clause", async () => {
    await expect(db.prisma.person.deleteMany()).rejects.toThrow(/without a where clause/);
    await expect(db.prisma.person.deleteMany({ where: {} })).rejects.toThrow(/without a where clause/);
    await expect(
      db.prisma.person.updateMany({ where: { id: undefined }, data: { lastName: "X" } }),
    ).rejects.toThrow(/without a where clause/);
    await expect(db.prisma.person.deleteMany({ where: { id: "none" } })).resolves.toEqual({ count: 0 });
  });

  it("reports every SQL statement to onQuery", async () => {
    queries = [];
    await db.prisma.person.findMany();
    await db.prisma.careUnit.count();
    expect(queries).toHaveLength(2);
    expect(queries[0]).toMatch(/FROM "public"."Person"/);
  });
});

describe("resolveDbTarget", () => {
  it("prefers DATABASE_URL, else PGLITE_DIR, else .data/pglite", () => {
    expect(resolveDbTarget({ DATABASE_URL: "postgres://u@h/db" })).toEqual({
      kind: "postgres",
      url: "postgres://u@h/db",
    });
    expect(resolveDbTarget({ PGLITE_DIR: "/tmp/x" })).toEqual({ kind: "pglite", dir: "/tmp/x" });
    expect(resolveDbTarget({})).toEqual({ kind: "pglite", dir: path.join(process.cwd(), ".data/pglite") });
    expect(() => resolveDbTarget({ DATABASE_URL: "mysql://x" })).toThrow(/postgres/);
  });
});
