// Refusals (403), unknown records (404), disturbed sections (503) and unexpected errors, each
// inside the portal frame and in Finnish, Swedish and English (issue 15, item 9).
import type { Browser, Page } from "@playwright/test";
import fiCommon from "../../locales/fi/common.json" with { type: "json" };
import svCommon from "../../locales/sv/common.json" with { type: "json" };
import enCommon from "../../locales/en/common.json" with { type: "json" };
import { persona, type PersonaKey } from "../../prisma/seed/personas";
import { actFor, expect, expectNoAxeViolations, setServerHooks, signInAs, test } from "../fixtures";
import { setServiceDisturbed } from "../support/db";

const COMMON = { fi: fiCommon, sv: svCommon, en: enCommon } as const;
type Locale = keyof typeof COMMON;
type Strings = (typeof COMMON)[Locale];

const fullName = (key: PersonaKey) => `${persona(key).firstNames} ${persona(key).lastName}`;
const fill = (text: string, values: Record<string, string> = {}) =>
  text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, k: string) => values[k] ?? "");

/** The frame: header with sign-out, the section navigation, the footer. */
async function expectFrame(page: Page, s: Strings) {
  await expect(page.getByRole("button", { name: s.header.signOut })).toBeVisible();
  await expect(page.getByRole("navigation", { name: s.nav.label })).toBeVisible();
  await expect(page.locator("footer")).toBeVisible();
}

async function expectAxeOnPhoneAndDesktop(page: Page) {
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await expectNoAxeViolations(page);
}

/** A second browser context with the same session cookie and JavaScript turned off. */
async function withoutJavaScript(browser: Browser, page: Page, baseURL: string | undefined) {
  const context = await browser.newContext({
    storageState: await page.context().storageState(),
    javaScriptEnabled: false,
    baseURL,
    locale: "fi-FI",
    timezoneId: "Europe/Helsinki",
  });
  return { noJs: await context.newPage(), close: () => context.close() };
}

test.describe("403 inside the frame", () => {
  for (const locale of ["fi", "sv", "en"] as const) {
    const s = COMMON[locale];
    test(`[${locale}] a health-only mandate (Mikko → Helmi) opening social data: 403 with the banner, sign-out, the scope reason and a working way back to own data`, async ({
      page,
    }) => {
      await signInAs(page, "mikko", locale);
      await actFor(page, "helmi");
      const response = await page.goto(`/${locale}/social`);
      expect(response?.status()).toBe(403);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(s.errors.forbiddenTitle);
      await expect(page).toHaveTitle(`${s.errors.forbiddenTitle} – ${s.app.name}`);
      await expectFrame(page, s);
      await expect(page.getByTestId("subject-name")).toHaveText(fill(s.header.showingDataOf, { name: fullName("helmi") }));
      const refusal = page.getByTestId("refusal");
      await expect(refusal.getByTestId("refusal-reason")).toHaveText(
        fill(s.forbiddenReason.scope.mandate.social, { name: fullName("helmi") }),
      );
      await expectAxeOnPhoneAndDesktop(page);
      await refusal.getByRole("button", { name: s.header.backToOwn }).click();
      await page.waitForURL(new RegExp(`/${locale}/overview$`));
      await expect(page.getByTestId("subject-name")).toHaveCount(0);
      await expect(page.getByTestId("last-use")).toBeVisible();
    });
  }

  test("[sv] a guardian (Matti → Eetu) opening the child's wellbeing data: the guardian reason", async ({ page }) => {
    const s = COMMON.sv;
    await signInAs(page, "matti", "sv");
    await actFor(page, "eetu");
    const response = await page.goto("/sv/wellbeing");
    expect(response?.status()).toBe(403);
    await expectFrame(page, s);
    await expect(page.getByTestId("refusal-reason")).toHaveText(s.forbiddenReason.matrix.guardian);
    await expect(page.getByTestId("refusal").getByRole("button", { name: s.header.backToOwn })).toBeVisible();
  });

  test("[en] an information-right holder (Riikka → Eetu) opening the renewal form: sees but cannot act", async ({ page }) => {
    const s = COMMON.en;
    await signInAs(page, "riikka", "en");
    await actFor(page, "eetu");
    const response = await page.goto("/en/prescriptions/renew");
    expect(response?.status()).toBe(403);
    await expectFrame(page, s);
    await expect(page.getByTestId("refusal-reason")).toHaveText(s.forbiddenReason.matrix.informationRight);
  });

  test("[fi] own data, a service a minor cannot use (Oona → wills): the minor reason and a link to the front page", async ({ page }) => {
    const s = COMMON.fi;
    await signInAs(page, "oona", "fi");
    const response = await page.goto("/fi/wills");
    expect(response?.status()).toBe(403);
    await expectFrame(page, s);
    await expect(page.getByTestId("refusal-reason")).toHaveText(s.forbiddenReason.matrix.minor);
    const refusal = page.getByTestId("refusal");
    await expect(refusal.getByRole("button", { name: s.header.backToOwn })).toHaveCount(0);
    await refusal.getByRole("link", { name: s.errors.backHome }).click();
    await page.waitForURL(/\/fi\/overview$/);
  });
});

test.describe("404 inside the frame", () => {
  const UNKNOWN = "00000000-0000-4000-8000-000000000000";
  for (const [locale, path] of [
    ["fi", `/fi/prescriptions/${UNKNOWN}`],
    ["sv", `/sv/health/visits/${UNKNOWN}`],
    ["en", `/en/prescriptions/${UNKNOWN}`],
  ] as const) {
    const s = COMMON[locale];
    test(`[${locale}] an unknown record id of one's own (${path.split("/")[2]}) is not found, inside the frame`, async ({ page }) => {
      await signInAs(page, "aino", locale);
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(s.errors.notFoundTitle);
      await expect(page).toHaveTitle(`${s.errors.notFoundTitle} – ${s.app.name}`);
      await expectFrame(page, s);
      await expect(page.getByTestId("not-found-reason")).toHaveText(s.errors.notFound);
      await expectAxeOnPhoneAndDesktop(page);
      await page.getByTestId("not-found").getByRole("link", { name: s.errors.backHome }).click();
      await page.waitForURL(new RegExp(`/${locale}/overview$`));
    });
  }

  for (const locale of ["fi", "sv", "en"] as const) {
    const s = COMMON[locale];
    test(`[${locale}] acting for someone (Mikko → Helmi): "not found, or not shown to you in this role", with the way back to own data`, async ({
      page,
    }) => {
      await signInAs(page, "mikko", locale);
      await actFor(page, "helmi");
      const response = await page.goto(`/${locale}/health/visits/${UNKNOWN}`);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(s.errors.notFoundTitle);
      await expect(page).toHaveTitle(`${s.errors.notFoundTitle} – ${s.app.name}`);
      await expectFrame(page, s);
      await expect(page.getByTestId("subject-name")).toBeVisible();
      await expect(page.getByTestId("not-found-reason")).toHaveText(s.errors.notFoundInRole);
      await expect(page.getByTestId("not-found").getByRole("button", { name: s.header.backToOwn })).toBeVisible();
    });
  }
});

test.describe("503 for a disturbed section, without JavaScript", () => {
  for (const [locale, service, path] of [
    ["fi", "PRESCRIPTION_CENTRE", "/fi/prescriptions"],
    ["sv", "PATIENT_DATA_REPOSITORY", "/sv/health/lab"],
    ["en", "SOCIAL_CLIENT_DATA_REPOSITORY", "/en/social"],
  ] as const) {
    const s = COMMON[locale];
    test(`[${locale}] D-1: ${service} disturbed — ${path} answers 503 with the message and what to do meanwhile, in the frame, rendered on the server`, async ({
      page,
      browser,
      baseURL,
    }) => {
      await signInAs(page, "aino", locale);
      const { noJs, close } = await withoutJavaScript(browser, page, baseURL);
      await setServiceDisturbed(service, true);
      try {
        const response = await noJs.goto(path);
        expect(response?.status()).toBe(503);
        const notice = noJs.getByTestId("service-disturbance");
        await expect(notice).toHaveAttribute("data-service", service);
        const title = fill(s.disturbance.title, { section: s.disturbance.sections[service] });
        await expect(noJs.getByRole("heading", { level: 1 })).toHaveText(title);
        await expect(noJs).toHaveTitle(`${title} – ${s.app.name}`);
        await expect(notice).toContainText(s.disturbance.alternatives[service]);
        await expectFrame(noJs, s);
        await expect(noJs).toHaveURL(new RegExp(`${path}$`));
        // The same page with JavaScript, checked by axe.
        expect((await page.goto(path))?.status()).toBe(503);
        await expectAxeOnPhoneAndDesktop(page);
      } finally {
        await setServiceDisturbed(service, false);
      }
      // Restoring brings the section back at once.
      const back = await noJs.goto(path);
      expect(back?.status()).toBe(200);
      await expect(noJs.getByTestId("service-disturbance")).toHaveCount(0);
      await close();
    });
  }
});

test("[fi] D-1 and deny by default: while the social section is disturbed, a health-only mandate still gets the 403 with its reason, not the notice", async ({
  page,
}) => {
  const s = COMMON.fi;
  await signInAs(page, "mikko", "fi");
  await actFor(page, "helmi");
  await setServiceDisturbed("SOCIAL_CLIENT_DATA_REPOSITORY", true);
  try {
    for (let i = 0; i < 2; i++) {
      // the first request may meet the proxy's copy of the flags one request old; the second never
      const response = await page.goto("/fi/social");
      expect(response?.status()).toBe(403);
      await expect(page.getByTestId("refusal-reason")).toHaveText(fill(s.forbiddenReason.scope.mandate.social, { name: fullName("helmi") }));
      await expect(page.getByTestId("service-disturbance")).toHaveCount(0);
    }
  } finally {
    await setServiceDisturbed("SOCIAL_CLIENT_DATA_REPOSITORY", false);
  }
});

test.describe("an unexpected error is not a disturbance", () => {
  for (const [locale, path] of [
    ["fi", "/fi/health"],
    ["sv", "/sv/prescriptions"],
    ["en", "/en/social"],
  ] as const) {
    const s = COMMON[locale];
    test(`[${locale}] a failing page shows the generic error page with a reference id that the server logged`, async ({ page }) => {
      await signInAs(page, "aino", locale);
      await setServerHooks(page, { failPages: true });
      const response = await page.goto(path);
      expect(response?.status()).toBe(500);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(s.errors.genericTitle);
      await expect(page).toHaveTitle(`${s.errors.genericTitle} – ${s.app.name}`);
      await expect(page.getByTestId("service-disturbance")).toHaveCount(0);
      await expectFrame(page, s);
      const reference = (await page.getByTestId("error-reference").textContent())?.trim() ?? "";
      expect(reference).toMatch(/^\S{4,}$/);
      const hooks = (await (await page.request.post("/api/test/hooks", { data: {} })).json()) as { errorLog?: string[] };
      const logged = (hooks.errorLog ?? []).filter((line) => line.includes(`ref=${reference} `) || line.endsWith(`ref=${reference}`));
      expect(logged).toHaveLength(1);
      // No personal data in the log line: no name, henkilötunnus or the person's id.
      for (const secret of [persona("aino").hetu, persona("aino").id, persona("aino").lastName]) {
        expect(logged[0]).not.toContain(secret);
      }
      await expectAxeOnPhoneAndDesktop(page);
      await setServerHooks(page, { failPages: false });
      expect((await page.goto(path))?.status()).toBe(200);
    });
  }
});
