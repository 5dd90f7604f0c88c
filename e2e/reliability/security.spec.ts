import { expect, fi, signInAs, test } from "../fixtures";

test("security headers: CSP with a per-request nonce and no unsafe-inline scripts, HSTS, nosniff, referrer and permissions policies", async ({ page }) => {
  const first = await page.request.get("/fi");
  const second = await page.request.get("/fi");
  const h = first.headers();
  const csp = h["content-security-policy"] ?? "";
  const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
  expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
  expect(scriptSrc).not.toContain("unsafe-inline");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  const nonce = (s: string) => /'nonce-([^']+)'/.exec(s)?.[1];
  expect(nonce(csp)).not.toEqual(nonce(second.headers()["content-security-policy"] ?? ""));
  expect(h["strict-transport-security"]).toContain("max-age=");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(h["permissions-policy"]).toContain("camera=()");
  expect(h["x-powered-by"]).toBeUndefined();
  // Every inline script Next renders carries the nonce.
  const html = await first.text();
  for (const tag of html.match(/<script(?![^>]*\bsrc=)[^>]*>/g) ?? []) expect(tag).toContain(`nonce="${nonce(csp)}"`);
});

test("CSRF: a cross-origin POST to a server action is refused and changes nothing", async ({ page }) => {
  await signInAs(page, "matti");
  const html = await page.content();
  const actionField = /name="(\$ACTION_ID_[0-9a-f]+)"/.exec(html)?.[1];
  expect(actionField).toBeTruthy();
  const personId = /name="personId" value="([^"]+)"/.exec(html)?.[1];
  const response = await page.request.post("/fi/overview", {
    headers: { origin: "https://attacker.example", "next-action": actionField!.replace("$ACTION_ID_", "") },
    multipart: { [actionField!]: "", personId: personId!, locale: "fi" },
    maxRedirects: 0,
  });
  expect(response.status()).toBeGreaterThanOrEqual(400);
  await page.goto("/fi/overview");
  await expect(page.getByTestId("subject-name")).toHaveCount(0);
});

test("CSRF: cross-origin POSTs to the session route handlers are refused", async ({ page }) => {
  await signInAs(page, "aino");
  for (const path of ["/api/session/extend", "/api/session/signout"]) {
    const response = await page.request.post(path, { headers: { origin: "https://attacker.example" }, maxRedirects: 0 });
    expect(response.status(), path).toBe(403);
  }
  await page.goto("/fi/overview");
  await expect(page.getByRole("button", { name: fi.common.header.signOut })).toBeVisible();
});

test("no personal data in URLs: the henkilötunnus never appears in a portal URL during sign-in and browsing", async ({ page }) => {
  const urls: string[] = [];
  page.on("request", (r) => urls.push(r.url()));
  await signInAs(page, "aino");
  await page.goto("/fi/prescriptions");
  await page.goto("/fi/health");
  expect(urls.filter((u) => /\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]/.test(decodeURIComponent(u)))).toEqual([]);
});
