// Before the Playwright suite: a fresh e2e database (migrated and seeded) and an up-to-date build.
import { ensureDatabase } from "../prisma/tools/ensure-database";
import { resetDatabase } from "../prisma/tools/reset";
import { buildIfNeeded } from "./build-if-needed";
import { E2E_BUILD_SETTINGS, E2E_DATABASE_URL } from "../e2e/env";

await ensureDatabase(E2E_DATABASE_URL);
const { applied, seeded } = await resetDatabase({ kind: "postgres", url: E2E_DATABASE_URL }, { seed: true });
console.info(`[e2e] database ready: ${applied.length} migration(s), ${seeded ? "seeded" : "NOT seeded"}`);
buildIfNeeded({ ...process.env, ...E2E_BUILD_SETTINGS });
