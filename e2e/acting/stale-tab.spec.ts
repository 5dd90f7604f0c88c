// Issue: a stale tab acted on the wrong person. A form is bound to the person it was shown for; when
// another tab of the same browser has switched to someone else since, posting it changes nothing,
// for either person, and says so. One test per form that acts on the person on screen.
import type { BrowserContext, Page } from "@playwright/test";
import fiCommon from "../../locales/fi/common.json" with { type: "json" };
import svCommon from "../../locales/sv/common.json" with { type: "json" };
import enCommon from "../../locales/en/common.json" with { type: "json" };
import fiDataUse from "../../locales/fi/dataUse.json" with { type: "json" };
import svDataUse from "../../locales/sv/dataUse.json" with { type: "json" };
import enDataUse from "../../locales/en/dataUse.json" with { type: "json" };
import svRx from "../../locales/sv/prescriptions.json" with { type: "json" };
import enWellbeing from "../../locales/en/wellbeing.json" with { type: "json" };
import fiWellbeing from "../../locales/fi/wellbeing.json" with { type: "json" };
import { persona, type PersonaKey } from "../../prisma/seed/personas";
import { SEED_FACTS } from "../../prisma/seed/demo-data/facts";
import { actFor, expect, signInAs, test } from "../fixtures";
import { sql } from "../support/db";

const common = { fi: fiCommon, sv: svCommon, en: enCommon };
type Locale = keyof typeof common;

/** Everything a form on these pages can write, for the given persons, as one comparable value. */
async function writes(keys: PersonaKey[]): Promise<string> {
  const ids = keys.map((k) => persona(k).id);
  const tables = [
    "DisclosurePermission",
    "Prohibition",
    "EuPatientSummaryConsent",
    "RegistryResearchContactBan",
    "OrganDonationWill",
    "LivingWill",
    "Measurement",
    "WellbeingAppRight",
  ];
  const parts: unknown[] = [];
  for (const table of tables) parts.push((await sql(`SELECT * FROM "${table}" WHERE "personId" = ANY($1) ORDER BY id`, [ids])).rows);
  parts.push(
    (
      await sql(
        `SELECT r.* FROM "RenewalRequest" r JOIN "Prescription" p ON p.id = r."prescriptionId" WHERE p."patientId" = ANY($1) ORDER BY r.id`,
        [ids],
      )
    ).rows,
  );
  return JSON.stringify(parts);
}

/** A second tab of the same browser (the same session), switched to `to` (or back to own data). */
async function switchInOtherTab(context: BrowserContext, to: PersonaKey | "own", locale: Locale = "fi") {
  const other = await context.newPage();
  await other.goto(`/${locale}/overview`);
  // Choosing another person starts from one's own front page.
  const back = other.getByRole("button", { name: common[locale].header.backToOwn });
  if (await back.count()) {
    await back.click();
    await expect(back).toHaveCount(0);
  }
  if (to !== "own") await actFor(other, to);
  await other.close();
}

/** The refusal: on the front page, naming nothing saved, with the banner showing who is on screen now. */
async function expectRefused(page: Page, locale: Locale, nowShowing: PersonaKey | "own") {
  await page.waitForURL(new RegExp(`/${locale}/overview\\?error=subjectChanged`));
  await expect(page.getByTestId("subject-changed")).toHaveText(common[locale].errors.subjectChanged);
  if (nowShowing === "own") await expect(page.getByTestId("subject-name")).toHaveCount(0);
  else await expect(page.getByTestId("subject-name")).toContainText(persona(nowShowing).lastName);
}

test("a stale tab's health-data permission (mandate holder, no JavaScript) is refused and saved for nobody", async ({ browser, page: signingIn }) => {
  // Signed in with JavaScript, then the same session in a browser without it: plain form posts.
  await signInAs(signingIn, "mikko");
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: await signingIn.context().storageState() });
  const page = await context.newPage();
  try {
    await page.goto("/fi/overview");
    await page.getByTestId(`act-for-${persona("toivo").id}`).getByRole("button").click();
    await page.waitForURL(/\/overview\?switch=ok/);
    await page.goto("/fi/data-use?confirm=giveHealthPermission&validity=open");
    await expect(page.getByRole("heading", { level: 1 })).toContainText(fiDataUse.confirm.giveHealthPermission.title);
    const before = await writes(["mikko", "toivo", "helmi"]);

    await switchInOtherTab(context, "helmi");
    await page.getByRole("button", { name: fiDataUse.confirm.giveHealthPermission.button }).click();

    await expectRefused(page, "fi", "helmi");
    expect(await writes(["mikko", "toivo", "helmi"])).toBe(before);
  } finally {
    await context.close();
  }
});

test("a stale tab's prohibition (sv) is refused and added for nobody", async ({ page, context }) => {
  await signInAs(page, "mikko", "sv");
  await actFor(page, "toivo");
  await page.goto("/sv/data-use");
  const section = page.getByTestId("health-prohibitions");
  await section.getByRole("button", { name: svDataUse.prohibitions.startAdd }).click();
  const select = section.getByLabel(svDataUse.prohibitions.health.choose);
  await select.selectOption({ index: 1 });
  await section.getByRole("button", { name: svDataUse.prohibitions.addButton }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(svDataUse.confirm.addHealthProhibition.title);
  const before = await writes(["mikko", "toivo", "helmi"]);

  await switchInOtherTab(context, "helmi", "sv");
  await page.getByRole("button", { name: svDataUse.confirm.addHealthProhibition.button }).click();

  await expectRefused(page, "sv", "helmi");
  expect(await writes(["mikko", "toivo", "helmi"])).toBe(before);
});

test("a stale tab's EU patient summary consent (en) is refused and given for nobody", async ({ page, context }) => {
  await signInAs(page, "mikko", "en");
  await page.goto("/en/data-use?confirm=giveEuConsent");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(enDataUse.confirm.giveEuConsent.title);
  const before = await writes(["mikko", "toivo"]);

  await switchInOtherTab(context, "toivo", "en");
  await page.getByRole("button", { name: enDataUse.confirm.giveEuConsent.button }).click();

  await expectRefused(page, "en", "toivo");
  expect(await writes(["mikko", "toivo"])).toBe(before);
});

test("a stale tab's registry research contact ban (fi) is refused and set for nobody", async ({ page, context }) => {
  await signInAs(page, "mikko");
  await page.goto("/fi/data-use?confirm=setContactBan");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(fiDataUse.confirm.setContactBan.title);
  const before = await writes(["mikko", "helmi"]);

  await switchInOtherTab(context, "helmi");
  await page.getByRole("button", { name: fiDataUse.confirm.setContactBan.button }).click();

  await expectRefused(page, "fi", "helmi");
  expect(await writes(["mikko", "helmi"])).toBe(before);
});

test("a stale tab's living will (sv, reviewed, then confirmed) is refused and saved for nobody", async ({ page, context }) => {
  await signInAs(page, "mikko", "sv");
  await page.goto("/sv/wills");
  await page.getByRole("textbox", { name: svDataUse.wills.livingWill.field, exact: true }).fill("Mikkos vårdtestamente.");
  await page.getByTestId("living-will-form").getByRole("button", { name: svDataUse.wills.continue }).click();
  await expect(page.getByTestId("living-will-review")).toBeVisible();
  const before = await writes(["mikko", "toivo"]);

  await switchInOtherTab(context, "toivo", "sv");
  await page.getByTestId("living-will-review").getByRole("button", { name: svDataUse.wills.livingWill.confirm }).click();

  await expectRefused(page, "sv", "toivo");
  expect(await writes(["mikko", "toivo"])).toBe(before);
});

test("a stale tab's measurement (en) is refused and saved for nobody", async ({ page, context }) => {
  await signInAs(page, "mikko", "en");
  await page.goto("/en/wellbeing");
  await page.getByLabel(enWellbeing.form.kind, { exact: true }).selectOption({ label: enWellbeing.kinds.WEIGHT });
  await page.locator("#m-value").fill("81.5");
  const before = await writes(["mikko", "toivo"]);

  await switchInOtherTab(context, "toivo", "en");
  await page.getByRole("button", { name: enWellbeing.form.save }).click();

  await expectRefused(page, "en", "toivo");
  expect(await writes(["mikko", "toivo"])).toBe(before);
});

test("a stale tab's removal of an application's right (fi) is refused and removes nothing", async ({ page, context }) => {
  const granted = await sql(
    `INSERT INTO "WellbeingAppRight" (id, "personId", "appId", scope, "grantedAt") VALUES (gen_random_uuid(), $1, $2, 'Paino', now()) RETURNING id`,
    [persona("mikko").id, SEED_FACTS.ownData.apps.diary.id],
  );
  const rightId = granted.rows[0].id as string;
  await signInAs(page, "mikko");
  await page.goto(`/fi/wellbeing/apps/${rightId}/revoke`);
  const before = await writes(["mikko", "helmi"]);

  await switchInOtherTab(context, "helmi");
  await page.getByRole("button", { name: fiWellbeing.apps.revoke.confirm }).click();

  await expectRefused(page, "fi", "helmi");
  expect(await writes(["mikko", "helmi"])).toBe(before);
});

test("a stale tab's renewal request (sv, mandate holder) is refused and sent for nobody", async ({ page, context }) => {
  await signInAs(page, "mikko", "sv");
  await actFor(page, "toivo");
  await page.goto(`/sv/prescriptions/renew?id=${SEED_FACTS.prescriptions.toivo.renewable.id}`);
  await page.getByLabel(svRx.renew.unit).selectOption({ index: 1 });
  await page.getByRole("button", { name: svRx.renew.review }).click();
  await expect(page.getByTestId("renewal-review")).toBeVisible();
  const before = await writes(["mikko", "toivo", "helmi"]);

  await switchInOtherTab(context, "helmi", "sv");
  await page.getByRole("button", { name: svRx.renew.send }).click();

  await expectRefused(page, "sv", "helmi");
  expect(await writes(["mikko", "toivo", "helmi"])).toBe(before);
});

test("a stale tab's choice of person (en) does not switch, and nothing is logged as a start", async ({ page, context }) => {
  await signInAs(page, "mikko", "en");
  await page.goto("/en/overview");
  const starts = async () =>
    Number((await sql(`SELECT count(*) FROM "AccessLogEntry" WHERE "actorPersonId" = $1 AND event = 'ACT_FOR_START'`, [persona("mikko").id])).rows[0].count);
  await switchInOtherTab(context, "toivo");
  const before = await starts();

  await page.getByTestId(`act-for-${persona("helmi").id}`).getByRole("button").click();

  await expectRefused(page, "en", "toivo");
  expect(await starts()).toBe(before);
});

test("a stale tab's 'return to own data' (fi) leaves the person chosen in the other tab on screen", async ({ page, context }) => {
  await signInAs(page, "mikko");
  await actFor(page, "toivo");
  await page.goto("/fi/health");
  await switchInOtherTab(context, "helmi");

  await page.getByRole("button", { name: fiCommon.header.backToOwn }).click();

  await expectRefused(page, "fi", "helmi");
});
