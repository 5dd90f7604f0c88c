// Issue 16: the mock identification service speaks the language the portal sent the user in, the
// persona descriptions included, and both services answer /favicon.ico with an icon.
import enIdp from "../../locales/en/idp.json" with { type: "json" };
import fiIdp from "../../locales/fi/idp.json" with { type: "json" };
import svIdp from "../../locales/sv/idp.json" with { type: "json" };
import { PERSONAS } from "../../prisma/seed/personas";
import { E2E_IDP_PORT } from "../env";
import { expect, expectNoAxeViolations, signInAs, test } from "../fixtures";

type Tree = { [key: string]: string | Tree };
const IDP_MESSAGES = { fi: fiIdp, sv: svIdp, en: enIdp } as const;

/** The description of a persona in one language, as the locale file has it (undefined if missing). */
function description(lang: keyof typeof IDP_MESSAGES, key: string): string | undefined {
  const personas = (IDP_MESSAGES[lang] as Tree).personas;
  return typeof personas === "object" ? (personas[key] as string | undefined) : undefined;
}

for (const locale of ["fi", "sv", "en"] as const) {
  test(`${locale}: the identification service's persona page describes every persona in ${locale}`, async ({ page }) => {
    await page.goto(`/${locale}`);
    await page.locator("main button.button").first().click();
    await page.waitForURL(/\/interaction\//);
    await page.locator("#method-bank-aurora").check();
    await page.locator("form:has(#method-bank-aurora) button[type=submit]").click();
    await page.waitForURL(/\/identify\?/);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);

    const shown = await page.locator("fieldset.personas .choice").evaluateAll((choices) =>
      choices.map((choice) => {
        const hint = choice.querySelector(".hint");
        return {
          id: choice.querySelector("input")?.id,
          text: hint?.textContent,
          // A description in the page's language inherits the page's lang; no lang="en" island.
          lang: hint?.getAttribute("lang") ?? null,
        };
      }),
    );
    expect(shown).toEqual(
      PERSONAS.map((p) => ({ id: `persona-${p.key}`, text: description(locale, p.key), lang: null })),
    );
    if (locale !== "en") {
      for (const p of PERSONAS) expect(description(locale, p.key), p.key).not.toBe(description("en", p.key));
    }
    await expectNoAxeViolations(page);
  });
}

for (const service of ["portal", "identification service"] as const) {
  test(`/favicon.ico answers with an icon on the ${service}`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!);
    if (service === "identification service") origin.port = String(E2E_IDP_PORT);
    const response = await page.request.get(`${origin.origin}/favicon.ico`, { maxRedirects: 0 });
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/^image\//);
    expect((await response.body()).length).toBeGreaterThan(0);
  });
}

test("the portal's pages link their icons, and each answers with an image (not a locale redirect)", async ({ page }) => {
  await page.goto("/fi");
  const hrefs = await page.locator('head link[rel="icon"]').evaluateAll((links) => links.map((l) => l.getAttribute("href")!));
  expect(hrefs.map((h) => h.split("?")[0]).sort()).toEqual(["/favicon.ico", "/icon.svg"]);
  for (const href of hrefs) {
    const response = await page.request.get(href, { maxRedirects: 0 });
    expect(response.status(), href).toBe(200);
    expect(response.headers()["content-type"], href).toMatch(/^image\//);
  }
});

/** The service's name in each language, spelled one way (OmaKanta, not Omakanta). */
const SERVICE_NAME = {
  fi: { spelled: "OmaKanna", wrong: /Omakan|Oma Kan/ },
  sv: { spelled: "MittKanta", wrong: /Mittkan|Mitt Kan/ },
  en: { spelled: "My Kanta", wrong: /MyKanta|My kanta/ },
} as const;

for (const locale of ["fi", "sv", "en"] as const) {
  test(`${locale}: the social-welfare page spells the service's name ${SERVICE_NAME[locale].spelled}…`, async ({ page }) => {
    await signInAs(page, "aino", locale);
    await page.goto(`/${locale}/social`);
    const main = page.locator("main");
    await expect(main).toContainText(SERVICE_NAME[locale].spelled);
    expect(await main.innerText()).not.toMatch(SERVICE_NAME[locale].wrong);
  });
}
