// Operator commands (D-1..D-3):
//   npm run ops -- status
//   npm run ops -- disturb <SERVICE>     mark a Kanta service disturbed (its section says "not in use")
//   npm run ops -- restore <SERVICE>
//   npm run ops -- announce --fi "…" --sv "…" --en "…" [--severity info|disturbance|break] [--until ISO]
//   npm run ops -- announcements          list those in force
//   npm run ops -- withdraw <id>          end an announcement now
// Services: PRESCRIPTION_CENTRE PATIENT_DATA_REPOSITORY SOCIAL_CLIENT_DATA_REPOSITORY WILL_SERVICE
//           OWN_DATA_REPOSITORY IDENTIFICATION MANDATE
// Against the database of DATABASE_URL (or the embedded one: stop the portal first, PGlite is
// single-process).
import { parseArgs } from "node:util";
import { z } from "zod";
import { closePrismaClient, createPrismaClient } from "../src/server/db";
import { KANTA_SERVICES } from "../src/server/kanta/service-status-names";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { fi: { type: "string" }, sv: { type: "string" }, en: { type: "string" }, severity: { type: "string" }, until: { type: "string" } },
});
const [command, arg] = positionals;
const serviceSchema = z.enum(KANTA_SERVICES);
const announcementSchema = z.object({
  fi: z.string().trim().min(1).max(500),
  sv: z.string().trim().min(1).max(500),
  en: z.string().trim().min(1).max(500),
  severity: z.enum(["info", "disturbance", "break"]).default("info"),
  until: z.iso.datetime({ offset: true }).optional(),
});

const prisma = createPrismaClient();
try {
  switch (command) {
    case "status": {
      const rows = await prisma.serviceStatus.findMany({ orderBy: { service: "asc" } });
      for (const s of KANTA_SERVICES) {
        const row = rows.find((r) => r.service === s);
        console.log(`${s.padEnd(32)} ${row?.disturbed ? `DISTURBED since ${row.since?.toISOString()}` : "in use"}`);
      }
      break;
    }
    case "disturb":
    case "restore": {
      const service = serviceSchema.parse(arg);
      const disturbed = command === "disturb";
      await prisma.serviceStatus.upsert({
        where: { service },
        create: { service, disturbed, since: disturbed ? new Date() : null },
        update: { disturbed, since: disturbed ? new Date() : null },
      });
      console.log(`${service}: ${disturbed ? "disturbed" : "in use"}`);
      break;
    }
    case "announce": {
      const a = announcementSchema.parse(values);
      const row = await prisma.serviceAnnouncement.create({
        data: { severity: a.severity, textFi: a.fi, textSv: a.sv, textEn: a.en, startsAt: new Date(), endsAt: a.until ? new Date(a.until) : null },
      });
      console.log(`announcement ${row.id} published`);
      break;
    }
    case "announcements": {
      const now = new Date();
      const rows = await prisma.serviceAnnouncement.findMany({
        where: { startsAt: { lte: now }, OR: [{ endsAt: null }, { endsAt: { gt: now } }] },
        orderBy: { startsAt: "desc" },
      });
      for (const r of rows) console.log(`${r.id}  [${r.severity}] ${r.textFi}`);
      if (rows.length === 0) console.log("no announcements in force");
      break;
    }
    case "withdraw": {
      const id = z.uuid().parse(arg);
      await prisma.serviceAnnouncement.update({ where: { id }, data: { endsAt: new Date() } });
      console.log(`announcement ${id} withdrawn`);
      break;
    }
    default:
      console.error("usage: npm run ops -- status | disturb <SERVICE> | restore <SERVICE> | announce --fi … --sv … --en … | announcements | withdraw <id>");
      process.exitCode = 2;
  }
} catch (error) {
  console.error(error instanceof z.ZodError ? `invalid input: ${error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}` : error);
  process.exitCode = 1;
} finally {
  await closePrismaClient(prisma);
}
