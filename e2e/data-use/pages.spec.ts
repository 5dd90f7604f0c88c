import { persona } from "../../prisma/seed/personas";
import { actFor, expect, expectNoAxeViolations, fi, signInAs, test } from "../fixtures";
import { fiDU } from "./helpers";

test("C-6: Aino sees where her prescriptions, health data and social data were disclosed, by date range", async ({ page }) => {
  await signInAs(page, "aino");
  await page.goto("/fi/disclosures");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(fiDU.disclosures.title);
  for (const part of ["prescriptions", "health", "social"]) await expect(page.getByTestId(`disclosures-${part}`)).toBeVisible();
  await expect(page.getByTestId("disclosures-social")).toContainText("Vantaan ja Keravan hyvinvointialue");
  await expectNoAxeViolations(page);

  // The last 12 months by default; the HUS disclosure of three years ago only with a wider range.
  await expect(page.getByTestId("disclosures-health")).not.toContainText("osastohoitoa varten");
  await page.getByLabel(fiDU.disclosures.from).fill("2020-01-01");
  await page.getByRole("button", { name: fiDU.disclosures.show }).click();
  await expect(page).toHaveURL(/from=2020-01-01/);
  await expect(page.getByTestId("disclosures-health")).toContainText("osastohoitoa varten");
});

test("C-6 *: a guardian sees a child's prescription disclosures from before age 10 only, and no health disclosures", async ({ page }) => {
  await signInAs(page, "matti");
  await actFor(page, "ella");
  await page.goto("/fi/disclosures?from=");
  await expect(page.getByTestId("footnote-under-ten")).toContainText("20.8.2022");
  await expect(page.getByTestId("disclosures-prescriptions")).toContainText("Aerius");
  await expect(page.getByTestId("disclosures-prescriptions")).not.toContainText("Burana");
  await expect(page.getByTestId("disclosures-health")).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("acting for others: for whom I may act, with the reason when I cannot", async ({ page }) => {
  await signInAs(page, "jari");
  await page.goto("/fi/others");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(fiDU.others.title);
  const aapo = page.getByTestId(`i-act-for-${persona("aapo").id}`);
  await expect(aapo).toContainText(fiDU.others.cannotAct);
  await expect(aapo).toContainText(fi.common.refusal.otherGuardianNonDisclosure);
  await expectNoAxeViolations(page);
});

test("acting for others: a mandate with its scope; the log of acting on the person's behalf", async ({ page }) => {
  await signInAs(page, "toivo");
  await page.goto("/fi/others");
  const forMe = page.getByTestId("acting-for-me");
  await expect(forMe).toContainText("Mikko Kristian Järvinen");
  await expect(forMe).toContainText(fiDU.others.scope.both);
  await expect(forMe).toContainText(fiDU.others.bases.mandate);
  // The seeded access log: Mikko acted for Toivo a week ago.
  await expect(page.getByTestId("acting-log").locator("tbody tr").first()).toContainText("Mikko Kristian Järvinen");
  await expect(page.getByTestId("acting-log").locator("tbody tr").first()).toContainText(fi.common.roles.mandate);
  await expectNoAxeViolations(page);
});

test("D-1: with the prescription centre failing, the disclosures page still shows the health and social parts", async ({ page }) => {
  await signInAs(page, "aino");
  await page.request.post("/api/test/hooks", { data: { failServices: ["PRESCRIPTION_CENTRE"] } });
  try {
    await page.goto("/fi/disclosures");
    await expect(page.getByTestId("disclosures-prescriptions-disturbed")).toHaveText(fiDU.disclosures.partDisturbed);
    await expect(page.getByTestId("disclosures-social")).toContainText("Vantaan ja Keravan hyvinvointialue");
    await expect(page.getByTestId("disclosures-health")).toContainText("Terveystalo Oy");
  } finally {
    await page.request.post("/api/test/hooks", { data: { failServices: [] } });
  }
});
