import { defineConfig } from "vitest/config";
import path from "node:path";

// Two projects by suffix: *.test.ts are pure unit tests; *.integration.test.ts talk to a real
// PostgreSQL (a throw-away database per run, see tests/support/test-database.ts).
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
