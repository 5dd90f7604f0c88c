import path from "node:path";
// Must be set before the Prisma CLI looks for its native schema engine (which cannot be downloaded).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(
  import.meta.dirname,
  "prisma/engine/schema-engine-stub.sh",
);
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
