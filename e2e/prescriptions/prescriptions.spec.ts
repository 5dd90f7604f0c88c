import type { Page } from "@playwright/test";
import fiRx from "../../locales/fi/prescriptions.json" with { type: "json" };
import svRx from "../../locales/sv/prescriptions.json" with { type: "json" };
import { SEED_FACTS } from "../../prisma/seed/demo-data/facts";
import { persona } from "../../prisma/seed/personas";
import { actFor, expect, expectNoAxeViolations, fi, signInAs, test } from "../fixtures";
import { E2E_BASE_URL } from "../env";
import { renewalRequestCount } from "./db";
import { pdfText } from "./pdf-text";

const a = SEED_FACTS.prescriptions.aino;
const eetuRx = SEED_FACTS.prescriptions.eetu.renewable;
const units = SEED_FACTS.careUnits;
const today = () =>
  new Intl.DateTimeFormat("fi-FI", { dateStyle: "medium", timeZone: "Europe/Helsinki" }).format(new Date());
const row = (page: Page, id: string) => page.getByTestId(`rx-row-${id}`);

async function showFilter(
  page: Page,
  filter: "valid" | "expired" | "cancelled" | "all",
  sort: "newest" | "oldest" = "newest",
) {
  await page.getByRole("radio", { name: fiRx.filters[filter], exact: true }).check();
  await page.getByLabel(fiRx.filters.sort).selectOption(sort);
  await page.getByRole("button", { name: fiRx.filters.apply, exact: true }).click();
  await page.waitForURL(
    (url) => url.searchParams.get("filter") === filter && url.searchParams.get("sort") === sort,
  );
}

type Fields = [string, string][];

type CapturedCall = { headers: Record<string, string>; body: Buffer };

/** The server-action call the browser makes for "Send request", captured and kept from the server. */
async function captureSendCall(page: Page): Promise<CapturedCall> {
  let captured: CapturedCall | undefined;
  await page.route("**/fi/prescriptions/renew", async (route) => {
    const request = route.request();
    const body = request.postDataBuffer();
    if (request.method() === "POST" && request.headers()["next-action"] && body) {
      const keep = ["content-type", "next-action", "accept", "next-router-state-tree"];
      captured = {
        headers: Object.fromEntries(Object.entries(request.headers()).filter(([k]) => keep.includes(k))),
        body,
      };
      await route.abort();
    } else await route.continue();
  });
  await page.getByRole("button", { name: fiRx.renew.send }).click();
  await expect.poll(() => captured !== undefined).toBe(true);
  await page.unrouteAll({ behavior: "ignoreErrors" });
  return captured!;
}

/**
 * Replays a captured call, optionally for another prescription and shown for another person (ids
 * have the same length).
 */
function replay(page: Page, call: CapturedCall, fromId: string, toId: string, shownFor?: [string, string]) {
  let text = call.body.toString("latin1").split(fromId).join(toId);
  if (shownFor) text = text.split(shownFor[0]).join(shownFor[1]);
  const body = Buffer.from(text, "latin1");
  return page.request.post("/fi/prescriptions/renew", {
    headers: { ...call.headers, Origin: E2E_BASE_URL },
    data: body,
    maxRedirects: 0,
  });
}

/** The same as a plain HTML form post (no JavaScript). */
function postRenewForm(page: Page, fields: Fields, prescriptionId: string) {
  const body = Object.fromEntries([
    ...fields.filter(([k]) => k !== "prescriptionId"),
    ["prescriptionId", prescriptionId],
    ["intent", "send"],
  ]);
  return page.request.post("/fi/prescriptions/renew", {
    headers: { Origin: E2E_BASE_URL },
    multipart: body,
    maxRedirects: 0,
  });
}

async function chooseForRenewal(page: Page, id: string, unitId: string) {
  await page.goto(`/fi/prescriptions/renew?id=${id}`);
  await expect(page.locator(`input[name=prescriptionId][value="${id}"]`)).toBeChecked();
  await page.getByLabel(fiRx.renew.unit).selectOption(unitId);
}

test("V-RX-5: the list with valid / expired / cancelled filters, search and pages", async ({ page }) => {
  await signInAs(page, "aino");
  await page.goto("/fi/prescriptions");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(fiRx.title);
  await expect(row(page, a.renewable.id)).toContainText("Metformin Sandoz");
  await expect(row(page, a.renewable.id)).toContainText(fiRx.status.dispensing.partly);
  await expect(row(page, a.locked.id)).toContainText(fiRx.status.locked);
  await expect(page.getByTestId("rx-table")).not.toContainText(a.expired.drugName);
  await expect(page.getByRole("navigation", { name: fiRx.list.pagination })).toContainText("Sivu 1/2");
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: fiRx.list.next }).click();
  await expect(page.getByRole("navigation", { name: fiRx.list.pagination })).toContainText("Sivu 2/2");

  await showFilter(page, "expired");
  await expect(row(page, a.expired.id)).toContainText(fiRx.status.expired);
  await expect(page.getByTestId("rx-table")).not.toContainText(a.olderThanVisibility.drugName);

  await showFilter(page, "cancelled");
  await expect(row(page, a.cancelledCare.id)).toContainText("Mitätöity: hoidollinen syy");
  await expect(row(page, a.cancelledPatientRequest.id)).toContainText("Mitätöity: potilaan pyynnöstä");

  // The oldest valid one expires within two months (written 23 months ago).
  await showFilter(page, "valid", "oldest");
  await expect(page.getByTestId("rx-table").locator("tbody tr").first()).toHaveAttribute(
    "data-testid",
    `rx-row-${a.expiringSoon.id}`,
  );
  await expect(row(page, a.expiringSoon.id)).toContainText(fiRx.status.expiringSoon);

  await page.getByLabel(fiRx.filters.search).fill("METFORMIN");
  await page.getByRole("button", { name: fiRx.filters.apply, exact: true }).click();
  await expect(page.getByTestId("rx-count")).toHaveText("1 resepti löytyi.");

  await page.getByLabel(fiRx.filters.search).fill("ei tällaista lääkettä");
  await page.getByRole("button", { name: fiRx.filters.apply, exact: true }).click();
  await expect(page.getByTestId("rx-empty")).toContainText(fiRx.list.empty);
  await expectNoAxeViolations(page);
});

test("V-RX-4, V-RX-5, S-7: the detail with dispensings and disclosures; a hidden id is not found", async ({
  page,
}) => {
  await signInAs(page, "aino");
  await page.goto("/fi/prescriptions");
  await row(page, a.renewable.id).getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Metformin Sandoz 500 mg");
  await expect(
    page.getByText("1 tabletti 2 kertaa päivässä aamulla ja illalla aterian yhteydessä"),
  ).toHaveAttribute("lang", "fi");
  await expect(page.getByTestId("rx-dispensings").locator("tbody tr")).toHaveCount(3);
  await expect(page.getByTestId("rx-disclosures")).toContainText("Kansaneläkelaitos (Kela)");
  await expectNoAxeViolations(page);

  await page.goto(`/fi/prescriptions/${a.locked.id}`);
  await expect(page.getByText(a.locked.lockedReason)).toBeVisible();

  const hidden = await page.goto(`/fi/prescriptions/${a.olderThanVisibility.id}`);
  expect(hidden?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(fi.common.errors.notFoundTitle);
});

test("V-RX-2, V-RX-6: a renewal request is confirmed, sent and pending; a second one is refused", async ({
  page,
  context,
}) => {
  await signInAs(page, "aino");
  expect(await renewalRequestCount(a.renewable.id)).toBe(0);

  await chooseForRenewal(page, a.renewable.id, units.kalasatama.id);
  await expect(page.getByTestId("not-renewable")).toContainText(
    `${a.notDispensed.drugName} 20 mg: ${fiRx.refusal.notDispensed}`,
  );
  await expectNoAxeViolations(page);
  await page.getByLabel(fiRx.renew.phone).fill("09 123");
  await page.getByRole("button", { name: fiRx.renew.review }).click();
  await expect(page.getByText(fiRx.renew.errors.phone)).toBeVisible();
  await expect(page.getByLabel(fiRx.renew.phone)).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel(fiRx.renew.phone).fill("040 123 4567");
  await page.getByLabel(fiRx.renew.showOthers).check();
  await page.getByRole("button", { name: fiRx.renew.review }).click();
  const review = page.getByTestId("renewal-review");
  await expect(review).toContainText("Metformin Sandoz 500 mg");
  await expect(review).toContainText(units.kalasatama.name);
  await expect(review).toContainText("+358 40 123 4567");
  await expectNoAxeViolations(page);

  // A second tab prepares the same request before the first one is sent.
  const other = await context.newPage();
  await chooseForRenewal(other, a.renewable.id, units.kamppi.id);
  await other.getByRole("button", { name: fiRx.renew.review }).click();
  await expect(other.getByTestId("renewal-review")).toBeVisible();

  await page.getByRole("button", { name: fiRx.renew.send }).click();
  await page.waitForURL(/\/fi\/prescriptions\/renew\/sent\?ids=/);
  await expect(page.getByTestId("renewal-sent")).toContainText("Metformin Sandoz");
  await expect(page.getByTestId("renewal-sent")).toContainText(fiRx.renewalStatus.SENT);
  await expectNoAxeViolations(page);

  await other.getByRole("button", { name: fiRx.renew.send }).click();
  await expect(other.getByTestId("renewal-error")).toContainText(
    "Lääkkeen Metformin Sandoz uusimispyyntö odottaa jo käsittelyä",
  );
  expect(await renewalRequestCount(a.renewable.id)).toBe(1);

  await page.goto(`/fi/prescriptions/${a.renewable.id}`);
  await expect(page.getByTestId("rx-renewals").locator("li")).toHaveCount(1);
  await expect(page.getByTestId("rx-status")).toContainText(fiRx.renewalStatus.SENT);
  await expect(page.getByTestId("rx-renew-link")).toHaveCount(0);
  await page.goto("/fi/prescriptions/renew");
  await expect(page.getByTestId("not-renewable")).toContainText(
    `Metformin Sandoz 500 mg: ${fiRx.refusal.pending}`,
  );
});

test("an information-right holder sees no renewal; a forged renewal POST is refused with 403 and changes nothing", async ({
  page,
}) => {
  await signInAs(page, "riikka");
  // Her own renewal form, as a template for the forged requests: the call "Send" makes, kept from
  // the server, and the same form as a plain HTML post.
  await page.goto("/fi/prescriptions/renew");
  const form = page.getByTestId("renewal-form");
  await form.locator("input[name=prescriptionId]").first().check();
  await page.getByLabel(fiRx.renew.unit).selectOption(units.kalasatama.id);
  const fields = await form.evaluate((f: HTMLFormElement) =>
    [...new FormData(f).entries()].map(([k, v]) => [k, String(v)] as [string, string]),
  );
  const ownId = fields.find(([k]) => k === "prescriptionId")![1];
  await page.getByRole("button", { name: fiRx.renew.review }).click();
  const call = await captureSendCall(page);
  expect(await renewalRequestCount(ownId)).toBe(0);

  await actFor(page, "eetu");
  await page.goto("/fi/prescriptions");
  await expect(page.getByRole("link", { name: fiRx.actions.renew })).toHaveCount(0);
  await expect(page.getByRole("link", { name: fiRx.actions.printSummary })).toHaveCount(0);
  await expect(row(page, eetuRx.id)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto(`/fi/prescriptions/${eetuRx.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(eetuRx.drugName);
  await expect(page.getByTestId("rx-renew-link")).toHaveCount(0);
  await expectNoAxeViolations(page);

  const renewPage = await page.goto("/fi/prescriptions/renew");
  expect(renewPage?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(fi.common.errors.forbiddenTitle);

  const before = await renewalRequestCount(eetuRx.id);
  // Replayed as it was (shown for Riikka herself): a stale form, refused before anything else.
  const stale = await replay(page, call, ownId, eetuRx.id);
  expect(stale.headers()["x-action-redirect"]).toContain("/fi/overview?error=subjectChanged");
  // Forged to name the person on screen (Eetu): the role has no renewal, so 403.
  const asEetu: [string, string] = [persona("riikka").id, persona("eetu").id];
  const refused = await replay(page, call, ownId, eetuRx.id, asEetu);
  expect(refused.status()).toBe(403);
  // Without JavaScript Next.js answers a refused form post with its 404 page: refused all the same.
  const forgedFields = fields.map(([k, v]) => [k, k === "shownFor" ? persona("eetu").id : v] as [string, string]);
  expect((await postRenewForm(page, forgedFields, eetuRx.id)).status()).toBeGreaterThanOrEqual(400);
  expect(await renewalRequestCount(eetuRx.id)).toBe(before);
  expect((await page.request.get("/fi/prescriptions/print/summary/pdf")).status()).toBe(403);

  // Control: the same call in her own role goes through, so the 403 above was the permission.
  await page.goto("/fi/overview");
  await page.getByRole("button", { name: fi.common.header.backToOwn }).click();
  await expect(page.getByTestId("subject-name")).toHaveCount(0);
  const own = await replay(page, call, ownId, ownId);
  expect(own.status()).toBe(200);
  expect(own.headers()["x-action-redirect"]).toContain("/fi/prescriptions/renew/sent");
  expect(await renewalRequestCount(ownId)).toBe(1);
});

test("V-RX-3: the printed summary and the list for own use, as pages and as PDFs", async ({ page }) => {
  await signInAs(page, "aino");
  await page.goto("/fi/prescriptions/print/summary");
  await page.getByRole("radio", { name: fiRx.print.filter.renewalRequested }).check();
  await page.getByRole("button", { name: fiRx.print.apply }).click();
  await page.waitForURL(/show=renewalRequested/);
  const printout = page.getByTestId("printout");
  await expect(printout).toContainText("Aino Maria Virtanen");
  await expect(printout).toContainText(a.pendingRenewal.drugName);
  await expect(printout).not.toContainText(a.fullyDispensed.drugName);
  await expectNoAxeViolations(page);

  const summary = await page.request.get((await page.getByTestId("summary-pdf").getAttribute("href"))!);
  expect(summary.status()).toBe(200);
  expect(summary.headers()["content-type"]).toBe("application/pdf");
  expect(summary.headers()["content-disposition"]).toMatch(
    /^attachment; filename="reseptien-yhteenveto-\d{4}-\d{2}-\d{2}\.pdf"$/,
  );
  const summaryText = pdfText(await summary.body());
  for (const s of [
    fiRx.print.summaryTitle,
    "Aino Maria Virtanen",
    today(),
    a.pendingRenewal.drugName,
    fiRx.print.filter.renewalRequested,
  ]) {
    expect(summaryText).toContain(s);
  }
  expect(summaryText).not.toContain(a.fullyDispensed.drugName);

  await page.goto("/fi/prescriptions/print/list");
  await expect(page.getByTestId("printout")).toContainText(a.renewable.drugName);
  await expect(page.getByTestId("printout")).not.toContainText(a.expired.drugName);
  await expectNoAxeViolations(page);
  const list = await page.request.get((await page.getByTestId("list-pdf").getAttribute("href"))!);
  expect(list.headers()["content-type"]).toBe("application/pdf");
  expect(list.headers()["content-disposition"]).toContain('filename="reseptit-omaan-kayttoon-');
  const listText = pdfText(await list.body());
  for (const s of [fiRx.print.listTitle, "Aino Maria Virtanen", today(), a.renewable.drugName])
    expect(listText).toContain(s);
  expect(listText).not.toContain(a.expired.drugName);
});

test("V-RX-2, S-7: the renewal request works without JavaScript, in Swedish", async ({
  page,
  context,
  browser,
}) => {
  const bengt = SEED_FACTS.prescriptions.bengt.renewable;
  await signInAs(page, "bengt", "sv");
  const noJs = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await context.storageState(),
    baseURL: E2E_BASE_URL,
    locale: "sv-FI",
    timezoneId: "Europe/Helsinki",
  });
  try {
    const p = await noJs.newPage();
    await p.goto(`/sv/prescriptions/renew?id=${bengt.id}`);
    await expect(p.getByRole("heading", { level: 1 })).toHaveText(svRx.renew.title);
    await expect(p.locator(`input[name=prescriptionId][value="${bengt.id}"]`)).toBeChecked();
    await p.getByLabel(svRx.renew.unit).selectOption(units.vasaHc.id);
    await p.getByRole("button", { name: svRx.renew.review }).click();
    await expect(p.getByTestId("renewal-review")).toContainText("Enalapril Orion 10 mg");
    await expect(p.getByTestId("renewal-review").getByText("Enalapril Orion 10 mg, tablett")).toHaveAttribute(
      "lang",
      "sv",
    );
    await p.getByRole("button", { name: svRx.renew.send }).click();
    await p.waitForURL(/\/sv\/prescriptions\/renew\/sent\?ids=/);
    await expect(p.getByTestId("renewal-sent")).toContainText(svRx.renewalStatus.SENT);
    expect(await renewalRequestCount(bengt.id)).toBe(1);
  } finally {
    await noJs.close();
  }
});
