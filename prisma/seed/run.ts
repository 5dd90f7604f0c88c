// `npm run db:seed`: loads the demo data into the configured database (DATABASE_URL, or the
// embedded PGlite when unset). `npm run db:seed -- --scale --persons 10000` also generates the
// synthetic population (scale.ts) after the demo data.
//   --now 2026-11-25T12:00:00Z   reference "today" (default: the current time)
import { parseArgs } from "node:util";
import { closePrismaClient, getPrisma } from "../../src/server/db";
import { seedDemo } from "./demo";
import { seedScale } from "./scale";

const { values } = parseArgs({
  options: {
    scale: { type: "boolean", default: false },
    persons: { type: "string", default: "10000" },
    now: { type: "string" },
  },
});
const now = values.now ? new Date(values.now) : new Date();
if (Number.isNaN(now.getTime())) throw new Error(`--now: not a date: ${values.now}`);

// On the embedded PGlite the client migrates an empty database on first use and seeds it itself
// (with the current time), which seedDemo then sees as already done.
const prisma = getPrisma();
try {
  const demo = await seedDemo(prisma, { now });
  if (demo.skipped)
    console.log("demo: persons exist already, skipped (run `npm run db:reset` to start over)");
  else {
    const total = Object.values(demo.counts!).reduce((a, b) => a + b, 0);
    console.log(`demo: ${total} rows in ${demo.ms} ms`);
    console.table(demo.counts);
  }
  if (values.scale) {
    const persons = Number(values.persons);
    if (!Number.isInteger(persons) || persons < 0)
      throw new Error(`--persons: not a count: ${values.persons}`);
    const tty = process.stdout.isTTY;
    const r = await seedScale(prisma, {
      persons,
      now,
      log: (m) => (tty ? process.stdout.write(`\r${m}   `) : undefined),
    });
    if (tty) process.stdout.write("\n");
    if (r.skipped) console.log("scale: already generated, skipped");
    else {
      console.log(
        `scale: ${r.totalRows} rows for ${persons} persons (+${r.counts.Person! - persons} heavy) in ${(r.ms / 1000).toFixed(1)} s`,
      );
      console.table(r.counts);
      console.log("heavy personas written to .data/heavy-personas.json");
    }
  }
} finally {
  await closePrismaClient(prisma);
}
