// Social welfare client data use-cases against a real PostgreSQL, as each role sees them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PersonaKey } from "@prisma-seed/personas";
import { decide } from "@/server/guard";
import { listSocialRecords } from "@/server/kanta/social-client-data-repository/list-social-records";
import { getSocialDocument } from "@/server/kanta/social-client-data-repository/get-social-document";
import { listSocialDisclosures } from "@/server/kanta/social-client-data-repository/list-social-disclosures";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { acting, insertPopulation } from "./support/population";
import { CONTACT, insertSocialData, type SocialFixture } from "./support/social-data";

let db: TestDatabase;
let fx: SocialFixture;
let queries = 0;

beforeAll(async () => {
  db = await createTestDatabase({ onQuery: () => void queries++ });
  await insertPopulation(db.prisma);
  fx = await insertSocialData(db.prisma);
});
afterAll(() => db?.drop());

/** Everything the list gives a viewer, as titles. */
async function titlesSeenBy(actor: PersonaKey, subject: PersonaKey = actor) {
  const groups = await listSocialRecords(acting(actor, subject).viewer, db.prisma);
  return groups.flatMap((g) => g.documents.map((d) => d.title)).sort();
}

/** The guard's decision for the role the registers give (scope included). */
function allowed(actor: PersonaKey, subject: PersonaKey, feature: Parameters<typeof decide>[1]) {
  const a = acting(actor, subject);
  return decide({ role: a.role, scopes: a.scopes, accessContext: {} }, feature).allowed;
}

describe("social welfare data, the client's own view (aino)", () => {
  it("V-SOC-1: grouped by service task, with the relationship start date and the contact person", async () => {
    const groups = await listSocialRecords(acting("aino").viewer, db.prisma);
    expect(groups.map((g) => g.serviceTask)).toEqual(["WORKING_AGE", "DISABILITY", "FAMILY_LAW"]);
    const work = groups[0]!;
    expect(work.relationships).toHaveLength(1);
    expect(work.relationships[0]).toMatchObject({
      contactPersonName: CONTACT.name,
      contactPersonTitle: CONTACT.title,
      contactPersonPhone: CONTACT.phone,
      contactPersonEmail: CONTACT.email,
    });
    expect(work.relationships[0]!.startDate).toBeInstanceOf(Date);
    // Family law: the relationship is shown, none of its documents are (never shown / not yet shown).
    expect(groups[2]!.relationships).toHaveLength(1);
    expect(groups[2]!.documents).toEqual([]);
  });

  it("V-SOC-1: decisions, service-need assessments, client plans and implementation plans are shown, newest first", async () => {
    const groups = await listSocialRecords(acting("aino").viewer, db.prisma);
    const docs = groups.flatMap((g) => g.documents);
    expect(new Set(docs.map((d) => d.type))).toEqual(
      new Set(["DECISION", "SERVICE_NEED_ASSESSMENT", "CLIENT_PLAN", "IMPLEMENTATION_PLAN"]),
    );
    expect(docs.map((d) => d.title).sort()).toEqual([...fx.shown.aino].sort());
    for (const g of groups) {
      const times = g.documents.map((d) => d.recordedAt.getTime());
      expect(times).toEqual([...times].sort((a, b) => b - a));
    }
  });

  it("V-SOC-2 V-SOC-3 V-SOC-4 V-SOC-5: never-shown and not-yet-shown kinds, phase 1, cancelled, earlier versions, special content, delayed and attachments never load", async () => {
    const seen = await titlesSeenBy("aino");
    for (const title of fx.hidden) expect(seen).not.toContain(title);
    expect(seen).toContain("aino: shown corrected version");
    expect(seen).toContain("aino: shown delay over");
  });

  it("V-SOC-3: a hidden document cannot be opened by its id either", async () => {
    const viewer = acting("aino").viewer;
    for (const key of [
      "hidden SHELTER_SERVICE",
      "hidden CLIENT_JOURNAL",
      "hidden phase 1",
      "hidden cancelled",
      "hidden earlier version",
      "hidden special content",
      "hidden delayed",
      "hidden attachment",
    ]) {
      expect(await getSocialDocument(viewer, fx.ids[`aino: ${key}`]!, db.prisma), key).toBeNull();
    }
  });

  it("S-7: the detail carries the language the document was recorded in", async () => {
    const doc = await getSocialDocument(
      acting("aino").viewer,
      fx.ids["aino: shown DECISION in sv"]!,
      db.prisma,
    );
    expect(doc).toMatchObject({
      language: "sv",
      content: "Beslut om färdtjänst.",
      serviceTask: "DISABILITY",
    });
  });

  it("the list selects only what it shows (no content), in two queries", async () => {
    queries = 0;
    const groups = await listSocialRecords(acting("aino").viewer, db.prisma);
    expect(queries).toBe(2);
    const doc = groups[0]!.documents[0]!;
    expect(Object.keys(doc).sort()).toEqual([
      "id",
      "language",
      "organisation",
      "recordedAt",
      "serviceTask",
      "title",
      "type",
    ]);
  });

  it("another person's document id gives nothing", async () => {
    const ellas = fx.ids["ella: shown DECISION"]!;
    expect(await getSocialDocument(acting("ella").viewer, ellas, db.prisma)).not.toBeNull();
    expect(await getSocialDocument(acting("aino").viewer, ellas, db.prisma)).toBeNull();
    expect(await getSocialDocument(acting("mikko", "toivo").viewer, ellas, db.prisma)).toBeNull();
  });
});

describe("social welfare data of a child", () => {
  it("V-SOC-6: a guardian (matti→ella) sees the child's data except the guardian-restricted document", async () => {
    expect(allowed("matti", "ella", "social.view")).toBe(true);
    const seen = await titlesSeenBy("matti", "ella");
    expect(seen).toEqual(fx.shown.ella);
    expect(seen).not.toContain(fx.restrictedTitle);
    expect(await getSocialDocument(acting("matti", "ella").viewer, fx.restrictedId, db.prisma)).toBeNull();
  });

  it("V-SOC-6: the restriction applies to all guardians alike (liisa→ella)", async () => {
    expect(await titlesSeenBy("liisa", "ella")).toEqual(await titlesSeenBy("matti", "ella"));
  });

  it("V-SOC-6: a social-only information right (tuomas→ella) sees what a guardian sees", async () => {
    expect(allowed("tuomas", "ella", "social.view")).toBe(true);
    expect(await titlesSeenBy("tuomas", "ella")).toEqual(fx.shown.ella);
    expect(await getSocialDocument(acting("tuomas", "ella").viewer, fx.restrictedId, db.prisma)).toBeNull();
  });

  it("V-SOC-5: the child herself sees the document restricted from her guardians", async () => {
    expect(await titlesSeenBy("ella")).toEqual([...fx.shown.ella, fx.restrictedTitle].sort());
    expect(await getSocialDocument(acting("ella").viewer, fx.restrictedId, db.prisma)).not.toBeNull();
  });

  it("V-SOC-3: custody investigations and their attachments, and paternity investigations (V-SOC-4), are hidden from everyone", async () => {
    for (const [actor, subject] of [
      ["ella", "ella"],
      ["matti", "ella"],
      ["tuomas", "ella"],
    ] as const) {
      const seen = await titlesSeenBy(actor, subject);
      expect(seen.filter((t) => t.includes("hidden"))).toEqual([]);
    }
  });

  it("a health-only information right (riikka→eetu) gives no social data: the guard refuses", () => {
    expect(allowed("riikka", "eetu", "social.view")).toBe(false);
  });
});

describe("social welfare data through a mandate", () => {
  it("V-SOC-1: a health-and-social mandate (mikko→toivo) sees what toivo sees", async () => {
    expect(allowed("mikko", "toivo", "social.view")).toBe(true);
    expect(await titlesSeenBy("mikko", "toivo")).toEqual(await titlesSeenBy("toivo"));
    expect(await titlesSeenBy("mikko", "toivo")).toEqual(fx.shown.toivo);
  });

  it("a health-only mandate (mikko→helmi) gives nothing social: the guard refuses the page and the disclosures", () => {
    expect(allowed("mikko", "helmi", "social.view")).toBe(false);
    expect(allowed("mikko", "helmi", "health.view")).toBe(true);
  });
});

describe("disclosures of social welfare data", () => {
  it("aino sees where her data went, newest first, in one query", async () => {
    queries = 0;
    const events = await listSocialDisclosures(acting("aino").viewer, db.prisma);
    expect(queries).toBe(1);
    expect(events.map((e) => e.what)).toEqual(["aino: newer disclosure", "aino: older disclosure"]);
  });

  it("a guardian (matti→ella) and the information-right holder (tuomas→ella) see the child's disclosures", async () => {
    for (const actor of ["matti", "tuomas"] as const) {
      const events = await listSocialDisclosures(acting(actor, "ella").viewer, db.prisma);
      expect(events.map((e) => e.what)).toEqual(["ella: disclosure"]);
    }
  });

  it("a proxy sees only the giver's disclosures (mikko→toivo: none recorded)", async () => {
    expect(await listSocialDisclosures(acting("mikko", "toivo").viewer, db.prisma)).toEqual([]);
  });
});
