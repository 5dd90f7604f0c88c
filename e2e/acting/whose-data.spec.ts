// Issue 15 (items 6-8): whose data is on screen, honest empty states, and whose SMS number.
// While acting for someone, every <title> and h1 names them, the banner stays in view, the front
// page's previous use is labelled as the viewer's own, every section says in general terms that some
// data may not be shown in this role, and the renewal's SMS number is shown only to its sender.
import type { Locator, Page } from "@playwright/test";
import { actFor, expect, expectNoAxeViolations, signInAs, test } from "../fixtures";
import { persona, type PersonaKey } from "../../prisma/seed/personas";
import { SEED_FACTS } from "../../prisma/seed/demo-data/facts";
import { sql } from "../support/db";
import fiCommon from "../../locales/fi/common.json" with { type: "json" };
import svCommon from "../../locales/sv/common.json" with { type: "json" };
import enCommon from "../../locales/en/common.json" with { type: "json" };
import fiRx from "../../locales/fi/prescriptions.json" with { type: "json" };
import svRx from "../../locales/sv/prescriptions.json" with { type: "json" };
import enRx from "../../locales/en/prescriptions.json" with { type: "json" };
import fiHealth from "../../locales/fi/health.json" with { type: "json" };
import svHealth from "../../locales/sv/health.json" with { type: "json" };
import enHealth from "../../locales/en/health.json" with { type: "json" };
import fiSocial from "../../locales/fi/social.json" with { type: "json" };
import svSocial from "../../locales/sv/social.json" with { type: "json" };
import enSocial from "../../locales/en/social.json" with { type: "json" };
import fiDataUse from "../../locales/fi/dataUse.json" with { type: "json" };
import svDataUse from "../../locales/sv/dataUse.json" with { type: "json" };
import enDataUse from "../../locales/en/dataUse.json" with { type: "json" };
import fiWellbeing from "../../locales/fi/wellbeing.json" with { type: "json" };
import svWellbeing from "../../locales/sv/wellbeing.json" with { type: "json" };
import enWellbeing from "../../locales/en/wellbeing.json" with { type: "json" };

const LOCALES = ["fi", "sv", "en"] as const;
type Locale = (typeof LOCALES)[number];
const S = {
  fi: { c: fiCommon, rx: fiRx, health: fiHealth, social: fiSocial, du: fiDataUse, wb: fiWellbeing },
  sv: { c: svCommon, rx: svRx, health: svHealth, social: svSocial, du: svDataUse, wb: svWellbeing },
  en: { c: enCommon, rx: enRx, health: enHealth, social: enSocial, du: enDataUse, wb: enWellbeing },
};

const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, k: string) => values[k] ?? "");
/** The name the portal uses for the person on screen in titles and headings: first given name and surname. */
const shortName = (key: PersonaKey) => `${persona(key).firstNames.split(" ")[0]} ${persona(key).lastName}`;
const fullName = (key: PersonaKey) => `${persona(key).firstNames} ${persona(key).lastName}`;
const h1 = (page: Page) => page.getByRole("heading", { level: 1 });
const banner = (page: Page, locale: Locale, key: PersonaKey) =>
  page.getByRole("region", { name: fill(S[locale].c.header.showingDataOf, { name: fullName(key) }) });

/** The section pages a guardian of Ella is offered, with the page title each one carries. */
function sectionTitles(locale: Locale): [string, string][] {
  const s = S[locale];
  return [
    ["overview", s.c.overview.title],
    ["prescriptions", s.rx.title],
    ["health", s.health.title],
    ["social", s.social.title],
    ["data-use", s.du.title],
    ["disclosures", s.du.disclosures.title],
    ["covid-certificate", s.health.covid.title],
    ["others", s.du.others.title],
  ];
}

for (const locale of LOCALES) {
  const s = S[locale];
  const app = s.c.app.name;

  test(`[${locale}] Matti → Ella: the <title> and h1 of every section name Ella`, async ({ page }) => {
    await signInAs(page, "matti", locale);
    await actFor(page, "ella");
    const ella = shortName("ella");
    for (const [path, title] of sectionTitles(locale)) {
      await page.goto(`/${locale}/${path}`);
      await expect(page, path).toHaveTitle(`${ella} – ${title} – ${app}`);
      await expect(h1(page), path).toContainText(ella);
    }
    // Pages under the sections too: a prescription, a health subpage, the social disclosures.
    const subpages = [
      `prescriptions/${SEED_FACTS.prescriptions.ella.assessedAllowed.id}`,
      "health/lab",
      "health/vaccinations",
      "social/disclosures",
      "prescriptions/print/list",
    ];
    const seen = new Set<string>();
    for (const path of subpages) {
      await page.goto(`/${locale}/${path}`);
      const title = await page.title();
      expect(title, path).toMatch(new RegExp(`^${ella} – .+ – ${app}$`));
      expect(seen.has(title), `${path}: ${title} is not unique`).toBe(false);
      seen.add(title);
      await expect(h1(page), path).toContainText(ella);
    }
  });

  test(`[${locale}] Matti → Ella: the banner stays in view at 390x844 and on a desktop, and covers no focused element`, async ({
    page,
  }) => {
    await signInAs(page, "matti", locale);
    await actFor(page, "ella");
    for (const size of [
      { width: 390, height: 844 },
      { width: 1280, height: 800 },
    ]) {
      await page.setViewportSize(size);
      await page.goto(`/${locale}/data-use`);
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await expect.poll(() => page.evaluate(() => window.scrollY), `${size.width}: the page scrolls`).toBeGreaterThan(200);
      await expect(banner(page, locale, "ella"), `${size.width}`).toBeInViewport();
      // WCAG 2.4.11: moving focus backwards through a page never leaves it under the banner.
      await page.goto(`/${locale}/prescriptions`);
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.locator("main").locator("a[href], button, input:not([type=hidden]), select").filter({ visible: true }).last().focus();
      for (let i = 0; i < 25; i++) {
        await page.keyboard.press("Shift+Tab");
        await expectFocusedNotCovered(page, `${size.width}, step ${i}`);
      }
      await expect(banner(page, locale, "ella")).toBeInViewport();
    }
    await expectNoAxeViolations(page);
  });

  test(`[${locale}] S-5: while acting, the front page labels the previous use as the viewer's own`, async ({ page }) => {
    await signInAs(page, "matti", locale);
    await actFor(page, "ella");
    await page.goto(`/${locale}/overview`);
    await expect(page.getByTestId("last-use")).toContainText(persona("matti").firstNames.split(" ")[0]!);
    await expect(page.getByTestId("last-use")).not.toContainText("Ella");
    await expectNoAxeViolations(page);
  });

  test(`[${locale}] Matti → Oona: the prescriptions page says why it is empty and offers nothing that cannot apply`, async ({
    page,
  }) => {
    await signInAs(page, "matti", locale);
    await actFor(page, "oona");
    for (const query of ["", "?filter=expired", "?filter=all&q=a"]) {
      await page.goto(`/${locale}/prescriptions${query}`);
      await expect(h1(page)).toContainText(shortName("oona"));
      const empty = page.getByTestId("rx-empty");
      await expect(empty, query).toBeVisible();
      await expect(page.getByTestId("access-note"), query).toContainText(fill(s.c.accessNote.title, { name: shortName("oona") }));
      await expect(page.getByTestId("access-note"), query).toContainText(s.c.accessNote.guardian.health);
      await expect(page.getByText(s.rx.list.emptyHint), query).toHaveCount(0);
      await expect(page.getByText(s.rx.list.showAll), query).toHaveCount(0);
      for (const action of [s.rx.actions.renew, s.rx.actions.printSummary, s.rx.actions.printOwnList])
        await expect(page.getByRole("link", { name: action, exact: true }), `${query}: ${action}`).toHaveCount(0);
      await expect(page.getByRole("radio"), query).toHaveCount(0);
      await expect(page.getByRole("search"), query).toHaveCount(0);
    }
    await expectNoAxeViolations(page);
    // Health visits: nothing from the last 12 months; the note says why there may be little to see.
    await page.goto(`/${locale}/health`);
    await expect(page.getByTestId("empty")).toBeVisible();
    await expect(page.getByTestId("access-note")).toContainText(s.c.accessNote.guardian.health);
    await expectNoAxeViolations(page);
  });

  test(`[${locale}] own pages (Aino) each have a unique, descriptive <title>`, async ({ page }) => {
    test.setTimeout(180_000);
    await signInAs(page, "aino", locale);
    const a = SEED_FACTS;
    await page.goto(`/${locale}/wellbeing`);
    const deleteHref = await page.locator("main a[href*='/measurements/'][href$='/delete']").first().getAttribute("href");
    const revokeHref = await page.goto(`/${locale}/wellbeing/apps`).then(() =>
      page.locator("main a[href$='/revoke']").first().getAttribute("href"),
    );
    await page.goto(`/${locale}/social`);
    const socialDocHref = await page.locator("main a[href*='/social/documents/']").first().getAttribute("href");
    const paths = [
      "overview",
      "prescriptions",
      `prescriptions/${a.prescriptions.aino.renewable.id}`,
      "prescriptions/renew",
      "prescriptions/print/list",
      "prescriptions/print/summary",
      "health",
      `health/visits/${a.health.aino.inpatientVisitId}`,
      "health/lab",
      `health/lab/${encodeURIComponent(a.health.aino.labSeries.testCode)}`,
      "health/imaging",
      "health/diagnoses",
      "health/risks",
      "health/vaccinations",
      "health/certificates",
      "health/disclosures",
      "social",
      "social/disclosures",
      socialDocHref!.replace(/^\/\w\w\//, ""),
      "wellbeing",
      "wellbeing/history/weight",
      "wellbeing/apps",
      revokeHref!.replace(/^\/\w\w\//, ""),
      deleteHref!.replace(/^\/\w\w\//, ""),
      "data-use",
      "wills",
      "disclosures",
      "covid-certificate",
      "covid-certificate/print",
      "others",
    ];
    const titles = new Map<string, string>();
    for (const path of paths) {
      await page.goto(`/${locale}/${path}`);
      await expect(h1(page), path).toBeVisible();
      const title = await page.title();
      expect(title, path).toMatch(new RegExp(`^.+ – ${app}$`));
      expect(title, path).not.toContain(fullName("aino"));
      expect([...titles.entries()].find(([, t]) => t === title)?.[0], `${path}: "${title}" repeats`).toBeUndefined();
      titles.set(path, title);
    }
    // The confirmation step of a change is a page of its own too (reached through its button).
    await page.goto(`/${locale}/data-use`);
    await page.getByTestId("social-permission").getByRole("button", { name: s.du.permission.giveButton }).click();
    await expect(h1(page)).toHaveText(s.du.confirm.giveSocialPermission.title);
    await expect(page).toHaveTitle(`${s.du.confirm.giveSocialPermission.title} – ${s.du.title} – ${app}`);
    expect(titles.get("prescriptions")).toBe(`${s.rx.title} – ${app}`);
    expect(titles.get("wellbeing")).toBe(`${s.wb.title} – ${app}`);
  });
}

/** The focused element's centre is not covered by anything else (the sticky banner above all). */
async function expectFocusedNotCovered(page: Page, message: string) {
  const covered = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || !el.closest("main")) return null;
    const r = el.getBoundingClientRect();
    const x = Math.min(Math.max(r.left + r.width / 2, 0), window.innerWidth - 1);
    const y = Math.min(Math.max(r.top + Math.min(r.height / 2, 8), 0), window.innerHeight - 1);
    const hit = document.elementFromPoint(x, y);
    return hit && (hit === el || el.contains(hit) || hit.contains(el)) ? null : `${el.outerHTML.slice(0, 80)} under ${hit?.outerHTML.slice(0, 80)}`;
  });
  expect(covered, message).toBeNull();
}

type AccessCase = { who: PersonaKey; whom: PersonaKey; role: "guardian" | "informationRight" | "mandate"; scope?: "health" | "both" };
const ACCESS_CASES: AccessCase[] = [
  { who: "matti", whom: "ella", role: "guardian" },
  { who: "riikka", whom: "eetu", role: "informationRight", scope: "health" },
  { who: "mikko", whom: "helmi", role: "mandate", scope: "health" },
];

for (const c of ACCESS_CASES) {
  test(`the note on data not shown appears in every section: ${c.role} (${c.who} → ${c.whom}) in fi, sv and en`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await signInAs(page, c.who);
    await actFor(page, c.whom);
    for (const locale of LOCALES) {
      const s = S[locale];
      await page.goto(`/${locale}/overview`);
      const sections = await page
        .locator("nav.site-nav .nav-row a")
        .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
      expect(sections.length).toBeGreaterThan(4);
      for (const href of sections) {
        await page.goto(href);
        const note: Locator = page.getByTestId("access-note");
        await expect(note, href).toContainText(fill(s.c.accessNote.title, { name: shortName(c.whom) }));
        if (c.role === "guardian") await expect(note, href).toContainText(s.c.accessNote.closing);
        else
          await expect(note, href).toContainText(
            fill(s.c.accessNote[c.role].scope, { scope: s.c.accessNote.scopes[c.scope!] }),
          );
      }
      await page.goto(`/${locale}/prescriptions`);
      await expectNoAxeViolations(page);
    }
    // Her own pages carry no such note.
    await page.goto("/fi/overview");
    await page.getByRole("button", { name: fiCommon.header.backToOwn }).click();
    await page.waitForURL(/\/overview/);
    await page.goto("/fi/prescriptions");
    await expect(page.getByTestId("access-note")).toHaveCount(0);
  });
}

test("V-RX-6: the SMS number of a renewal is shown to the guardian who sent it, not to the other guardian (fi, sv, en)", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const eetuRx = SEED_FACTS.prescriptions.eetu.renewable;
  // A clean slate when the spec runs again on the same database: only requests this test sent.
  await sql(`DELETE FROM "RenewalRequest" WHERE "prescriptionId" = $1 AND "idempotencyKey" IS NOT NULL`, [eetuRx.id]);
  await sql(`UPDATE "Prescription" SET status = 'VALID' WHERE id = $1 AND status = 'RENEWAL_REQUESTED'`, [eetuRx.id]);

  const matti = await (await browser.newContext()).newPage();
  await signInAs(matti, "matti");
  await actFor(matti, "eetu");
  await matti.goto(`/fi/prescriptions/renew?id=${eetuRx.id}`);
  await expect(matti.locator(`input[name=prescriptionId][value="${eetuRx.id}"]`)).toBeChecked();
  await matti.getByLabel(fiRx.renew.unit).selectOption(SEED_FACTS.careUnits.kalasatama.id);
  await matti.getByLabel(fiRx.renew.phone).fill("040 987 6543");
  await matti.getByRole("button", { name: fiRx.renew.review }).click();
  await matti.getByRole("button", { name: fiRx.renew.send }).click();
  await matti.waitForURL(/\/fi\/prescriptions\/renew\/sent\?ids=/);
  const sentPath = new URL(matti.url()).pathname.replace(/^\/fi/, "") + new URL(matti.url()).search;
  const phone = "+358 40 987 6543";

  const liisa = await (await browser.newContext()).newPage();
  await signInAs(liisa, "liisa");
  await actFor(liisa, "eetu");
  for (const locale of LOCALES) {
    const rx = S[locale].rx;
    await matti.goto(`/${locale}${sentPath}`);
    await expect(matti.getByTestId("renewal-sent")).toContainText(eetuRx.drugName);
    await expect(matti.getByTestId("renewal-sent")).toContainText(phone);
    await expect(matti.getByTestId("renewal-sent")).toContainText(rx.renew.summaryPhone);

    await liisa.goto(`/${locale}${sentPath}`);
    await expect(liisa.getByTestId("renewal-sent")).toContainText(eetuRx.drugName);
    await expect(liisa.locator("main")).not.toContainText("987 6543");
    await expect(liisa.locator("main")).not.toContainText(rx.renew.summaryPhone);
    await expectNoAxeViolations(liisa);
    await liisa.goto(`/${locale}/prescriptions/${eetuRx.id}`);
    await expect(liisa.getByTestId("rx-renewals")).toBeVisible();
    await expect(liisa.locator("main")).not.toContainText("987 6543");
  }
});

// Issue 15 item 7: on the use-of-data page the data and the rights belong to the person on screen,
// so while acting the texts name them instead of saying "your data" / "your permission".
for (const locale of LOCALES) {
  const du = S[locale].du;
  test(`[${locale}] Mikko → Toivo: the use-of-data page and its confirmation speak of Toivo's data, not "your" data`, async ({
    page,
  }) => {
    await signInAs(page, "mikko", locale);
    await actFor(page, "toivo");
    const toivo = shortName("toivo");
    await page.goto(`/${locale}/data-use`);
    const main = page.locator("main");
    await expect(page.getByTestId("health-permission")).toContainText(toivo);
    await expect(page.getByTestId("social-permission")).toContainText(toivo);
    await expect(page.locator("#kanta-info")).toContainText(toivo);
    for (const own of [du.permission.health.what, du.permission.social.what, du.kantaInfo.what])
      await expect(main, own).not.toContainText(own);
    await expectNoAxeViolations(page);

    // The confirmation step (a GET: nothing is saved until its button is pressed).
    await page.goto(`/${locale}/data-use?confirm=giveHealthPermission&validity=open`);
    await expect(page.getByTestId("confirm-body")).toContainText(toivo);
    await expect(main).not.toContainText(du.confirm.giveHealthPermission.body);
  });
}
