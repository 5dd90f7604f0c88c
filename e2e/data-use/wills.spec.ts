import { expect, expectNoAxeViolations, signInAs, test } from "../fixtures";
import { actionIdOf, fiDU, forgeAction } from "./helpers";

test.describe.configure({ mode: "serial" });

// What a paste from a word processor carries: a BOM, zero-width spaces, a soft hyphen,
// non-breaking spaces, Windows line ends and a Symbol-font bullet.
const PASTED = "\uFEFFHoitotahtoni\r\n\r\n\uF0B7\tEn halua\u00A0elvytystä.\u200B\r\n\uF0B7\tToivon kivun\u00ADlievitystä.";
const CLEANED = "Hoitotahtoni\n\n•\tEn halua elvytystä.\n•\tToivon kivunlievitystä.";

test("C-7: Aino's living will: pasted hidden characters are cleaned (not refused), it is changed, printed and deleted", async ({ page }) => {
  await signInAs(page, "aino");
  await page.goto("/fi/wills");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(fiDU.wills.title);
  await expect(page.getByTestId("living-will-text")).toContainText("En halua elämää pitkittäviä hoitoja");
  await expectNoAxeViolations(page);

  await page.getByRole("textbox", { name: fiDU.wills.livingWill.field, exact: true }).fill(PASTED);
  await page.getByTestId("living-will-form").getByRole("button", { name: fiDU.wills.continue }).click();
  const review = page.getByTestId("living-will-review");
  await expect(review.getByRole("heading", { name: fiDU.wills.livingWill.reviewTitle })).toBeFocused();
  await expect(review.getByText(fiDU.wills.livingWill.meaning)).toBeVisible();
  await expect(page.getByTestId("living-will-cleaned")).toHaveText(fiDU.wills.cleaned);
  expect(await page.getByTestId("living-will-preview").evaluate((e) => e.textContent)).toBe(CLEANED);
  await expectNoAxeViolations(page);
  await review.getByRole("button", { name: fiDU.wills.livingWill.confirm }).click();
  await expect(page.getByTestId("result")).toHaveText(fiDU.results.livingWillSaved);
  expect(await page.getByTestId("living-will-text").evaluate((e) => e.textContent)).toBe(CLEANED);

  // Back to editing keeps the text; the change is saved as one will.
  await page.getByRole("textbox", { name: fiDU.wills.livingWill.field, exact: true }).fill(`${CLEANED}\n\nLisäys.`);
  await page.getByTestId("living-will-form").getByRole("button", { name: fiDU.wills.continue }).click();
  await page.getByRole("button", { name: fiDU.wills.backToEdit }).click();
  await expect(page.getByRole("textbox", { name: fiDU.wills.livingWill.field, exact: true })).toHaveValue(`${CLEANED}\n\nLisäys.`);
  await page.getByTestId("living-will-form").getByRole("button", { name: fiDU.wills.continue }).click();
  await page.getByTestId("living-will-review").getByRole("button", { name: fiDU.wills.livingWill.confirm }).click();
  await expect(page.getByTestId("living-will-text")).toContainText("Lisäys.");

  // Printing: a printable version; on paper only the will and who it belongs to.
  await page.getByRole("link", { name: new RegExp(`${fiDU.wills.printView}.*${fiDU.wills.livingWill.title}`) }).click();
  await expect(page.getByRole("button", { name: fiDU.wills.print })).toBeVisible();
  await expectNoAxeViolations(page);
  await expect(page.getByTestId("print-header")).toBeHidden();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByTestId("living-will-text")).toBeVisible();
  await expect(page.getByTestId("print-header")).toContainText("Aino Maria Virtanen");
  await expect(page.locator(".site-header")).toBeHidden();
  await expect(page.getByRole("button", { name: fiDU.wills.print })).toBeHidden();
  await expect(page.locator(".site-nav")).toBeHidden();
  await page.emulateMedia({ media: "screen" });

  await page.goto("/fi/wills");
  await page.getByRole("link", { name: fiDU.wills.livingWill.removeButton }).click();
  await expect(page.getByTestId("confirm")).toContainText(fiDU.wills.livingWill.removeMeaning);
  await page.getByRole("button", { name: fiDU.wills.livingWill.removeConfirm }).click();
  await expect(page.getByTestId("result")).toHaveText(fiDU.results.livingWillDeleted);
  await expect(page.getByTestId("living-will-status")).toHaveText(fiDU.wills.livingWill.none);
});

test("C-7: the organ donation will is given with one action, changed and removed", async ({ page }) => {
  await signInAs(page, "aino");
  await page.goto("/fi/wills");
  await page.getByRole("link", { name: fiDU.wills.organDonation.removeButton }).click();
  await page.getByRole("button", { name: fiDU.wills.organDonation.removeConfirm }).click();
  await expect(page.getByTestId("result")).toHaveText(fiDU.results.organDonationRemoved);
  await expect(page.getByTestId("organ-donation-status")).toHaveText(fiDU.wills.organDonation.none);

  // One action, no additional information needed.
  await page.getByTestId("organ-donation-form").getByRole("button", { name: fiDU.wills.continue }).click();
  await expect(page.getByTestId("organ-donation-review")).toContainText(fiDU.wills.organDonation.meaning);
  await page.getByRole("button", { name: fiDU.wills.organDonation.confirm }).click();
  await expect(page.getByTestId("result")).toHaveText(fiDU.results.organDonationSaved);
  await expect(page.getByTestId("organ-donation-status")).toContainText(fiDU.wills.organDonation.willing);

  await page.getByRole("textbox", { name: fiDU.wills.organDonation.field }).fill("Ei\u00A0sarveiskalvoja.\u200B");
  await page.getByTestId("organ-donation-form").getByRole("button", { name: fiDU.wills.continue }).click();
  await expect(page.getByTestId("organ-donation-cleaned")).toBeVisible();
  await page.getByRole("button", { name: fiDU.wills.organDonation.confirm }).click();
  await expect(page.getByTestId("organ-donation-info")).toHaveText("Ei sarveiskalvoja.");
});

test("C-5: the wills are the adult's own: others get 403, and a forged delete is refused with nothing changed", async ({ page, browser }) => {
  const other = await browser.newContext();
  const aino = await other.newPage();
  await signInAs(aino, "aino");
  await aino.goto("/fi/wills?confirm=deleteLivingWill");
  const deleteAction = await actionIdOf(aino);
  await aino.goto("/fi/wills");
  await aino.getByRole("textbox", { name: fiDU.wills.livingWill.field, exact: true }).fill("Ainon hoitotahto, uusi.");
  await aino.getByTestId("living-will-form").getByRole("button", { name: fiDU.wills.continue }).click();
  await aino.getByTestId("living-will-review").getByRole("button", { name: fiDU.wills.livingWill.confirm }).click();
  await expect(aino.getByTestId("living-will-text")).toHaveText("Ainon hoitotahto, uusi.");

  await signInAs(page, "oona");
  expect((await page.goto("/fi/wills"))?.status()).toBe(403);
  const forged = await forgeAction(page, "/fi/wills", deleteAction, { locale: "fi" });
  expect(forged.location).toContain("error=forbidden");

  await aino.reload();
  await expect(aino.getByTestId("living-will-text")).toHaveText("Ainon hoitotahto, uusi.");
  await other.close();
});
