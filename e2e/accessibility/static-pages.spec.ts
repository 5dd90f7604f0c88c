// The accessibility statement (a static page built at build time) and the page for URLs that match
// no route: reachable, translated, accessible, and served as built, with a script-free CSP.
import { E2E_BUILD_SETTINGS } from "../env";
import { expect, expectNoAxeViolations, signInAs, test } from "../fixtures";
import en from "../../locales/en/common.json" with { type: "json" };
import fi from "../../locales/fi/common.json" with { type: "json" };
import sv from "../../locales/sv/common.json" with { type: "json" };

const STRINGS = { fi, sv, en } as const;

test("accessibility statement: linked from the footer before and after sign-in, in fi, sv and en, with no axe violations", async ({
  page,
}) => {
  await page.goto("/fi");
  await page.getByRole("contentinfo").getByRole("link", { name: fi.footer.accessibility }).click();
  await expect(page).toHaveURL(/\/fi\/accessibility$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(fi.accessibilityStatement.title);

  for (const locale of ["fi", "sv", "en"] as const) {
    const s = STRINGS[locale].accessibilityStatement;
    await page.goto(`/${locale}/accessibility`);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(s.title);
    await expect(page.getByRole("heading", { level: 2, name: s.gapsTitle })).toBeVisible();
    await expect(page.getByRole("link", { name: s.supervisionLink })).toHaveAttribute(
      "href",
      /saavutettavuusvaatimukset\.fi/,
    );
    // The feedback address is the one the build was made with (ACCESSIBILITY_FEEDBACK_EMAIL).
    const email = E2E_BUILD_SETTINGS.ACCESSIBILITY_FEEDBACK_EMAIL;
    await expect(page.getByRole("link", { name: email })).toHaveAttribute("href", `mailto:${email}`);
    await expectNoAxeViolations(page);
  }

  await signInAs(page, "aino", "sv");
  await page.getByRole("contentinfo").getByRole("link", { name: sv.footer.accessibility }).click();
  await expect(page).toHaveURL(/\/sv\/accessibility$/);
  // The language switch works without script: plain links to the same page.
  await page.getByRole("link", { name: "In English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(en.accessibilityStatement.title);
});

test("accessibility statement is served as built: prerendered, script-free CSP, no cookie", async ({
  page,
}) => {
  const response = await page.request.get("/en/accessibility");
  expect(response.status()).toBe(200);
  const h = response.headers();
  expect(h["x-nextjs-prerender"]).toBeTruthy();
  const scriptSrc = (h["content-security-policy"] ?? "")
    .split(";")
    .find((d) => d.trim().startsWith("script-src"));
  expect(scriptSrc?.trim()).toBe("script-src 'none'");
  expect(h["set-cookie"]).toBeUndefined();
  // The same bytes for everyone: two responses are identical (no nonce, no per-request content).
  const again = await page.request.get("/en/accessibility");
  expect(await again.text()).toBe(await response.text());
});

test("a URL that matches no route answers 404 with a page in Finnish, Swedish and English", async ({
  page,
}) => {
  const response = await page.goto("/sv/no-such-page");
  expect(response?.status()).toBe(404);
  for (const locale of ["fi", "sv", "en"] as const) {
    const part = page.locator(`section[lang="${locale}"]`);
    await expect(part.getByRole("heading", { level: 1 })).toHaveText(STRINGS[locale].errors.notFoundTitle);
    await expect(part.getByRole("link", { name: STRINGS[locale].errors.toFrontPage })).toHaveAttribute(
      "href",
      `/${locale}`,
    );
  }
  await expect(page).toHaveTitle([fi, sv, en].map((s) => s.errors.notFoundTitle).join(" – "));
  await expectNoAxeViolations(page);
  await page.locator('section[lang="en"]').getByRole("link").click();
  await expect(page).toHaveURL(/\/en$/);
});
