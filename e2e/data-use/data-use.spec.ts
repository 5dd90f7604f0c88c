import { persona } from "../../prisma/seed/personas";
import { actFor, expect, expectNoAxeViolations, fi, signInAs, test } from "../fixtures";
import { actionIdOf, backToOwn, fiDU, forgeAction, randomUUID, svDU } from "./helpers";

test.describe.configure({ mode: "serial" });

test("C-1 C-3: Aino gives, updates and revokes disclosure permissions, each after a plain-language confirmation", async ({ page }) => {
  await signInAs(page, "aino");
  await page.goto("/fi/data-use");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(fiDU.title);
  await expect(page.getByTestId("kanta-info-2.0")).toBeVisible();
  await expectNoAxeViolations(page);

  // Social: none valid (the seeded one was revoked) → give.
  const social = page.getByTestId("social-permission");
  await expect(social.getByTestId("social-permission-none")).toBeVisible();
  await social.getByRole("button", { name: fiDU.permission.giveButton }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(fiDU.confirm.giveSocialPermission.title);
  await expect(page.getByTestId("confirm-body")).toHaveText(fiDU.confirm.giveSocialPermission.body);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: fiDU.confirm.giveSocialPermission.button }).click();
  await expect(page.getByTestId("result")).toHaveText(fiDU.results.permissionGiven);
  await expect(page.getByTestId("social-permission-current")).toContainText(fiDU.permission.state.active);

  // Health: update the validity to a chosen last day.
  const health = page.getByTestId("health-permission");
  await health.getByLabel(fiDU.permission.untilDate).check();
  await health.getByLabel(fiDU.permission.lastDay).fill("2027-06-30");
  await health.getByRole("button", { name: fiDU.permission.updateButton }).click();
  await expect(page.getByTestId("confirm")).toContainText("30.6.2027");
  await page.getByRole("button", { name: fiDU.confirm.updateHealthPermission.button }).click();
  await expect(page.getByTestId("result")).toHaveText(fiDU.results.permissionUpdated);
  await expect(page.getByTestId("health-permission-validity")).toContainText("30.6.2027");

  // Revoke, then cancelling a new one changes nothing, then give again.
  await page.getByTestId("health-permission").getByRole("button", { name: fiDU.permission.revokeButton }).click();
  await expect(page.getByTestId("confirm-body")).toHaveText(fiDU.confirm.revokeHealthPermission.body);
  await page.getByRole("button", { name: fiDU.confirm.revokeHealthPermission.button }).click();
  await expect(page.getByTestId("result")).toHaveText(fiDU.results.permissionRevoked);
  await expect(page.getByTestId("health-permission-none")).toBeVisible();
  await page.getByTestId("health-permission").getByRole("button", { name: fiDU.permission.giveButton }).click();
  await page.getByRole("link", { name: fiDU.confirm.cancel }).click();
  await expect(page.getByTestId("health-permission-none")).toBeVisible();
  await page.getByTestId("health-permission").getByRole("button", { name: fiDU.permission.giveButton }).click();
  await page.getByRole("button", { name: fiDU.confirm.giveHealthPermission.button }).click();
  await expect(page.getByTestId("result")).toHaveText(fiDU.results.permissionGiven);
  await expect(page.getByTestId("health-permission-validity")).toContainText(/toistaiseksi/);
});

test("C-4: Aino adds a prohibition on a visit and removes it; a double submission leaves one", async ({ page }) => {
  await signInAs(page, "aino");
  await page.goto("/fi/data-use");
  // The choices load in their own step, as in OmaKanta; the page comes back at the add form.
  await expect(page.getByTestId("health-prohibitions").getByLabel(fiDU.prohibitions.health.choose)).toHaveCount(0);
  await page.getByTestId("health-prohibitions").getByRole("button", { name: fiDU.prohibitions.startAdd }).click();
  await expect(page).toHaveURL(/choose=HEALTH#health-add$/);
  await expectNoAxeViolations(page);
  const section = page.getByTestId("health-prohibitions");
  const select = section.getByLabel(fiDU.prohibitions.health.choose);
  const option = select.locator("optgroup").first().locator("option").first();
  const label = (await option.textContent())!.split(",")[0]!.trim();
  await select.selectOption(await option.getAttribute("value"));
  await section.getByRole("button", { name: fiDU.prohibitions.addButton }).click();
  await expect(page.getByTestId("confirm")).toContainText(label);
  await expect(page.getByTestId("confirm-body")).toHaveText(fiDU.confirm.addHealthProhibition.body);

  // The same confirmation posted twice (a double click without JavaScript): one prohibition.
  const actionId = await actionIdOf(page);
  const target = await page.locator('input[name="target"]').inputValue();
  const fields = { locale: "fi", shownFor: persona("aino").id, target };
  const first = await forgeAction(page, "/fi/data-use", actionId, fields);
  const second = await forgeAction(page, "/fi/data-use", actionId, fields);
  expect(first.location).toContain("done=prohibitionAdded");
  expect(second.location).toContain("error=prohibitionAlreadyActive");

  await page.goto("/fi/data-use");
  const rows = page.getByTestId("health-prohibitions").locator("tbody tr", { hasText: label });
  await expect(rows).toHaveCount(1);
  await rows.getByRole("button", { name: new RegExp(fiDU.prohibitions.removeButton) }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(fiDU.confirm.removeHealthProhibition.title);
  await page.getByRole("button", { name: fiDU.confirm.removeHealthProhibition.button }).click();
  await expect(page.getByTestId("result")).toHaveText(fiDU.results.prohibitionRemoved);
  await expect(page.getByTestId("health-prohibitions").locator("tbody tr", { hasText: label })).toHaveCount(0);
});

test("C-2: Bengt (only version 1.0) is refused a permission and nothing is saved; after acknowledging 2.0 he can give it", async ({ page, browser }) => {
  // The action id of "give a health permission", from a session where the form is shown.
  const other = await browser.newContext();
  const aino = await other.newPage();
  await signInAs(aino, "aino");
  await aino.goto("/fi/data-use?confirm=giveSocialPermission&validity=open");
  const giveSocial = await actionIdOf(aino);
  await other.close();

  await signInAs(page, "bengt", "sv");
  await page.goto("/sv/data-use");
  await expect(page.getByTestId("kanta-info-latest")).toHaveText(svDU.kantaInfo.latestMissing.replace("{{version}}", "2.0"));
  await expectNoAxeViolations(page);
  const social = page.getByTestId("social-permission");
  await expect(social.getByText(svDU.kantaInfo.requiredNotice)).toBeVisible();
  await social.getByRole("button", { name: svDU.permission.giveButton }).click();
  // The confirmation already refuses: no confirm button.
  await expect(page.getByTestId("c2-refusal")).toHaveText(svDU.errors.kantaInfoRequired);
  await expect(page.getByRole("button", { name: svDU.confirm.giveSocialPermission.button })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // A forged post of the action is refused on the server, translated, and saves nothing.
  const forged = await forgeAction(page, "/sv/data-use", giveSocial, {
    locale: "sv",
    shownFor: persona("bengt").id,
    validity: "open",
    idempotencyKey: randomUUID(),
  });
  expect(forged.location).toContain("error=kantaInfoRequired");
  await page.goto(forged.location);
  await expect(page.getByTestId("result")).toHaveText(svDU.errors.kantaInfoRequired);
  await expect(page.getByTestId("social-permission-none")).toBeVisible();

  // C-1: read the information and acknowledge it; then the permission goes through.
  await page.getByRole("button", { name: svDU.kantaInfo.acknowledgeButton.replace("{{version}}", "2.0") }).click();
  await expect(page.getByTestId("kanta-info-content")).toContainText(svDU.kantaInfo.content.p1);
  await page.getByRole("button", { name: svDU.confirm.acknowledgeKantaInfo.button }).click();
  await expect(page.getByTestId("result")).toHaveText(svDU.results.kantaInfoAcknowledged);
  await expect(page.getByTestId("kanta-info-2.0")).toBeVisible();
  await page.getByTestId("social-permission").getByRole("button", { name: svDU.permission.giveButton }).click();
  await page.getByRole("button", { name: svDU.confirm.giveSocialPermission.button }).click();
  await expect(page.getByTestId("result")).toHaveText(svDU.results.permissionGiven);
});

test("**: Matti can give a health permission for Eetu but not for Ella, and a forged one for Ella is refused", async ({ page }) => {
  await signInAs(page, "matti");
  await actFor(page, "eetu");
  await page.goto("/fi/data-use");
  // Eetu has not received the information: his guardian acknowledges it for him first (C-1, C-2).
  await page.getByRole("button", { name: fiDU.kantaInfo.acknowledgeButton.replace("{{version}}", "2.0") }).click();
  await expect(page.getByText(fiDU.confirm.onBehalfOf.replace("{{name}}", `${persona("eetu").firstNames} ${persona("eetu").lastName}`))).toBeVisible();
  await page.getByRole("button", { name: fiDU.confirm.acknowledgeKantaInfo.button }).click();
  await expect(page.getByTestId("result")).toHaveText(fiDU.results.kantaInfoAcknowledged);
  await page.getByTestId("health-permission").getByRole("button", { name: fiDU.permission.giveButton }).click();
  const giveHealth = await actionIdOf(page);
  await page.getByRole("button", { name: fiDU.confirm.giveHealthPermission.button }).click();
  await expect(page.getByTestId("result")).toHaveText(fiDU.results.permissionGiven);
  // A guardian may not revoke (matrix: I) and has no prohibitions to manage.
  await expect(page.getByTestId("health-permission").getByRole("button", { name: fiDU.permission.revokeButton })).toHaveCount(0);
  await expect(page.getByTestId("health-prohibitions")).toHaveCount(0);
  // The EU consent is "coming later" for guardians.
  await expect(page.getByTestId("eu-later")).toBeVisible();

  await backToOwn(page, fi.common.header.backToOwn);
  await actFor(page, "ella");
  await page.goto("/fi/data-use");
  await expect(page.getByTestId("health-permission-none")).toBeVisible();
  await expect(page.getByTestId("health-permission").getByRole("button", { name: fiDU.permission.giveButton })).toHaveCount(0);
  await expect(page.getByTestId("health-permission").getByText(fiDU.footnotes.minorReceivedInfo)).toBeVisible();
  await expectNoAxeViolations(page);

  const forged = await forgeAction(page, "/fi/data-use", giveHealth, { locale: "fi", validity: "open", idempotencyKey: randomUUID() });
  expect(forged.location).toContain("error=forbidden");
  const confirmPage = await page.goto("/fi/data-use?confirm=giveHealthPermission&validity=open");
  expect(confirmPage?.status()).toBe(403);
  await page.goto("/fi/data-use");
  await expect(page.getByTestId("health-permission-none")).toBeVisible();
});

test("***: Oona (16) consents to the EU transfer herself, and sees only which of her data are hidden from her guardians", async ({ page }) => {
  await signInAs(page, "oona");
  await page.goto("/fi/data-use");
  await expect(page.getByTestId("hidden-health")).toContainText("Ehkäisyneuvonta, nuorten terveysasema");
  await expect(page.getByTestId("hidden-prescriptions")).toContainText("Yasmin");
  await expect(page.getByTestId("health-permission").getByRole("button")).toHaveCount(0);
  await expect(page.getByTestId("health-prohibitions")).toHaveCount(0);
  await expect(page.getByTestId("contact-ban")).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.getByTestId("eu-consent").getByRole("button", { name: fiDU.eu.giveButton }).click();
  await expect(page.getByTestId("confirm-body")).toHaveText(fiDU.confirm.giveEuConsent.body);
  await page.getByRole("button", { name: fiDU.confirm.giveEuConsent.button }).click();
  await expect(page.getByTestId("result")).toHaveText(fiDU.results.euConsentGiven);
  await expect(page.getByTestId("eu-status")).toContainText("Suostumus annettu");
});

test("forged requests: a mandate holder's EU consent is refused ('later') and nothing changes", async ({ page, browser }) => {
  await signInAs(page, "mikko");
  await page.goto("/fi/data-use?confirm=giveEuConsent");
  const giveEu = await actionIdOf(page);
  await actFor(page, "helmi");
  await page.goto("/fi/data-use");
  await expect(page.getByTestId("eu-later")).toBeVisible();
  await expect(page.getByTestId("contact-ban")).toContainText(fiDU.comingLater);
  const forged = await forgeAction(page, "/fi/data-use", giveEu, { locale: "fi" });
  expect(forged.location).toContain("error=forbidden");
  expect((await page.goto("/fi/data-use?confirm=giveEuConsent"))?.status()).toBe(403);

  const other = await browser.newContext();
  const helmi = await other.newPage();
  await signInAs(helmi, "helmi");
  await helmi.goto("/fi/data-use");
  await expect(helmi.getByTestId("eu-status")).toHaveText(fiDU.eu.notGiven);
  await other.close();
});
