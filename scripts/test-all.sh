#!/usr/bin/env bash
# `npm test`: unit tests, integration tests against a real PostgreSQL, then the Playwright
# end-to-end suite in Debian's Chromium against the production build.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-postgres.sh

echo "== unit tests (in Helsinki time, then the date tests again in UTC)"
npx vitest run --project unit --project unit-utc

echo "== integration tests (PostgreSQL at 127.0.0.1:5432)"
npx vitest run --project integration

echo "== end-to-end tests (Playwright, Chromium at /usr/bin/chromium)"
if [ ! -x /usr/bin/chromium ]; then
  echo "Chromium is missing: apt-get install -y chromium" >&2
  exit 1
fi
npx tsx scripts/prepare-e2e.ts
npx playwright test
