import os from "node:os";
import { describe, expect, it } from "vitest";
import { workerCount } from "../../scripts/portal-cluster";

const PG = "postgresql://postgres@127.0.0.1:5432/x";

describe("portal worker count", () => {
  it("one per core with PostgreSQL, or PORTAL_WORKERS", () => {
    expect(workerCount({ DATABASE_URL: PG })).toBe(os.availableParallelism());
    expect(workerCount({ DATABASE_URL: PG, PORTAL_WORKERS: "3" })).toBe(3);
    expect(workerCount({ DATABASE_URL: PG, PORTAL_WORKERS: "zero" })).toBe(os.availableParallelism());
  });

  it("exactly one with the embedded PGlite database or with test hooks (both live in one process)", () => {
    expect(workerCount({ PORTAL_WORKERS: "4" })).toBe(1);
    expect(workerCount({ DATABASE_URL: PG, PORTAL_WORKERS: "4", TEST_HOOKS: "1" })).toBe(1);
  });
});
