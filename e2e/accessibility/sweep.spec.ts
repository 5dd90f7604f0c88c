// WCAG 2.1 AA over every section page, for each role; and the sections offered in the navigation
// equal what the permission matrix allows for that role, in each language. Axe runs here in one
// language per role (a different one from the phone sweep, e2e/accessibility/phone.spec.ts, which
// runs it at phone size), so every role is checked in two languages and every language is checked.
import { actFor, expect, expectNoAxeViolations, signInAs, test } from "../fixtures";
import { persona, type PersonaKey } from "../../prisma/seed/personas";
import { visibleSections } from "../../src/domain/navigation";
import { featureAccess, type Role } from "../../src/domain/permissions";
import { scopeAllowsFeature, type Scopes } from "../../src/domain/relationships";

type Case = { name: string; signIn: PersonaKey; actFor?: PersonaKey; role: Role; scopes: Scopes; kantaInfo: { any: boolean; v2: boolean } };

const BOTH = { health: true, social: true };
const CASES: (Case & { axe: "fi" | "sv" | "en" })[] = [
  { name: "adult", signIn: "aino", role: "adult", scopes: BOTH, kantaInfo: { any: true, v2: true }, axe: "sv" },
  { name: "minor", signIn: "oona", role: "minor", scopes: BOTH, kantaInfo: { any: true, v2: true }, axe: "en" },
  { name: "guardian", signIn: "matti", actFor: "eetu", role: "guardian", scopes: BOTH, kantaInfo: { any: false, v2: false }, axe: "fi" },
  { name: "informationRight", signIn: "riikka", actFor: "eetu", role: "informationRight", scopes: { health: true, social: false }, kantaInfo: { any: false, v2: false }, axe: "en" },
  { name: "mandate", signIn: "mikko", actFor: "toivo", role: "mandate", scopes: BOTH, kantaInfo: { any: true, v2: true }, axe: "fi" },
];
export const LOCALES = ["fi", "sv", "en"] as const;

for (const c of CASES) {
  test(`axe (${c.axe}) and navigation (fi, sv, en): ${c.name} (${c.signIn}${c.actFor ? ` → ${c.actFor}` : ""})`, async ({ page }) => {
    test.setTimeout(240_000);
    await signInAs(page, c.signIn);
    if (c.actFor) {
      await actFor(page, c.actFor);
      await expect(page.getByTestId("subject-name")).toContainText(persona(c.actFor).firstNames);
    }
    const ctx = { subjectHasReceivedKantaInfo: c.kantaInfo.any, subjectHasReceivedKantaInfoV2: c.kantaInfo.v2 };
    const expected = visibleSections((f) => {
      const a = featureAccess(c.role, f, ctx);
      return (a === "enabled" || a === "limited") && scopeAllowsFeature(c.scopes, f);
    }).map((s) => s.path);

    for (const locale of LOCALES) {
      await page.goto(`/${locale}/overview`);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      const offered = await page
        .locator("nav.site-nav .nav-row a")
        .evaluateAll((links) => links.map((a) => (a.getAttribute("href") ?? "").split("/")[2]));
      expect(offered, `${c.name} ${locale}`).toEqual(expected);
      for (const path of expected) {
        const response = await page.goto(`/${locale}/${path}`);
        expect(response?.status(), `${locale}/${path}`).toBe(200);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        if (locale === c.axe) await expectNoAxeViolations(page);
      }
    }
  });
}

test("keyboard: the skip link is the first stop and moves focus to the main content", async ({ page }) => {
  await signInAs(page, "aino");
  await page.goto("/fi/prescriptions");
  await page.keyboard.press("Tab");
  const skip = page.locator("a.skip-link");
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});
