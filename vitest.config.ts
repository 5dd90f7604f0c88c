import { defineConfig } from "vitest/config";
import path from "node:path";

// Two projects by suffix: *.test.ts are pure unit tests; *.integration.test.ts talk to a real
// PostgreSQL (a throw-away database per run, see tests/support/test-database.ts). The tests of
// dates and their formatting run a second time with the process in UTC ("unit-utc"), as a server
// may be: the Helsinki calendar must not depend on the zone the process runs in.
const DATE_TESTS = [
  "tests/domain/**/*.test.ts",
  "tests/i18n/format.test.ts",
  "tests/health/search-params.test.ts",
  "tests/prescriptions/*.test.ts",
  "tests/seed/demo-rows.test.ts",
  "tests/wellbeing/measurement-form-schema.test.ts",
];

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname, "src"),
      "@locales": path.resolve(import.meta.dirname, "locales"),
      "@prisma-seed": path.resolve(import.meta.dirname, "prisma/seed"),
      "server-only": path.resolve(import.meta.dirname, "tests/support/server-only-stub.ts"),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["tests/**/*.test.ts"], exclude: ["tests/**/*.integration.test.ts"], env: { TZ: "Europe/Helsinki" } },
      },
      {
        extends: true,
        test: { name: "unit-utc", include: DATE_TESTS, exclude: ["tests/**/*.integration.test.ts"], env: { TZ: "UTC" } },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/**/*.integration.test.ts"],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          env: { TZ: "Europe/Helsinki" },
        },
      },
    ],
  },
});
