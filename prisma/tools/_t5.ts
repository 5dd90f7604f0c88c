import { PGlite } from "@electric-sql/pglite";
let t = performance.now();
const lap = (l: string) => { const n = performance.now(); console.log(l, Math.round(n - t)); t = n; };
const a = new PGlite(); await a.waitReady; lap("pglite1");
const b = new PGlite(); await b.waitReady; lap("pglite2");
const { diffMigrationsToSchema } = await import("./check"); lap("import");
await diffMigrationsToSchema(); lap("diff1");
await diffMigrationsToSchema(); lap("diff2");
