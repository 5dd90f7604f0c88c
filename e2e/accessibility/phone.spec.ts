// Phone-first: every section page offered to each role, at 360 × 740 and 390 × 844. Nothing scrolls
// sideways (WCAG 1.4.10), the header and the section menu leave at least three quarters of the first
// screen to the page, chart text is at least 12 CSS px, and axe finds nothing.
import type { Page } from "@playwright/test";
import { persona, type PersonaKey } from "../../prisma/seed/personas";
import { actFor, expect, expectNoAxeViolations, signInAs, test } from "../fixtures";

type Case = { role: string; who: PersonaKey; actFor?: PersonaKey; locale: "fi" | "sv" | "en"; viewport: { width: number; height: number } };

const PHONE_S = { width: 360, height: 740 };
const PHONE_M = { width: 390, height: 844 };

const CASES: Case[] = [
  { role: "adult", who: "aino", locale: "fi", viewport: PHONE_S },
  { role: "minor", who: "oona", locale: "sv", viewport: PHONE_M },
  { role: "guardian", who: "matti", actFor: "ella", locale: "en", viewport: PHONE_S },
  { role: "informationRight", who: "riikka", actFor: "eetu", locale: "fi", viewport: PHONE_M },
  { role: "mandate", who: "mikko", actFor: "toivo", locale: "sv", viewport: PHONE_S },
];

async function layoutOf(page: Page) {
  return page.evaluate(() => {
    const height = (selector: string) => document.querySelector(selector)?.getBoundingClientRect().height ?? 0;
    const chartTexts = [...document.querySelectorAll("figure svg text")].map((t) => parseFloat(getComputedStyle(t).fontSize));
    return {
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      innerHeight: window.innerHeight,
      chrome: height(".site-header") + height(".site-nav"),
      smallestChartText: chartTexts.length ? Math.min(...chartTexts) : null,
    };
  });
}

for (const c of CASES) {
  test(`phone ${c.viewport.width}×${c.viewport.height}: every page offered to ${c.role} (${c.who}${c.actFor ? ` → ${c.actFor}` : ""}, ${c.locale}) fits the screen`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    await page.setViewportSize(c.viewport);
    await signInAs(page, c.who, c.locale);
    if (c.actFor) {
      await actFor(page, c.actFor);
      await expect(page.getByTestId("subject-name")).toContainText(persona(c.actFor).lastName);
    }
    await page.goto(`/${c.locale}/overview`);
    // On a phone the sections sit behind the menu button, which names the current section.
    const menu = page.locator(".nav-menu summary");
    await expect(menu).toBeVisible();
    await expect(page.locator(".nav-row")).toBeHidden();
    const hrefs = await page.locator(".nav-menu a").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    expect(hrefs.length).toBeGreaterThan(3);
    for (const href of hrefs) {
      const response = await page.goto(href);
      expect(response?.status(), href).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const layout = await layoutOf(page);
      expect(layout.scrollWidth, `${href} scrolls sideways`).toBeLessThanOrEqual(layout.innerWidth);
      expect(layout.chrome, `${href}: header and menu`).toBeLessThanOrEqual(layout.innerHeight / 4);
      if (layout.smallestChartText !== null) expect(layout.smallestChartText, href).toBeGreaterThanOrEqual(12);
      await expectNoAxeViolations(page);
    }
    // The menu opens with the keyboard and lists the sections with the current one marked.
    await page.goto(hrefs[1]!);
    await menu.focus();
    await page.keyboard.press("Enter");
    await expect(page.locator(".nav-menu a[aria-current=page]")).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test("loading feedback: a slow section shows the progress bar until the page arrives", async ({ page }) => {
  await page.setViewportSize(PHONE_M);
  await signInAs(page, "aino");
  await page.goto("/fi/overview");
  // Hold the next page's response back a moment so the bar can be seen.
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route("**/fi/prescriptions**", async (route) => {
    await held;
    await route.continue();
  });
  await page.locator(".nav-menu summary").click();
  await page.locator(".nav-menu a[href='/fi/prescriptions']").click();
  await expect(page.getByTestId("navigation-progress")).toHaveAttribute("data-busy", "");
  release();
  await page.waitForURL(/\/fi\/prescriptions$/);
  await expect(page.getByTestId("navigation-progress")).not.toHaveAttribute("data-busy", "");
});
