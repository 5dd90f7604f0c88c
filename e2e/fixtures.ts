import { test as base, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import fiCommon from "../locales/fi/common.json" with { type: "json" };
import fiIdp from "../locales/fi/idp.json" with { type: "json" };
import { persona, type PersonaKey } from "../prisma/seed/personas";
import { E2E_BASE_URL } from "./env";

export { expect };
export const fi = { common: fiCommon, idp: fiIdp };

/** S-1: the real flow — portal → identification service (method, person, confirm) → portal. */
export async function signInAs(page: Page, key: PersonaKey, locale: "fi" | "sv" | "en" = "fi") {
  await page.goto(`/${locale}`);
  await page.locator("main button.button").first().click();
  await page.waitForURL(/\/interaction\//);
  await identifyAs(page, key);
  await page.waitForURL(new RegExp(`${E2E_BASE_URL}/${locale}/overview`));
}

/** On the identification service's method page: identify as `key` and continue to the service. */
export async function identifyAs(page: Page, key: PersonaKey) {
  await page.locator("#method-bank-aurora").check();
  await page.locator("form:has(#method-bank-aurora) button[type=submit]").click();
  await page.locator(`#persona-${key}`).check();
  await page.locator("form:has(#hetu) button[type=submit]").click();
  await expect(page.locator("dl.details")).toContainText(persona(key).hetu);
  await page.locator("main form.inline").first().locator("button[type=submit]").click();
}

/** Chooses a person on the front page to act for (acting for others). */
export async function actFor(page: Page, key: PersonaKey) {
  await page.goto("/fi/overview");
  await page.getByTestId(`act-for-${persona(key).id}`).getByRole("button").click();
  await page.waitForURL(/\/overview\?switch=/);
}

/** Test hooks of the server under test (enabled by TEST_HOOKS=1 in playwright.config.ts). */
export async function setServerHooks(
  page: Page,
  hooks: { failAccessLog?: boolean; clockOffsetMs?: number; failServices?: string[]; failPages?: boolean },
) {
  const response = await page.request.post("/api/test/hooks", { data: hooks });
  expect(response.ok()).toBeTruthy();
}

/** WCAG 2.1 AA: zero axe violations on the current page. */
export async function expectNoAxeViolations(page: Page) {
  // Next streams a dynamic page's metadata: after a client-side navigation (a form's redirect) the
  // title can arrive a moment after the content. Axe checks the settled page, title included.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

export const test = base.extend<{ resetHooks: void }>({
  resetHooks: [
    async ({ page }, use) => {
      await use();
      await page.request.post("/api/test/hooks", { data: { failAccessLog: false, clockOffsetMs: 0, failServices: [], failPages: false } }).catch(() => undefined);
    },
    { auto: true },
  ],
});
