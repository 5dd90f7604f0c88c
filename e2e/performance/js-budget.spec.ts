// JavaScript budget: the first load of the front page and of the prescriptions page each download
// under 150 kB of compressed JavaScript. Measured in the browser, with its cache disabled, from what
// actually crossed the network: the Chrome DevTools Protocol's encodedDataLength per script
// (response headers included) and Playwright's request.sizes().responseBodySize (the compressed
// body alone, which is what the budget counts). `next start` gzips by default. The figures per
// route go to bench/js-budget.json for the README.
import fs from "node:fs";
import path from "node:path";
import type { CDPSession, Page, Request } from "@playwright/test";
import { expect, signInAs, test } from "../fixtures";

const BUDGET_BYTES = 150_000; // 150 kB
const ROUTES = ["/fi/overview", "/fi/prescriptions"] as const;
const OUT = path.resolve(import.meta.dirname, "../../bench/js-budget.json");

type Script = { url: string; encoding: string; bodyBytes: number; transferBytes: number; decodedBytes: number };
type RouteFigures = { route: string; scripts: Script[]; compressedBytes: number; transferBytes: number; decodedBytes: number; allCompressed: boolean };

async function measureRoute(page: Page, cdp: CDPSession, route: string): Promise<RouteFigures> {
  const transfer = new Map<string, number>(); // url → encodedDataLength (CDP)
  const urlOf = new Map<string, string>(); // requestId → url
  const onResponse = (e: { requestId: string; type?: string; response: { url: string } }) => {
    if (e.type === "Script") urlOf.set(e.requestId, e.response.url);
  };
  const onFinished = (e: { requestId: string; encodedDataLength: number }) => {
    const url = urlOf.get(e.requestId);
    if (url) transfer.set(url, (transfer.get(url) ?? 0) + e.encodedDataLength);
  };
  cdp.on("Network.responseReceived", onResponse);
  cdp.on("Network.loadingFinished", onFinished);

  const pending: Promise<Script | null>[] = [];
  const onRequestFinished = (request: Request) => {
    if (request.resourceType() !== "script") return;
    pending.push(
      (async () => {
        const response = await request.response();
        if (!response) return null;
        const [sizes, body, headers] = await Promise.all([request.sizes(), response.body().catch(() => Buffer.alloc(0)), response.allHeaders()]);
        return {
          url: request.url(),
          encoding: headers["content-encoding"] ?? "identity",
          bodyBytes: sizes.responseBodySize,
          transferBytes: 0,
          decodedBytes: body.length,
        };
      })(),
    );
  };
  page.on("requestfinished", onRequestFinished);
  try {
    await page.goto(route, { waitUntil: "load" });
    await page.waitForLoadState("networkidle", { timeout: 10_000 }).catch(() => undefined);
    await expect(page.locator("main h1")).toBeVisible();
  } finally {
    page.off("requestfinished", onRequestFinished);
    cdp.off("Network.responseReceived", onResponse);
    cdp.off("Network.loadingFinished", onFinished);
  }
  const scripts = (await Promise.all(pending))
    .filter((s): s is Script => s !== null)
    .map((s) => ({ ...s, transferBytes: transfer.get(s.url) ?? 0 }));
  const sum = (k: "bodyBytes" | "transferBytes" | "decodedBytes") => scripts.reduce((a, s) => a + s[k], 0);
  return {
    route,
    scripts: scripts.map((s) => ({ ...s, url: new URL(s.url).pathname })),
    compressedBytes: sum("bodyBytes"),
    transferBytes: sum("transferBytes"),
    decodedBytes: sum("decodedBytes"),
    allCompressed: scripts.every((s) => s.encoding !== "identity"),
  };
}

test("first-load JavaScript of the front page and the prescriptions page is under 150 kB compressed", async ({ page }) => {
  await signInAs(page, "aino");
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  // A first visit: nothing from the sign-in pages may come from the cache.
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });

  const figures: RouteFigures[] = [];
  for (const route of ROUTES) figures.push(await measureRoute(page, cdp, route));

  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(
    OUT,
    `${JSON.stringify(
      {
        generatedAt: new Date().toISOString(),
        budgetBytes: BUDGET_BYTES,
        note: "compressedBytes: sum of the compressed response bodies of every script the browser downloaded on a cold load (request.sizes().responseBodySize); transferBytes: CDP encodedDataLength (headers included); decodedBytes: uncompressed.",
        routes: Object.fromEntries(figures.map(({ route, ...f }) => [route, f])),
      },
      null,
      2,
    )}\n`,
  );
  for (const f of figures) {
    console.info(
      `${f.route}: ${f.scripts.length} scripts, ${(f.compressedBytes / 1000).toFixed(1)} kB compressed ` +
        `(${(f.transferBytes / 1000).toFixed(1)} kB on the wire, ${(f.decodedBytes / 1000).toFixed(1)} kB uncompressed)`,
    );
  }

  for (const f of figures) {
    expect(f.scripts.length, `${f.route}: scripts were measured`).toBeGreaterThan(0);
    expect(f.compressedBytes, `${f.route}: compressed JavaScript`).toBeLessThan(BUDGET_BYTES);
  }
});
