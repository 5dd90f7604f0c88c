import { persona } from "../../prisma/seed/personas";
import { actFor, expect, expectNoAxeViolations, fi, setServerHooks, signInAs, test } from "../fixtures";

test("S-1 S-5: sign in through the identification service, see the last use, sign out (S-4)", async ({ page }) => {
  await signInAs(page, "aino");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Aino");
  await expect(page.getByTestId("last-use")).toContainText("Edellinen käyttökerta");
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: fi.common.header.signOut }).first().click();
  // The identification service's session ends with the portal's, without a question (shared computers).
  await page.waitForURL(/\/fi\/signed-out\?state=manual/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(fi.common.signedOut.title);
  // The server session is gone: the front page sends us back to sign in.
  await page.goto("/fi/overview");
  await expect(page).toHaveURL(/\/fi$/);
});

test("S-1: foreign identification is refused and no session is created", async ({ page }) => {
  await page.goto("/fi");
  await page.locator("main button.button").first().click();
  await page.locator("#method-eidas").check();
  await page.locator("form:has(#method-eidas) button[type=submit]").click();
  await expect(page.locator("main").getByRole("alert")).toBeVisible();
  await page.goto("/fi/overview");
  await expect(page).toHaveURL(/\/fi$/);
});

test("S-6: a failing access-log write refuses the sign-in", async ({ page }) => {
  await setServerHooks(page, { failAccessLog: true });
  await page.goto("/fi");
  await page.locator("main button.button").first().click();
  await page.locator("#method-bank-aurora").check();
  await page.locator("form:has(#method-bank-aurora) button[type=submit]").click();
  await page.locator("#persona-aino").check();
  await page.locator("form:has(#hetu) button[type=submit]").click();
  await page.locator("main form.inline").first().locator("button[type=submit]").click();
  await page.waitForURL(/sign-in-error\?reason=accessLog/);
  await expect(page.locator("main").getByRole("alert")).toHaveText(fi.common.signInError.accessLog);
  await page.goto("/fi/overview");
  await expect(page).toHaveURL(/\/fi$/);
});

test("S-6: acting for a child is logged, and a failing log write refuses the switch", async ({ page }) => {
  await signInAs(page, "matti");
  await setServerHooks(page, { failAccessLog: true });
  await actFor(page, "eetu");
  await expect(page.locator("main").getByRole("alert")).toHaveText(fi.common.switch.refusedLog);
  await expect(page.getByTestId("subject-name")).toHaveCount(0);

  await setServerHooks(page, { failAccessLog: false });
  await actFor(page, "eetu");
  await expect(page.getByTestId("subject-name")).toContainText(persona("eetu").firstNames);
  await page.getByRole("button", { name: fi.common.header.backToOwn }).click();
  await expect(page.getByTestId("subject-name")).toHaveCount(0);
});

test("acting for others: unavailable people are listed with the reason", async ({ page }) => {
  await signInAs(page, "jari");
  await expect(page.getByTestId(`act-for-${persona("aapo").id}`)).toContainText(fi.common.refusal.otherGuardianNonDisclosure);
});
