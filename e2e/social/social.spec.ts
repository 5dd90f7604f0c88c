// Social welfare client data per role (V-SOC-1..7): what is listed and what never is, the
// document detail in its recorded language, the disclosures, the scope of mandates, and axe.
import type { Page } from "@playwright/test";
import fiSocial from "../../locales/fi/social.json" with { type: "json" };
import { SEED_FACTS } from "../../prisma/seed/demo";
import { actFor, expect, expectNoAxeViolations, fi, signInAs, test } from "../fixtures";

const s = SEED_FACTS.social;

/** Every title the client may never see (V-SOC-2..5), whoever is looking. */
const AINO_HIDDEN = [
  ...Object.values(s.aino.neverShown),
  ...Object.values(s.aino.notYetShown),
  s.aino.phase1Title,
  s.aino.cancelledTitle,
  s.aino.specialContentTitle,
  s.aino.delayedTitle,
];
const ELLA_HIDDEN_FROM_ALL = [s.ella.custodyInvestigationTitle, ...s.ella.custodyAttachmentTitles];

async function socialPage(page: Page) {
  await page.goto("/fi/social");
  // While acting, the person's name leads the heading ("Eetu Korhonen – …").
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(new RegExp(`(^|\\S – )${fiSocial.title}$`));
  return page.locator("main");
}

async function expectStatus(page: Page, path: string, status: number) {
  const response = await page.goto(path);
  expect(response?.status()).toBe(status);
}

async function expectForbidden(page: Page, path: string) {
  await expectStatus(page, path, 403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(fi.common.errors.forbiddenTitle);
}

async function expectChildView(page: Page) {
  const main = await socialPage(page);
  await expect(main).toContainText(s.ella.shownTitle);
  await expect(main).toContainText(s.ella.childWelfarePlanTitle);
  await expect(page.getByTestId("access-note")).toContainText(fi.common.accessNote.guardian.social);
  await expect(main).not.toContainText(s.ella.restrictedTitle);
  for (const title of ELLA_HIDDEN_FROM_ALL) await expect(main).not.toContainText(title);
  await expectNoAxeViolations(page);
  await expectStatus(page, `/fi/social/documents/${s.ella.restrictedId}`, 404);
  await expectStatus(page, `/fi/social/documents/${s.ella.custodyInvestigationId}`, 404);
}

test.describe("the client (Aino)", () => {
  test.beforeEach(async ({ page }) => signInAs(page, "aino"));

  test("V-SOC-1: grouped by service task with the start date and the contact person", async ({ page }) => {
    const main = await socialPage(page);
    for (const task of s.aino.serviceTasks) {
      await expect(page.getByTestId(`task-${task}`).getByRole("heading", { level: 2 })).toHaveText(
        fiSocial.serviceTasks[task],
      );
    }
    const work = page.getByTestId("task-WORKING_AGE");
    await expect(work).toContainText(fiSocial.relationship.startDate);
    await expect(work).toContainText(s.aino.contactPerson.name);
    await expect(work).toContainText(s.aino.contactPerson.phone);
    await expect(work.getByRole("link", { name: s.aino.contactPerson.email })).toHaveAttribute(
      "href",
      `mailto:${s.aino.contactPerson.email}`,
    );
    for (const title of Object.values(s.aino.shown)) await expect(main).toContainText(title);
    await expectNoAxeViolations(page);
  });

  test("V-SOC-2 V-SOC-3 V-SOC-4 V-SOC-5: excluded and not-yet-shown documents never appear", async ({
    page,
  }) => {
    const main = await socialPage(page);
    for (const title of AINO_HIDDEN) await expect(main).not.toContainText(title);
    await expectStatus(page, `/fi/social/documents/${s.aino.corrected.oldId}`, 404);
  });

  test("V-SOC-3 S-7: a corrected document shows its latest version, in the language it was recorded in", async ({
    page,
  }) => {
    await socialPage(page);
    await page.getByRole("link", { name: s.aino.shown.clientPlan }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(s.aino.shown.clientPlan);
    await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "fi");
    const content = page.getByTestId("document-content");
    await expect(content).toHaveAttribute("lang", "fi");
    await expect(content).toContainText(s.aino.correctedLatestSnippet);
    await expect(content).not.toContainText(s.aino.correctedOldSnippet);
    await expectNoAxeViolations(page);
  });

  test("V-SOC-7: the social pages are read-only (no forms)", async ({ page }) => {
    await socialPage(page);
    await expect(page.locator("main form")).toHaveCount(0);
    await page.goto(`/fi/social/documents/${s.aino.corrected.latestId}`);
    await expect(page.locator("main form")).toHaveCount(0);
    await page.goto("/fi/social/disclosures");
    await expect(page.locator("main form")).toHaveCount(0);
  });

  test("disclosures of social welfare data are listed", async ({ page }) => {
    await socialPage(page);
    await page.getByRole("link", { name: fiSocial.disclosures.link }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(fiSocial.disclosures.title);
    await expect(page.locator("main table tbody tr")).toHaveCount(2);
    await expect(page.locator("main")).toContainText("Kansaneläkelaitos (Kela)");
    await expectNoAxeViolations(page);
  });
});

test("S-7: a document recorded in Swedish is marked as Swedish on the Finnish page (Aune)", async ({
  page,
}) => {
  await signInAs(page, "aune");
  await socialPage(page);
  const link = page.getByRole("link", { name: s.aune.shownTitle });
  await expect(link).toHaveAttribute("lang", "sv");
  await link.click();
  await expect(page.getByTestId("document-content")).toHaveAttribute("lang", "sv");
  await expectNoAxeViolations(page);
});

test.describe("a child's data", () => {
  test("V-SOC-6: a guardian (Matti → Ella) sees the child's data but not the document restricted from guardians", async ({
    page,
  }) => {
    await signInAs(page, "matti");
    await actFor(page, "ella");
    await expectChildView(page);
    await expectNoAxeViolations(page);
  });

  test("V-SOC-6: the restriction applies to the other guardian too (Liisa → Ella)", async ({ page }) => {
    await signInAs(page, "liisa");
    await actFor(page, "ella");
    await expectChildView(page);
  });

  test("V-SOC-6: a social-only right to information (Tuomas → Ella) sees what a guardian sees", async ({
    page,
  }) => {
    await signInAs(page, "tuomas");
    await actFor(page, "ella");
    await expectChildView(page);
  });

  test("V-SOC-5: the child herself (Ella) sees the document restricted from her guardians", async ({
    page,
  }) => {
    await signInAs(page, "ella");
    const main = await socialPage(page);
    await expect(main).toContainText(s.ella.restrictedTitle);
    for (const title of ELLA_HIDDEN_FROM_ALL) await expect(main).not.toContainText(title);
  });

  test("V-SOC-4: a paternity investigation is not shown to the guardian (Matti → Eetu)", async ({ page }) => {
    await signInAs(page, "matti");
    await actFor(page, "eetu");
    const main = await socialPage(page);
    await expect(main).toContainText(s.eetu.shownTitle);
    await expect(main).not.toContainText(s.eetu.paternityTitle);
  });
});

test.describe("a proxy (Mikko)", () => {
  test.beforeEach(async ({ page }) => signInAs(page, "mikko"));

  test("a health-and-social mandate (Toivo) shows what Toivo sees", async ({ page }) => {
    await actFor(page, "toivo");
    const main = await socialPage(page);
    await expect(main).toContainText(s.toivo.shownTitle);
    await expect(main).toContainText(fiSocial.serviceTasks.ELDERLY);
    await expectNoAxeViolations(page);
  });

  test("a health-only mandate (Helmi) gives nothing social: 403", async ({ page }) => {
    await actFor(page, "helmi");
    await expect(page.getByRole("navigation").getByRole("link", { name: fi.common.nav.social })).toHaveCount(
      0,
    );
    await expectForbidden(page, "/fi/social");
    await expect(page.locator("main")).not.toContainText(s.helmi.shownTitle);
    await expectForbidden(page, "/fi/social/disclosures");
    await expectNoAxeViolations(page);
  });
});
