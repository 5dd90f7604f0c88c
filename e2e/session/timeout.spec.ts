import type { Page } from "@playwright/test";
import { expect, fi, setServerHooks, signInAs, test } from "../fixtures";

const MIN = 60_000;

/** The warning has read the clock on the client (after hydration); moving the clock before would skew it. */
async function timeoutArmed(page: Page) {
  await expect(page.locator("form[data-timeout-armed]")).toHaveCount(1);
}

/** Moves the server's clock and the browser's clock forward together. */
async function advanceTo(page: Page, minutes: number, from: { ms: number }) {
  const target = minutes * MIN;
  await setServerHooks(page, { clockOffsetMs: target });
  await page.clock.fastForward(target - from.ms);
  from.ms = target;
}

function warning(page: Page) {
  return page.getByRole("alertdialog", { name: fi.common.timeout.title });
}

test("S-2: no warning at 24 min, warning at 25 min, Continue keeps the user signed in past 30 min", async ({ page }) => {
  await page.clock.install();
  await signInAs(page, "aino");
  await timeoutArmed(page);
  const elapsed = { ms: 0 };

  await advanceTo(page, 24, elapsed);
  await page.clock.runFor(2000);
  await expect(warning(page)).toBeHidden();

  await advanceTo(page, 25.1, elapsed);
  await page.clock.runFor(2000);
  await expect(warning(page)).toBeVisible();
  // Focus moves into the dialog, onto "Continue", so a keyboard user can answer at once.
  await expect(page.getByRole("button", { name: fi.common.timeout.continue })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(warning(page)).toBeHidden();

  await advanceTo(page, 31, elapsed);
  await page.clock.runFor(2000);
  await expect(warning(page)).toBeHidden();
  await page.reload();
  await expect(page).toHaveURL(/\/fi\/overview/);
});

test("S-2: doing nothing signs the user out at 30 min and lands on the signed-out page", async ({ page }) => {
  await page.clock.install();
  await signInAs(page, "aino");
  await timeoutArmed(page);
  const elapsed = { ms: 0 };
  await advanceTo(page, 25.1, elapsed);
  await page.clock.runFor(2000);
  await expect(warning(page)).toBeVisible();
  await advanceTo(page, 30.1, elapsed);
  await page.clock.runFor(2000);
  // Through the identification service, which ends its session too and returns the reason as state.
  await page.waitForURL(/\/fi\/signed-out\?state=timeout/);
  await expect(page.getByRole("status")).toHaveText(fi.common.signedOut.timeout);
});

test("S-2: the server refuses a request after 30 idle minutes even if the browser never warned", async ({ page }) => {
  await signInAs(page, "aino");
  await setServerHooks(page, { clockOffsetMs: 31 * MIN });
  await page.goto("/fi/overview");
  await expect(page).toHaveURL(/\/fi\/signed-out\?reason=timeout/);
  await setServerHooks(page, { clockOffsetMs: 0 });
  await page.goto("/fi/overview");
  await expect(page).toHaveURL(/\/fi\/signed-out\?reason=timeout/); // the ended session stays ended
});

test("S-2: background status checks do not count as activity", async ({ page }) => {
  await signInAs(page, "aino");
  await setServerHooks(page, { clockOffsetMs: 20 * MIN });
  const status = await (await page.request.get("/api/session/status")).json();
  await setServerHooks(page, { clockOffsetMs: 31 * MIN });
  const later = await (await page.request.get("/api/session/status")).json();
  expect(status.active).toBe(true);
  expect(later.active).toBe(false);
});

test("S-2: tabs agree — continuing in one tab closes the warning in the other", async ({ context, page }) => {
  await context.clock.install();
  await signInAs(page, "aino");
  const other = await context.newPage();
  await other.goto("/fi/overview");
  await timeoutArmed(page);
  await timeoutArmed(other);
  const elapsed = { ms: 0 };
  await advanceTo(page, 25.1, elapsed);
  await page.clock.runFor(2000);
  await expect(warning(page)).toBeVisible();
  await expect(warning(other)).toBeVisible();
  await page.getByRole("button", { name: fi.common.timeout.continue }).click();
  await expect(warning(page)).toBeHidden();
  await expect(warning(other)).toBeHidden();
});
