// Health records per role: what is listed and what is not (V-HEALTH-1..9), the lab chart's text
// alternative, the disclosures matrix cell, the COVID certificate, and axe on every page.
import type { Page } from "@playwright/test";
import pg from "pg";
import fiHealth from "../../locales/fi/health.json" with { type: "json" };
import { SEED_FACTS } from "../../prisma/seed/demo";
import { actFor, expect, expectNoAxeViolations, fi, signInAs, test } from "../fixtures";
import { E2E_DATABASE_URL } from "../env";

const h = SEED_FACTS.health;
/** Both date fields sent empty: the whole history (V-HEALTH-9 date search). */
const ALL = "?from=&to=";

async function timeline(page: Page, query = "") {
  await page.goto(`/fi/health${query}`);
  // While acting, the person's name leads the heading ("Eetu Korhonen – …").
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(new RegExp(`(^|\\S – )${fiHealth.title}$`));
  return page.locator("main");
}

async function expectForbidden(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(fi.common.errors.forbiddenTitle);
}

test.describe("adult (Aino)", () => {
  test.beforeEach(async ({ page }) => signInAs(page, "aino"));

  test("V-HEALTH-9: the timeline shows the last 12 months, older visits with a date search", async ({
    page,
  }) => {
    const main = await timeline(page);
    await expect(page.getByTestId("range-summary")).toHaveText(fiHealth.filter.showingDefault);
    await expect(main).toContainText(h.aino.recentVisitTitle);
    await expect(main).not.toContainText(h.aino.oldVisitTitle);
    await expectNoAxeViolations(page);

    await page.getByLabel(fiHealth.filter.from).fill("2000-01-01");
    await page.getByRole("button", { name: fiHealth.filter.submit }).click();
    await expect(page.getByTestId("visit-timeline")).toContainText(h.aino.oldVisitTitle);
  });

  test("V-HEALTH-1..4: cancelled, delayed, other-person, non-journal and inpatient notes are not listed", async ({
    page,
  }) => {
    const main = await timeline(page, ALL);
    await expect(main).toContainText(h.aino.versionedTitle);
    await expect(main).toContainText(h.aino.inpatientSummaryTitle);
    for (const hidden of [
      h.aino.cancelledTitle,
      h.aino.delayedTitle,
      h.aino.otherPersonTitle,
      h.aino.nonJournalFormTitle,
      h.aino.inpatientHiddenTitle,
    ]) {
      await expect(main).not.toContainText(hidden);
    }
  });

  test("V-HEALTH-3: the inpatient episode shows medication and summaries only, each in its language (S-7)", async ({
    page,
  }) => {
    await page.goto(`/fi/health/visits/${h.aino.inpatientVisitId}`);
    const main = page.locator("main");
    await expect(page.getByTestId("inpatient-note")).toHaveText(fiHealth.visit.inpatientNote);
    await expect(main.getByRole("heading", { name: h.aino.inpatientSummaryTitle })).toHaveAttribute(
      "lang",
      "fi",
    );
    await expect(main).toContainText(h.aino.inpatientMedicationTitle);
    await expect(main).not.toContainText(h.aino.inpatientHiddenTitle);
    await expect(main).not.toContainText(h.aino.inpatientHiddenSnippet);
    await expectNoAxeViolations(page);
  });

  test("a hidden or unknown visit is not found", async ({ page }) => {
    const response = await page.goto("/fi/health/visits/no-such-visit");
    expect(response?.status()).toBe(404);
  });

  test("V-HEALTH-9: lab results by visit date, held-back results absent, the chart has a text alternative", async ({
    page,
  }) => {
    await page.goto("/fi/health/lab");
    const main = page.locator("main");
    await expect(main).toContainText(h.aino.labSeries.testName);
    await expect(main).not.toContainText(h.aino.heldBackTestCode);
    await expectNoAxeViolations(page);

    await page
      .getByRole("link", { name: new RegExp(h.aino.labSeries.testName) })
      .first()
      .click();
    const figure = page.getByTestId("lab-chart");
    await expect(figure.locator("svg[role=img] title")).toContainText(h.aino.labSeries.testName);
    await expect(figure.locator("figcaption")).toContainText(h.aino.labSeries.testName);
    const rows = page.getByTestId("lab-history").locator("tbody tr");
    expect(await rows.count()).toBeGreaterThanOrEqual(h.aino.labSeries.minValues);
    await expect(page.getByTestId("lab-history")).toContainText(fiHealth.lab.high);
    await expectNoAxeViolations(page);
  });

  test("summaries: imaging, diagnoses, risks, vaccinations, certificates, disclosures", async ({ page }) => {
    await page.goto(`/fi/health/imaging${ALL}`);
    await expect(page.locator("main")).toContainText(h.aino.imagingTitle);
    await expectNoAxeViolations(page);

    await page.goto("/fi/health/diagnoses");
    for (const code of h.aino.diagnosisCodes) await expect(page.getByTestId("diagnoses")).toContainText(code);
    await expect(page.getByTestId("diagnoses")).toContainText(fiHealth.diagnoses.permanentYes);
    await expectNoAxeViolations(page);

    await page.goto("/fi/health/risks");
    await expect(page.getByTestId("risks")).toContainText("Penisilliinit");
    await expectNoAxeViolations(page);

    await page.goto("/fi/health/vaccinations");
    await expect(page.getByTestId("vaccinations")).toContainText("Vaxigrip Tetra");
    await expectNoAxeViolations(page);

    await page.goto("/fi/health/certificates");
    await expect(page.locator("main")).toContainText("Lääkärinlausunto B");
    await expect(page.locator("main")).toContainText("Aslak");
    await expectNoAxeViolations(page);

    await page.goto(`/fi/health/disclosures${ALL}`);
    await expect(page.getByTestId("disclosures")).toContainText("Kansaneläkelaitos (Kela)");
    await expectNoAxeViolations(page);
  });

  test("the COVID certificate shows each UVCI and has a printable view", async ({ page }) => {
    await page.goto("/fi/covid-certificate");
    await expect(page.getByTestId("covid-certificate")).toHaveCount(3);
    await expect(page.locator("main")).toContainText("URN:UVCI:01:FI:DEMO902000#X");
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: fiHealth.covid.print }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(fiHealth.covid.printTitle);
    await expect(page.getByTestId("covid-name")).toContainText("Aino");
    await expectNoAxeViolations(page);
  });
});

test.describe("guardian (Matti)", () => {
  test.beforeEach(async ({ page }) => signInAs(page, "matti"));

  test("of Eetu (under 10): sees his visits; health disclosures are closed", async ({ page }) => {
    await actFor(page, "eetu");
    const main = await timeline(page);
    await expect(main).toContainText(h.eetu.recentVisitTitle);
    await expect(page.getByTestId("access-note")).toBeVisible();
    const healthNav = page.getByRole("navigation", { name: fiHealth.nav.label });
    await expect(healthNav.getByRole("link", { name: fiHealth.nav.lab })).toBeVisible();
    await expect(healthNav.getByRole("link", { name: fiHealth.nav.disclosures })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await expectForbidden(page, "/fi/health/disclosures");
  });

  test("of Ella (14): V-HEALTH-5/6 — pre-2016 and unassessed, forbidden or not-updated data absent", async ({
    page,
  }) => {
    await actFor(page, "ella");
    const main = await timeline(page, ALL);
    await expect(main).toContainText(h.ella.underTenTitle);
    await expect(main).toContainText(h.ella.assessedAllowedTitle);
    for (const hidden of [
      h.ella.pre2016Title,
      h.ella.notAssessedTitle,
      h.ella.forbiddenTitle,
      h.ella.systemNotUpdatedTitle,
    ]) {
      await expect(main).not.toContainText(hidden);
    }
    await expectNoAxeViolations(page);
  });

  test("of Oona (16, forbids): V-HEALTH-6 — only her data from under 10", async ({ page }) => {
    await actFor(page, "oona");
    const main = await timeline(page, ALL);
    await expect(main).toContainText(h.oona.underTenTitle);
    await expect(main).not.toContainText(h.oona.forbiddenTitle);
    await expect(main).not.toContainText(h.oona.forbiddenTitle2);
  });

  test("of Niko (12): V-HEALTH-6 — data from a system not updated is absent", async ({ page }) => {
    await actFor(page, "niko");
    const main = await timeline(page, ALL);
    await expect(main).toContainText(h.niko.underTenTitle);
    await expect(main).not.toContainText(h.niko.systemNotUpdatedTitle);
  });
});

test("V-HEALTH-7: Oona's prohibition applies to Liisa as to Matti", async ({ page }) => {
  await signInAs(page, "liisa");
  await actFor(page, "oona");
  const main = await timeline(page, ALL);
  await expect(main).toContainText(h.oona.underTenTitle);
  await expect(main).not.toContainText(h.oona.forbiddenTitle);
  await expect(main).not.toContainText(h.oona.forbiddenTitle2);
});

test("information-right holder (Riikka → Eetu): sees his health data, not the disclosures", async ({
  page,
}) => {
  await signInAs(page, "riikka");
  await actFor(page, "eetu");
  const main = await timeline(page);
  await expect(main).toContainText(h.eetu.recentVisitTitle);
  await expectNoAxeViolations(page);
  await expectForbidden(page, "/fi/health/disclosures");
});

test("mandate holder (Mikko → Helmi): her visits, her INR chart and the disclosures page", async ({
  page,
}) => {
  await signInAs(page, "mikko");
  await actFor(page, "helmi");
  const main = await timeline(page);
  await expect(main).toContainText(h.helmi.recentVisitTitle);
  await page.goto(`/fi/health/lab/${encodeURIComponent("4520 P -INR")}`);
  await expect(page.getByTestId("lab-history").locator("tbody tr")).toHaveCount(5);
  await expectNoAxeViolations(page);
  await page.goto("/fi/health/disclosures");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Helmi Järvinen – ${fiHealth.disclosures.title}`);
  await expectNoAxeViolations(page);
});

test("D-1: a disturbed patient data repository closes only the health section", async ({ page }) => {
  const setDisturbed = async (disturbed: boolean) => {
    const client = new pg.Client({ connectionString: E2E_DATABASE_URL });
    await client.connect();
    try {
      await client.query(
        `UPDATE "ServiceStatus" SET disturbed = $1 WHERE service = 'PATIENT_DATA_REPOSITORY'`,
        [disturbed],
      );
    } finally {
      await client.end();
    }
  };
  await signInAs(page, "aino");
  await setDisturbed(true);
  try {
    await page.goto("/fi/health/lab");
    await expect(page.getByTestId("service-disturbance")).toHaveAttribute("data-service", "PATIENT_DATA_REPOSITORY");
    await expect(page.locator("main")).not.toContainText(h.aino.labSeries.testName);
    await expectNoAxeViolations(page);
    await page.goto("/fi/overview");
    await expect(page.getByTestId("last-use")).toBeVisible();
    await expect(page.getByTestId("service-disturbance")).toHaveCount(0);
  } finally {
    await setDisturbed(false);
  }
});
