#!/bin/sh
# Prisma's native schema engine cannot be downloaded here; migrations run through
# @prisma/schema-engine-wasm instead (scripts in prisma/tools). This stub makes the CLI fail fast
# instead of trying to fetch a binary.
echo "native schema engine not available: use npm run db:* scripts" >&2
exit 1
