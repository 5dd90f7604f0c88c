import { actFor, signInAs, test } from "../fixtures";
test("screens", async ({ page }) => {
  await page.setViewportSize({ width: 1200, height: 900 });
  await signInAs(page, "aino");
  for (const [n, u] of [["du", "/fi/data-use"], ["conf", "/fi/data-use?confirm=giveHealthPermission&validity=until&lastDay=2027-01-31"], ["wills", "/fi/wills"], ["disc", "/fi/disclosures"], ["others", "/fi/others"]] as const) {
    await page.goto(u);
    await page.screenshot({ path: `/tmp/shots/${n}.png`, fullPage: true });
  }
  await signInAs(page, "matti");
  await page.goto("/fi/others");
  await page.screenshot({ path: `/tmp/shots/matti-others.png`, fullPage: true });
  await actFor(page, "ella");
  await page.goto("/fi/data-use");
  await page.screenshot({ path: `/tmp/shots/ella-du.png`, fullPage: true });
});
