// Social welfare rows for the tests: for every document kind and every hiding rule, one row with a
// title that says what it is, so a test can name exactly what must and must not be seen.
import { randomUUID } from "node:crypto";
import type { Prisma, ServiceTask, SocialDocumentType } from "@/generated/prisma/client";
import {
  NEVER_SHOWN_SOCIAL_TYPES,
  NOT_YET_SHOWN_SOCIAL_TYPES,
  SHOWN_SOCIAL_TYPES,
} from "@/domain/visibility";
import type { Db } from "@/server/db";
import { pid } from "./population";
import type { PersonaKey } from "@prisma-seed/personas";

const DAY = 86_400_000;
const ORG = "Testin hyvinvointialue, sosiaalipalvelut";

export const CONTACT = {
  name: "Johanna Testaaja",
  title: "sosiaalityöntekijä",
  phone: "09 123 4567",
  email: "johanna.testaaja@example.fi",
};

export type SocialFixture = {
  ids: Record<string, string>;
  /** Titles that the subject's own view must show. */
  shown: Record<PersonaKey, string[]>;
  /** Titles that nobody may ever see. */
  hidden: string[];
  restrictedTitle: string;
  restrictedId: string;
};

export async function insertSocialData(db: Db, now = new Date()): Promise<SocialFixture> {
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  const rel = async (client: PersonaKey, serviceTask: ServiceTask, startDaysAgo: number, contact = true) => {
    const id = randomUUID();
    await db.socialClientRelationship.create({
      data: {
        id,
        clientId: pid(client),
        serviceTask,
        organisation: ORG,
        startDate: new Date(`${ago(startDaysAgo).toISOString().slice(0, 10)}T00:00:00Z`),
        contactPersonName: contact ? CONTACT.name : null,
        contactPersonTitle: contact ? CONTACT.title : null,
        contactPersonPhone: contact ? CONTACT.phone : null,
        contactPersonEmail: contact ? CONTACT.email : null,
      },
    });
    return id;
  };
  const docs: Prisma.SocialDocumentCreateManyInput[] = [];
  const ids: Record<string, string> = {};
  const doc = (
    key: string,
    client: PersonaKey,
    relationshipId: string,
    serviceTask: ServiceTask,
    type: SocialDocumentType,
    over: Partial<Prisma.SocialDocumentCreateManyInput> = {},
  ) => {
    const id = over.id ?? randomUUID();
    ids[`${client}: ${key}`] = id;
    docs.push({
      id,
      clientId: pid(client),
      relationshipId,
      serviceTask,
      type,
      title: `${client}: ${key}`,
      content: `Sisältö: ${key}.\nToinen kappale.`,
      language: "fi",
      organisation: ORG,
      authorName: CONTACT.name,
      recordedAt: ago(100 + docs.length),
      versionGroupId: id,
      ...over,
    });
    return id;
  };

  // Aino: every type once, and a hidden variant of a shown type for each hiding rule.
  const work = await rel("aino", "WORKING_AGE", 3000);
  const disability = await rel("aino", "DISABILITY", 700);
  const familyLaw = await rel("aino", "FAMILY_LAW", 4000, false);
  for (const type of SHOWN_SOCIAL_TYPES) doc(`shown ${type}`, "aino", work, "WORKING_AGE", type);
  doc("shown DECISION in sv", "aino", disability, "DISABILITY", "DECISION", {
    language: "sv",
    content: "Beslut om färdtjänst.",
  });
  for (const type of [...NEVER_SHOWN_SOCIAL_TYPES, ...NOT_YET_SHOWN_SOCIAL_TYPES])
    doc(`hidden ${type}`, "aino", familyLaw, "FAMILY_LAW", type);
  doc("hidden phase 1", "aino", work, "WORKING_AGE", "DECISION", { phase: 1 });
  doc("hidden cancelled", "aino", work, "WORKING_AGE", "DECISION", { cancelled: true });
  const group = randomUUID();
  doc("hidden earlier version", "aino", work, "WORKING_AGE", "CLIENT_PLAN", {
    versionGroupId: group,
    version: 1,
    isLatest: false,
  });
  doc("shown corrected version", "aino", work, "WORKING_AGE", "CLIENT_PLAN", {
    versionGroupId: group,
    version: 2,
  });
  doc("hidden special content", "aino", work, "WORKING_AGE", "SERVICE_NEED_ASSESSMENT", {
    specialContent: true,
  });
  doc("hidden delayed", "aino", work, "WORKING_AGE", "DECISION", {
    delayedDisplayUntil: new Date(now.getTime() + 30 * DAY),
  });
  doc("shown delay over", "aino", work, "WORKING_AGE", "DECISION", { delayedDisplayUntil: ago(1) });
  const custodyOfAino = doc(
    "hidden custody investigation",
    "aino",
    familyLaw,
    "FAMILY_LAW",
    "CUSTODY_INVESTIGATION",
  );
  doc("hidden attachment", "aino", familyLaw, "FAMILY_LAW", "DECISION", { isAttachmentOfId: custodyOfAino });

  // Ella (14): one document restricted from guardians, a custody investigation with an attachment.
  const ellaChild = await rel("ella", "CHILD_WELFARE", 300);
  doc("shown DECISION", "ella", ellaChild, "CHILD_WELFARE", "DECISION");
  const restrictedId = doc("restricted CLIENT_PLAN", "ella", ellaChild, "CHILD_WELFARE", "CLIENT_PLAN", {
    restrictedFromGuardians: true,
  });
  const ellaLaw = await rel("ella", "FAMILY_LAW", 1000, false);
  const custody = doc("hidden custody investigation", "ella", ellaLaw, "FAMILY_LAW", "CUSTODY_INVESTIGATION");
  doc("hidden custody attachment", "ella", ellaLaw, "FAMILY_LAW", "CUSTODY_INVESTIGATION", {
    isAttachmentOfId: custody,
  });
  doc("hidden PATERNITY_INVESTIGATION", "ella", ellaLaw, "FAMILY_LAW", "PATERNITY_INVESTIGATION");

  const toivo = await rel("toivo", "ELDERLY", 700);
  doc("shown DECISION", "toivo", toivo, "ELDERLY", "DECISION");
  const helmi = await rel("helmi", "ELDERLY", 365);
  doc("shown DECISION", "helmi", helmi, "ELDERLY", "DECISION");

  await db.socialDocument.createMany({ data: docs });
  await db.socialDisclosure.createMany({
    data: [
      {
        clientId: pid("aino"),
        recipient: "Kela",
        disclosedAt: ago(200),
        what: "aino: older disclosure",
        basis: "Laki",
      },
      {
        clientId: pid("aino"),
        recipient: "Vantaan hyvinvointialue",
        disclosedAt: ago(20),
        what: "aino: newer disclosure",
        basis: "Lupa",
      },
      {
        clientId: pid("ella"),
        recipient: "Koulun kuraattori",
        disclosedAt: ago(50),
        what: "ella: disclosure",
        basis: "Lupa",
      },
    ],
  });

  const titles = (prefix: string) => docs.filter((x) => x.title.startsWith(prefix)).map((x) => x.title);
  return {
    ids,
    shown: {
      ...({} as Record<PersonaKey, string[]>),
      aino: titles("aino: shown"),
      ella: titles("ella: shown"),
      toivo: titles("toivo: shown"),
      helmi: titles("helmi: shown"),
    },
    hidden: docs.filter((x) => x.title.includes(": hidden")).map((x) => x.title),
    restrictedTitle: "ella: restricted CLIENT_PLAN",
    restrictedId,
  };
}
