import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import fiDataUse from "../../locales/fi/dataUse.json" with { type: "json" };
import svDataUse from "../../locales/sv/dataUse.json" with { type: "json" };
import { expect } from "../fixtures";

export const fiDU = fiDataUse;
export const svDU = svDataUse;
export { randomUUID };

/** The id of the server action a rendered (progressively enhanced) form in the page's main content posts to. */
export async function actionIdOf(page: Page, form = page.locator("main form").filter({ has: page.locator('input[name^="$ACTION_ID_"]') }).first()) {
  const name = await form.locator('input[name^="$ACTION_ID_"]').first().getAttribute("name");
  expect(name).toBeTruthy();
  return name!.slice("$ACTION_ID_".length);
}

/**
 * A forged request: posts straight to a server action, as a form without JavaScript would, with
 * whatever fields the attacker likes. Returns where the action sent the browser.
 */
export async function forgeAction(page: Page, path: string, actionId: string, fields: Record<string, string>) {
  const response = await page.request.post(path, {
    multipart: { [`$ACTION_ID_${actionId}`]: "", ...fields },
    maxRedirects: 0,
    headers: { Origin: new URL(page.url()).origin },
  });
  return { status: response.status(), location: response.headers()["location"] ?? "", body: await response.text() };
}

/** Back to one's own data through the header button. */
export async function backToOwn(page: Page, label: string) {
  await page.getByRole("button", { name: label }).click();
  await page.waitForURL(/\/overview$/);
}
