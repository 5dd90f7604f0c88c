// The portal's own tables: the Kanta services' status (none disturbed), one announcement of a
// planned break next week (D-2), and earlier sign-ins so that "last use" (S-5) has something.
import type { KantaService } from "../../../src/generated/prisma/client";
import { persona, type PersonaKey } from "../personas";
import type { DemoBuilder } from "./builder";
import { SEED_FACTS } from "./facts";

const SERVICES: readonly KantaService[] = [
  "PRESCRIPTION_CENTRE",
  "PATIENT_DATA_REPOSITORY",
  "SOCIAL_CLIENT_DATA_REPOSITORY",
  "WILL_SERVICE",
  "OWN_DATA_REPOSITORY",
  "IDENTIFICATION",
  "MANDATE",
];

export function seedPortal(b: DemoBuilder): void {
  const c = b.clock;
  for (const service of SERVICES) b.rows.serviceStatus.push({ service, disturbed: false, since: null });

  // 19:00-22:00 UTC is 21-24 in Helsinki in winter (22-01 in summer); the text names local time.
  const start = c.daysAhead(7, 19);
  const d = `${start.getUTCDate()}.${start.getUTCMonth() + 1}.${start.getUTCFullYear()}`;
  b.rows.serviceAnnouncement.push({
    id: SEED_FACTS.announcement.id,
    severity: "break",
    startsAt: start,
    endsAt: new Date(start.getTime() + 3 * 3_600_000),
    textFi: `${SEED_FACTS.announcement.textFiStart} ${d} klo 21–24. Katkon aikana Omakanta ei ole käytettävissä.`,
    textSv: `Kanta-tjänsterna har ett planerat serviceavbrott ${d} kl. 21–24. Under avbrottet kan MittKanta inte användas.`,
    textEn: `The Kanta services have a planned service break on ${d} from 9 pm to midnight. My Kanta cannot be used during the break.`,
  });

  let session = 0;
  const signIn = (
    who: PersonaKey,
    at: Date,
    end: "SIGN_OUT" | "TIMEOUT",
    actFor?: { subject: PersonaKey; role: string },
  ) => {
    const p = persona(who);
    const sessionId = `seed-session-${++session}`;
    const entry = (
      event: "SIGN_IN" | "ACT_FOR_START" | "SIGN_OUT" | "TIMEOUT",
      minutes: number,
      subject?: PersonaKey,
      role?: string,
    ) =>
      b.rows.accessLogEntry.push({
        id: b.id("accessLog"),
        at: new Date(at.getTime() + minutes * 60_000),
        event,
        actorPersonId: p.id,
        actorHetu: p.hetu,
        subjectPersonId: subject ? persona(subject).id : null,
        role: role ?? null,
        sessionId,
      });
    entry("SIGN_IN", 0, who, "adult");
    if (actFor) entry("ACT_FOR_START", 2, actFor.subject, actFor.role);
    entry(end, end === "TIMEOUT" ? 34 : 12);
  };
  signIn("aino", c.daysAgo(40, 16, 5), "SIGN_OUT");
  signIn("aino", c.daysAgo(12, 6, 40), "TIMEOUT");
  signIn("aino", c.daysAgo(3, 14, 20), "SIGN_OUT");
  signIn("mikko", c.daysAgo(7, 9, 0), "SIGN_OUT", { subject: "toivo", role: "mandate" });
  signIn("matti", c.daysAgo(9, 10, 0), "SIGN_OUT", { subject: "eetu", role: "guardian" });
}
