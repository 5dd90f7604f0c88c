import { defineConfig } from "@playwright/test";
import { E2E_BASE_URL, E2E_DATABASE_URL, E2E_PORT, E2E_BUILD_SETTINGS } from "./e2e/env";

// Debian's Chromium: browsers cannot be downloaded here. The web server is the production build
// with the mock identification service, against a throw-away PostgreSQL database.
export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  reporter: [["list"]],
  outputDir: process.env.E2E_OUTPUT_DIR ?? "test-results",
  use: {
    baseURL: E2E_BASE_URL,
    locale: "fi-FI",
    timezoneId: "Europe/Helsinki",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  webServer: {
    command: "node --import tsx scripts/start.ts",
    url: `${E2E_BASE_URL}/fi`,
    timeout: 300_000,
    reuseExistingServer: false,
    // The suite signs in a few hundred times in minutes: raise the per-client sign-in limits.
    env: {
      PORT: String(E2E_PORT),
      DATABASE_URL: E2E_DATABASE_URL,
      TEST_HOOKS: "1",
      SIGNIN_RATE_LIMIT_PER_MINUTE: "1000",
      IDP_RATE_LIMIT_PER_MINUTE: "1000",
      ...E2E_BUILD_SETTINGS,
    },
    stdout: "pipe",
  },
});
