import { signInAs, test } from "../fixtures";
test("debug fields", async ({ page }) => {
  const t0 = Date.now();
  await signInAs(page, "riikka");
  console.log("signin ms", Date.now() - t0);
  await page.goto("/fi/prescriptions/renew");
  const form = page.getByTestId("renewal-form");
  const fields = await form.evaluate((f: HTMLFormElement) => [...new FormData(f).entries()].map(([k, v]) => [k, String(v)]));
  console.log(JSON.stringify(fields, null, 1));
  console.log(await form.evaluate((f: HTMLFormElement) => f.outerHTML.slice(0, 1500)));
});
