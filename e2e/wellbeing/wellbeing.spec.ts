// Wellbeing data (V-WB-1, V-WB-2, V-HEALTH-8): save, list, chart and delete a measurement, the
// refusal of an implausible value, application rights, and that nobody but the owner gets in.
import type { Page } from "@playwright/test";
import fiWellbeing from "../../locales/fi/wellbeing.json" with { type: "json" };
import { SEED_FACTS } from "../../prisma/seed/demo";
import { MEASUREMENT_TABLE_ROWS } from "../../src/domain/measurements";
import { E2E_BASE_URL } from "../env";
import { actFor, expect, expectNoAxeViolations, fi, signInAs, test } from "../fixtures";

const apps = SEED_FACTS.ownData.apps;

async function wellbeingPage(page: Page) {
  await page.goto("/fi/wellbeing");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(fiWellbeing.title);
}

async function expectForbidden(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(fi.common.errors.forbiddenTitle);
}

const weightRows = (page: Page) => page.getByTestId("measurements-WEIGHT").locator("tbody tr");

async function fillMeasurement(page: Page, kind: keyof typeof fiWellbeing.kinds, value: string) {
  await page
    .getByLabel(fiWellbeing.form.kind, { exact: true })
    .selectOption({ label: fiWellbeing.kinds[kind] });
  await page.locator("#m-value").fill(value);
}

test.describe("the owner (Aino)", () => {
  test.beforeEach(async ({ page }) => signInAs(page, "aino"));

  test("V-WB-1: every kind has a chart with a text alternative and a table", async ({ page }) => {
    await wellbeingPage(page);
    for (const kind of ["HEIGHT", "WEIGHT", "PULSE", "BLOOD_PRESSURE", "BLOOD_SUGAR"] as const) {
      const section = page.getByTestId(`measurements-${kind}`);
      await expect(section.getByRole("heading", { level: 3 })).toContainText(fiWellbeing.kinds[kind]);
      await expect(section.locator("figure svg[role=img] title")).toHaveCount(1);
      await expect(section.locator("figure figcaption")).toContainText(fiWellbeing.kinds[kind]);
      expect(await section.locator("tbody tr").count()).toBeGreaterThan(0);
    }
    const bp = page.getByTestId("measurements-BLOOD_PRESSURE");
    await expect(bp.locator("thead")).toContainText(fiWellbeing.kinds.systolic);
    await expect(bp.locator("thead")).toContainText(fiWellbeing.kinds.diastolic);
    await expectNoAxeViolations(page);
  });

  test("V-WB-1: save a measurement, see it in the table and the chart, then delete it after confirming", async ({
    page,
  }, testInfo) => {
    // A value of its own per attempt: a retry must not find the first attempt's row.
    const value = `58,${7 - testInfo.retry}`;
    await wellbeingPage(page);
    const rowsBefore = await weightRows(page).count();
    await fillMeasurement(page, "WEIGHT", value);
    await page.getByRole("button", { name: fiWellbeing.form.save }).click();
    await page.waitForURL(/\/fi\/wellbeing\?saved=/);
    await expect(page.getByRole("status")).toHaveText(fiWellbeing.saved);
    // The newest is first in the table, which keeps the latest rows only.
    await expect(weightRows(page)).toHaveCount(Math.min(rowsBefore + 1, MEASUREMENT_TABLE_ROWS));
    await expect(weightRows(page).first()).toContainText(value);
    const row = weightRows(page).filter({ hasText: value });
    await expect(row).toHaveCount(1);
    // The chart's text alternative names the new latest value.
    await expect(page.getByTestId("measurements-WEIGHT").locator("figure svg desc")).toContainText(`${value} kg`);
    // The form is empty again for the next measurement.
    await expect(page.locator("#m-value")).toHaveValue("");
    await expectNoAxeViolations(page);

    await row.getByRole("link", { name: new RegExp(fiWellbeing.list.delete) }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(fiWellbeing.delete.title);
    await expect(page.getByTestId("delete-value")).toHaveText(`${value} kg`);
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: fiWellbeing.delete.confirm }).click();
    await page.waitForURL(/\/fi\/wellbeing\?deleted=1/);
    await expect(page.getByRole("status")).toHaveText(fiWellbeing.deleted);
    await expect(weightRows(page)).toHaveCount(rowsBefore);
    await expect(weightRows(page).filter({ hasText: value })).toHaveCount(0);
  });

  test("V-WB-1: older measurements are browsed on the kind's history page and deleted there", async ({ page }) => {
    await wellbeingPage(page);
    const section = page.getByTestId("measurements-WEIGHT");
    const allLink = section.getByRole("link", { name: fiWellbeing.list.showAll.replace("{{kind}}", fiWellbeing.kinds.WEIGHT) });
    // One new value (listed in the history), then more until the page's table is full and links there.
    const added: string[] = [];
    while (added.length === 0 || (await allLink.count()) === 0) {
      expect(added.length, "the history link appears once the table is full").toBeLessThan(MEASUREMENT_TABLE_ROWS + 1);
      const value = `60,${added.length + 1}`;
      await fillMeasurement(page, "WEIGHT", value);
      await page.getByRole("button", { name: fiWellbeing.form.save }).click();
      await page.waitForURL(/\/fi\/wellbeing\?saved=/);
      await expect(page.getByRole("status")).toHaveText(fiWellbeing.saved);
      added.push(value);
    }
    await expect(weightRows(page)).toHaveCount(MEASUREMENT_TABLE_ROWS);

    await allLink.click();
    await page.waitForURL(/\/fi\/wellbeing\/history\/weight$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(fiWellbeing.kinds.WEIGHT);
    const rows = page.locator("main tbody tr");
    const total = await rows.count();
    expect(total).toBeGreaterThan(MEASUREMENT_TABLE_ROWS);
    await expectNoAxeViolations(page);

    for (const [i, value] of added.entries()) {
      await rows.filter({ hasText: value }).getByRole("link").click();
      await expect(page.getByTestId("delete-value")).toHaveText(`${value} kg`);
      await page.getByRole("button", { name: fiWellbeing.delete.confirm }).click();
      // Back on the history page, with the notice.
      await page.waitForURL(/\/fi\/wellbeing\/history\/weight\?deleted=1$/);
      await expect(page.getByRole("status")).toHaveText(fiWellbeing.deleted);
      await expect(rows).toHaveCount(total - i - 1);
    }
    await page.getByRole("link", { name: fiWellbeing.apps.back }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(fiWellbeing.title);
    await expect(page.getByTestId("measurements-WEIGHT").locator("tbody tr").filter({ hasText: "60," })).toHaveCount(0);
  });

  test("V-WB-1: a kind that does not exist has no history page", async ({ page }) => {
    const response = await page.goto("/fi/wellbeing/history/cholesterol");
    expect(response?.status()).toBe(404);
  });

  test("V-WB-1: cancelling the confirmation deletes nothing", async ({ page }) => {
    await wellbeingPage(page);
    const rowsBefore = await weightRows(page).count();
    await weightRows(page).first().getByRole("link").click();
    await page.getByRole("link", { name: fiWellbeing.delete.cancel }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(fiWellbeing.title);
    await expect(weightRows(page)).toHaveCount(rowsBefore);
  });

  test("V-WB-1: an out-of-range value is refused with a message next to the field and nothing is saved", async ({
    page,
  }) => {
    await wellbeingPage(page);
    const rowsBefore = await weightRows(page).count();
    await fillMeasurement(page, "WEIGHT", "1000");
    await page.getByRole("button", { name: fiWellbeing.form.save }).click();
    const input = page.locator("#m-value");
    await expect(input).toHaveAttribute("aria-invalid", "true");
    const error = page.locator("#value-error");
    await expect(error).toHaveText("Arvon on oltava välillä 1–400 kg.");
    await expect(input).toHaveAttribute("aria-describedby", /value-error/);
    await expect(page.locator("#measurement-form-error")).toHaveText(fiWellbeing.form.errors.summary);
    await expect(input).toHaveValue("1000"); // what was typed is kept
    await expectNoAxeViolations(page);
    await page.reload();
    await expect(weightRows(page)).toHaveCount(rowsBefore);
  });

  test("V-WB-1: a blood pressure with the systolic below the diastolic is refused", async ({ page }) => {
    await wellbeingPage(page);
    await fillMeasurement(page, "BLOOD_PRESSURE", "70");
    await page.locator("#m-value2").fill("90");
    await page.getByRole("button", { name: fiWellbeing.form.save }).click();
    await expect(page.locator("#value-error")).toHaveText(fiWellbeing.form.errors.systolicNotAboveDiastolic);
  });

  test("V-WB-2: application rights are listed, and one can be removed after confirming", async ({ page }) => {
    await wellbeingPage(page);
    await page.getByRole("link", { name: fiWellbeing.appsLink }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(fiWellbeing.apps.title);
    const main = page.locator("main");
    await expect(main).toContainText(apps.diary.name);
    await expect(main).toContainText(apps.bloodPressure.name);
    await expect(main).not.toContainText(SEED_FACTS.ownData.revokedAppName);
    await expect(main).toContainText(fiWellbeing.apps.noNewData);
    await expectNoAxeViolations(page);

    await page
      .getByRole("row", { name: new RegExp(apps.bloodPressure.name) })
      .getByRole("link")
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(apps.bloodPressure.name);
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: fiWellbeing.apps.revoke.confirm }).click();
    await page.waitForURL(/\/fi\/wellbeing\/apps\?revoked=1/);
    await expect(page.getByRole("status")).toHaveText(fiWellbeing.apps.revoked);
    await expect(main).not.toContainText(apps.bloodPressure.name);
    await expect(main).toContainText(apps.diary.name);
  });
});

test("V-WB-1: without JavaScript the form still refuses an out-of-range value with its message, and saves", async ({
  page,
  browser,
}) => {
  // Sign-in itself uses JavaScript (the identification service's pages); the portal then runs without it.
  await signInAs(page, "oona");
  const noScript = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await page.context().storageState(),
    baseURL: E2E_BASE_URL,
    locale: "fi-FI",
    timezoneId: "Europe/Helsinki",
  });
  try {
    const p = await noScript.newPage();
    await wellbeingPage(p);
    const rowsBefore = await weightRows(p).count();
    await p.getByLabel(fiWellbeing.form.kind, { exact: true }).selectOption("PULSE");
    await p.locator("#m-value").fill("400");
    await p.getByRole("button", { name: fiWellbeing.form.save }).click();
    await expect(p.locator("#value-error")).toHaveText("Arvon on oltava välillä 20–250 krt/min.");
    await expect(p.locator("#m-value")).toHaveAttribute("aria-invalid", "true");
    await expect(p.locator("#m-value")).toHaveValue("400");

    await p.getByLabel(fiWellbeing.form.kind, { exact: true }).selectOption("WEIGHT");
    await p.locator("#m-value").fill("57,9");
    await p.getByRole("button", { name: fiWellbeing.form.save }).click();
    await expect(p.getByRole("status")).toHaveText(fiWellbeing.saved);
    await expect(weightRows(p)).toHaveCount(Math.min(rowsBefore + 1, MEASUREMENT_TABLE_ROWS));
    await expect(weightRows(p).first()).toContainText("57,9");
  } finally {
    await noScript.close();
  }
});

test("V-WB-1: a minor (Oona, 16) sees her own measurements", async ({ page }) => {
  await signInAs(page, "oona");
  await wellbeingPage(page);
  await expect(page.getByTestId("measurements-PULSE").locator("tbody")).toContainText("64");
  await expectNoAxeViolations(page);
});

test.describe("V-HEALTH-8: nobody but the owner", () => {
  const paths = ["/fi/wellbeing", "/fi/wellbeing/apps", "/fi/wellbeing/history/weight"];

  test("V-HEALTH-8: a guardian (Matti → Oona) gets 403 for the child's wellbeing data", async ({ page }) => {
    await signInAs(page, "matti");
    await actFor(page, "oona");
    await expect(
      page.getByRole("navigation").getByRole("link", { name: fi.common.nav.wellbeing }),
    ).toHaveCount(0);
    for (const path of paths) await expectForbidden(page, path);
    await expectNoAxeViolations(page);
  });

  test("V-HEALTH-8: an information-right holder (Tuomas → Ella) gets 403", async ({ page }) => {
    await signInAs(page, "tuomas");
    await actFor(page, "ella");
    for (const path of paths) await expectForbidden(page, path);
  });

  test("V-HEALTH-8: a proxy (Mikko → Toivo) gets 403 for the giver's wellbeing data", async ({ page }) => {
    await signInAs(page, "mikko");
    await actFor(page, "toivo");
    for (const path of paths) await expectForbidden(page, path);
  });
});
