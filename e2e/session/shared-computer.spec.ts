// Shared-computer safety (issue 15): a library or family computer, one person after another.
// Each test runs in Finnish, Swedish and English.
import type { BrowserContext, Page } from "@playwright/test";
import fiCommon from "../../locales/fi/common.json" with { type: "json" };
import svCommon from "../../locales/sv/common.json" with { type: "json" };
import enCommon from "../../locales/en/common.json" with { type: "json" };
import { PERSONAS, persona, type PersonaKey } from "../../prisma/seed/personas";
import { E2E_BASE_URL, E2E_IDP_PORT, E2E_PORT } from "../env";
import { sql } from "../support/db";
import { expect, expectNoAxeViolations, identifyAs, setServerHooks, signInAs, test } from "../fixtures";

const LOCALES = ["fi", "sv", "en"] as const;
type Locale = (typeof LOCALES)[number];
const COMMON = { fi: fiCommon, sv: svCommon, en: enCommon } as const;
const IDP_ORIGIN = `http://localhost:${E2E_IDP_PORT}`;
const SESSION_COOKIE = "mk.session";
const MIN = 60_000;
const HOUR = 60 * MIN;

/** The next person at the computer opens the portal's front page and presses "Sign in". */
async function pressSignIn(page: Page, locale: Locale) {
  await page.goto(`/${locale}`);
  await page.locator("main button.button").first().click();
  // Either the identification service asks who you are, or (single sign-on) you are let straight in.
  await page.waitForURL(
    (url) => url.pathname.startsWith("/interaction/") || url.pathname.startsWith(`/${locale}/`),
  );
}

async function expectIdentificationAsked(page: Page) {
  await expect(page, "the identification service must ask who is signing in").toHaveURL(/\/interaction\//);
  await expect(page.locator("#method-bank-aurora")).toBeVisible();
}

/** From the identification service's method page to the portal, as `key`. */
async function identifyAndReturn(page: Page, key: PersonaKey) {
  await identifyAs(page, key);
  await page.waitForURL((url) => url.origin !== IDP_ORIGIN);
}

async function expectSignedInAs(page: Page, locale: Locale, key: PersonaKey) {
  await expect(page).toHaveURL(new RegExp(`/${locale}/overview`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(persona(key).firstNames.split(" ")[0]!);
}

async function expectSignedOut(page: Page, locale: Locale) {
  await page.goto(`/${locale}/overview`);
  await expect(page).not.toHaveURL(/\/overview/);
}

/** Signs out on the server only: the browser never reaches the identification service. */
async function signOutWithoutIdp(page: Page, locale: Locale) {
  const response = await page.request.post("/api/session/signout", {
    form: { locale },
    headers: { origin: E2E_BASE_URL },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(303);
}

async function activeSessionOf(key: PersonaKey) {
  const { rows } = await sql(
    `SELECT "id", "createdAt" FROM "PortalSession" WHERE "personId" = $1 AND "endedAt" IS NULL ORDER BY "createdAt" DESC LIMIT 1`,
    [persona(key).id],
  );
  expect(rows.length).toBe(1);
  return rows[0] as { id: string; createdAt: Date };
}

/** The session began `ago` ms before now (the database's clock), and was used just now. */
async function backdateSession(id: string, agoMs: number) {
  await sql(
    `UPDATE "PortalSession" SET "createdAt" = now() - ($2::bigint * interval '1 millisecond'), "lastActivityAt" = now() WHERE "id" = $1`,
    [id, agoMs],
  );
}

async function timeoutArmed(page: Page) {
  await expect(page.locator("form[data-timeout-armed]")).toHaveCount(1);
}

/** Moves the server's clock and the browser's clock forward together. */
async function advanceTo(page: Page, ms: number, from: { ms: number }) {
  await setServerHooks(page, { clockOffsetMs: Math.round(ms) });
  await page.clock.fastForward(Math.round(ms - from.ms));
  from.ms = Math.round(ms);
}

// ---------------------------------------------------------------------------------------------
// The URL recorder: every URL the browser asks for or is sent to, portal and identification
// service alike, and what in them would identify a person or carry a token.

function recordUrls(context: BrowserContext, page: Page): string[] {
  const urls: string[] = [];
  page.on("framenavigated", (f) => urls.push(f.url()));
  context.on("request", (r) => urls.push(r.url())); // every redirect hop is a request of its own
  context.on("response", (r) => {
    const location = r.headers()["location"];
    if (location) urls.push(new URL(location, r.url()).href);
  });
  context.on("page", (p) => p.on("framenavigated", (f) => urls.push(f.url())));
  return urls;
}

function decoded(url: string): string {
  let out = url.replace(/\+/g, " ");
  for (let i = 0; i < 3; i++) {
    try {
      const next = decodeURIComponent(out);
      if (next === out) break;
      out = next;
    } catch {
      break;
    }
  }
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const word = (s: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(s)}(?![\\p{L}\\p{N}])`, "u");
const FORBIDDEN: { what: string; pattern: RegExp }[] = [
  ...PERSONAS.map((p) => ({ what: `henkilötunnus of ${p.key}`, pattern: new RegExp(escape(p.hetu), "i") })),
  { what: "a henkilötunnus", pattern: /(?<![0-9A-Za-z])\d{6}[-+A-FU-Y]\d{3}[0-9A-Y](?![0-9A-Za-z])/ },
  ...[...new Set(PERSONAS.flatMap((p) => [...p.firstNames.split(" "), p.lastName]))].map((name) => ({
    what: `the name ${name}`,
    pattern: word(name),
  })),
  { what: "a JWT", pattern: /eyJ[\w-]*\.[\w-]+\./ },
  { what: "a token parameter", pattern: /id_token_hint|id_token=|access_token|refresh_token/i },
];

function personalDataIn(urls: string[]): string[] {
  return [...new Set(urls)].flatMap((url) => {
    const text = decoded(url);
    return FORBIDDEN.filter((f) => f.pattern.test(text)).map((f) => `${f.what}: ${url}`);
  });
}

for (const locale of LOCALES) {
  const t = COMMON[locale];

  test.describe(`shared computer (${locale})`, () => {
    test(`S-4 S-1 (${locale}): after "Sign out", the next "Sign in" asks for identification again even if the identification service's question is left unanswered`, async ({
      page,
    }) => {
      await signInAs(page, "aino", locale);
      await page.getByRole("button", { name: t.header.signOut }).first().click();
      // If the identification service asks whether to end its own session too, the person walks away.
      await page.waitForURL(
        (url) => url.pathname.startsWith("/session/end") || url.pathname.endsWith("/signed-out"),
      );
      await pressSignIn(page, locale);
      await expectIdentificationAsked(page);
      await identifyAndReturn(page, "bengt");
      await expectSignedInAs(page, locale, "bengt");
    });

    test(`S-4 S-1 (${locale}): identification is asked again even when the identification service's session lives on after the portal's sign-out`, async ({
      page,
    }) => {
      await signInAs(page, "aino", locale);
      await signOutWithoutIdp(page, locale);
      await expectSignedOut(page, locale);
      await pressSignIn(page, locale);
      await expectIdentificationAsked(page);
      await identifyAndReturn(page, "helmi");
      await expectSignedInAs(page, locale, "helmi");
    });

    test(`S-2 S-1 (${locale}): after an idle time-out, "Sign in" asks for identification again`, async ({
      page,
    }) => {
      await signInAs(page, "aino", locale);
      await setServerHooks(page, { clockOffsetMs: 31 * MIN });
      await page.goto(`/${locale}/overview`);
      await expect(page).toHaveURL(new RegExp(`/${locale}/signed-out\\?reason=timeout`));
      await setServerHooks(page, { clockOffsetMs: 0 });
      await pressSignIn(page, locale);
      await expectIdentificationAsked(page);
    });

    test(`S-1 (${locale}): the next person cannot skip identification by removing prompt=login from the request to the identification service`, async ({
      page,
    }) => {
      await signInAs(page, "aino", locale);
      await signOutWithoutIdp(page, locale);
      await page.waitForTimeout(3000); // the next person sits down (auth_time has a 1-second grain)
      // The identification service's session of the previous person is still alive; ask it for
      // single sign-on by editing the authorization request.
      await page.route(`${IDP_ORIGIN}/auth?*`, (route) => {
        const url = new URL(route.request().url());
        url.searchParams.delete("prompt");
        url.searchParams.delete("max_age");
        return route.continue({ url: url.toString() });
      });
      await pressSignIn(page, locale);
      await page.waitForURL((url) => url.origin === E2E_BASE_URL && !url.pathname.startsWith("/api/"));
      await expect(page).not.toHaveURL(/\/overview/);
      await expectSignedOut(page, locale);
    });

    test(`S-2 S-4 (${locale}): no henkilötunnus, name or token in any URL through sign-in, browsing, acting for a child, sign-out and an idle time-out`, async ({
      page,
      context,
    }) => {
      const urls = recordUrls(context, page);
      await page.clock.install();
      await signInAs(page, "matti", locale);
      for (const section of ["prescriptions", "health", "social", "data-use"])
        await page.goto(`/${locale}/${section}`);
      await page.goto(`/${locale}/overview`);
      await page
        .getByTestId(`act-for-${persona("eetu").id}`)
        .getByRole("button")
        .click();
      await page.waitForURL(/\/overview\?switch=/);
      await expect(page.getByTestId("subject-name")).toContainText(persona("eetu").firstNames.split(" ")[0]!);
      for (const section of ["prescriptions", "health"]) await page.goto(`/${locale}/${section}`);
      await page.getByRole("button", { name: t.header.backToOwn }).click();
      await expect(page.getByTestId("subject-name")).toHaveCount(0);

      await page.getByRole("button", { name: t.header.signOut }).first().click();
      await page.waitForURL(
        (url) => url.pathname.startsWith("/session/end") || url.pathname.endsWith("/signed-out"),
      );
      if (new URL(page.url()).pathname.startsWith("/session/end")) {
        await page.locator("button[name=logout][value=yes]").click(); // today's question: answer it to go on
        await page.waitForURL(/\/signed-out/);
      }

      // The next person signs in and then leaves the computer idle.
      await pressSignIn(page, locale);
      if (new URL(page.url()).pathname.startsWith("/interaction/")) await identifyAndReturn(page, "aino");
      await timeoutArmed(page);
      const elapsed = { ms: 0 };
      await advanceTo(page, 25.1 * MIN, elapsed);
      await page.clock.runFor(2000);
      await advanceTo(page, 30.1 * MIN, elapsed);
      await page.clock.runFor(2000);
      // The time-out leaves through the identification service and back: poll the address rather
      // than wait for one navigation event, which the hop can abort.
      await expect(page).toHaveURL(/\/signed-out/, { timeout: 15_000 });
      await expect(page.getByRole("status")).toHaveText(t.signedOut.timeout);

      expect(urls.some((u) => u.startsWith(`${IDP_ORIGIN}/interaction/`))).toBe(true); // both services were recorded
      expect(personalDataIn(urls)).toEqual([]);
    });

    test(`S-2 (${locale}): a session ends 12 hours after sign-in even while it is in use`, async ({
      page,
    }) => {
      await signInAs(page, "aino", locale);
      const session = await activeSessionOf("aino");
      await backdateSession(session.id, 11 * HOUR + 50 * MIN);
      await page.goto(`/${locale}/prescriptions`);
      await expect(page).toHaveURL(new RegExp(`/${locale}/prescriptions`)); // still within 12 hours
      await backdateSession(session.id, 12 * HOUR + MIN);
      await page.goto(`/${locale}/overview`);
      await expect(page).toHaveURL(new RegExp(`/${locale}/signed-out`));
      await expectSignedOut(page, locale);
      const { rows } = await sql(`SELECT "endedAt" FROM "PortalSession" WHERE "id" = $1`, [session.id]);
      expect(rows[0].endedAt).not.toBeNull();
    });

    test(`S-2 (${locale}): the user is warned before the 12-hour end, and "Continue" cannot extend past it`, async ({
      page,
    }) => {
      await page.clock.install();
      await signInAs(page, "aino", locale);
      const session = await activeSessionOf("aino");
      await backdateSession(session.id, 12 * HOUR - 6 * MIN); // the absolute end is 6 minutes away
      await page.reload();
      await timeoutArmed(page);
      const elapsed = { ms: 0 };
      await advanceTo(page, 0.5 * MIN, elapsed);
      await page.clock.runFor(2000);
      const warning = page.getByRole("alertdialog", { name: t.timeout.lifetimeTitle });
      await expect(warning).toBeHidden();

      await advanceTo(page, 1.5 * MIN, elapsed);
      await page.clock.runFor(2000);
      await expect(warning).toBeVisible();
      await expect(warning).toContainText(t.timeout.lifetimeBody.split("{{")[0]!.trim());
      await expect(warning.getByRole("button", { name: t.timeout.continue })).toHaveCount(0);
      await expect(warning.getByRole("button", { name: t.timeout.acknowledge })).toBeFocused();
      await expectNoAxeViolations(page);

      // The server will not move the end either.
      const { rows } = await sql(`SELECT "createdAt" FROM "PortalSession" WHERE "id" = $1`, [session.id]);
      const absoluteEnd = new Date(rows[0].createdAt).getTime() + 12 * HOUR;
      const extended = await (
        await page.request.post("/api/session/extend", { headers: { origin: E2E_BASE_URL } })
      ).json();
      expect(extended.active).toBe(true);
      expect(Date.parse(extended.expiresAt)).toBeLessThanOrEqual(absoluteEnd);

      await warning.getByRole("button", { name: t.timeout.acknowledge }).click();
      await expect(warning).toBeHidden();
      await advanceTo(page, 3 * MIN, elapsed);
      await page.clock.runFor(2000);
      await expect(warning).toBeHidden(); // acknowledged: it does not come back every second

      await advanceTo(page, 6.1 * MIN, elapsed);
      await page.clock.runFor(2000);
      await page.waitForURL(/\/signed-out/);
      await expect(page.getByRole("status")).toHaveText(t.signedOut.expired);
      await setServerHooks(page, { clockOffsetMs: 0 });
      await expectSignedOut(page, locale);
    });

    test(`S-2 (${locale}): /api/auth/session does not re-issue the session cookie, and the cookie lasts no longer than 12 hours`, async ({
      page,
      context,
    }) => {
      await signInAs(page, "aino", locale);
      const cookie = async () => (await context.cookies()).find((c) => c.name === SESSION_COOKIE);
      const before = await cookie();
      expect(before).toBeDefined();
      expect(before!.expires * 1000).toBeLessThanOrEqual(Date.now() + 12 * HOUR + MIN);

      await page.waitForTimeout(1100); // a re-issued cookie would carry a later expiry
      const get = await page.request.get("/api/auth/session");
      expect(
        get
          .headersArray()
          .filter((h) => h.name.toLowerCase() === "set-cookie" && h.value.includes(SESSION_COOKIE)),
      ).toEqual([]);
      const { csrfToken } = await (await page.request.get("/api/auth/csrf")).json();
      const post = await page.request.post("/api/auth/session", {
        form: { csrfToken, data: "{}" },
        headers: { origin: E2E_BASE_URL },
      });
      expect(
        post
          .headersArray()
          .filter((h) => h.name.toLowerCase() === "set-cookie" && h.value.includes(SESSION_COOKIE)),
      ).toEqual([]);
      expect((await cookie())!.expires).toBe(before!.expires);
      await page.goto(`/${locale}/overview`);
      await expect(page).toHaveURL(new RegExp(`/${locale}/overview`)); // still signed in
    });

    test(`S-1 (${locale}): after sign-in the portal redirects only to its own pages, whatever callbackUrl is crafted`, async ({
      page,
    }) => {
      const crafted = [
        `http://localhost:${E2E_PORT}@evil.example/x`,
        `http://localhost:${E2E_PORT}.evil.example/x`,
        "//evil.example",
        "/\\evil.example",
        "/\\/evil.example",
        "https://evil.example/x",
        "javascript:alert(1)",
      ];
      for (const value of crafted) {
        const response = await page.request.get(`/api/auth/signin?callbackUrl=${encodeURIComponent(value)}`, {
          maxRedirects: 0,
        });
        const location = new URL(response.headers()["location"]!, E2E_BASE_URL);
        const callbackUrl = location.searchParams.get("callbackUrl") ?? "";
        expect(new URL(callbackUrl, E2E_BASE_URL).origin, value).toBe(E2E_BASE_URL);
        expect(new URL(callbackUrl, E2E_BASE_URL).href.startsWith(`${E2E_BASE_URL}/`), value).toBe(true);
        expect(callbackUrl, value).not.toContain("evil");
      }

      // The whole flow, as a crafted link would drive it.
      await page.route(/evil\.example/, (route) =>
        route.fulfill({ status: 200, contentType: "text/html", body: "<title>evil</title>" }),
      );
      await page.goto(`/${locale}`);
      const { url } = await page.evaluate(async (callbackUrl) => {
        const { csrfToken } = await (await fetch("/api/auth/csrf")).json();
        const response = await fetch("/api/auth/signin/suomifi", {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded", "X-Auth-Return-Redirect": "1" },
          body: new URLSearchParams({ csrfToken, callbackUrl, json: "true" }),
        });
        return (await response.json()) as { url: string };
      }, crafted[0]!);
      await page.goto(url);
      await identifyAndReturn(page, "aino");
      expect(new URL(page.url()).origin).toBe(E2E_BASE_URL);
      await expect(page).not.toHaveTitle("evil");
    });
  });
}
