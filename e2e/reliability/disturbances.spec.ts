import { expect, setServerHooks, signInAs, test, expectNoAxeViolations } from "../fixtures";
import { bringDatabaseBack, setServiceDisturbed, takeDatabaseDown } from "../support/db";

// D-1: each section depends on one Kanta service.
const SECTIONS = [
  { service: "PRESCRIPTION_CENTRE", path: "/fi/prescriptions" },
  { service: "PATIENT_DATA_REPOSITORY", path: "/fi/health" },
  { service: "SOCIAL_CLIENT_DATA_REPOSITORY", path: "/fi/social" },
  { service: "WILL_SERVICE", path: "/fi/data-use" },
  { service: "OWN_DATA_REPOSITORY", path: "/fi/wellbeing" },
] as const;

const disturbance = (page: import("@playwright/test").Page) => page.getByTestId("service-disturbance");

for (const { service, path } of SECTIONS) {
  test(`D-1: ${service} disturbed — only its section is not in use, the others work, restoring brings it back`, async ({ page }) => {
    await signInAs(page, "aino");
    await setServiceDisturbed(service, true);
    try {
      await page.goto(path);
      await expect(disturbance(page)).toHaveAttribute("data-service", service);
      await expect(disturbance(page)).toContainText("Sillä välin");
      await expectNoAxeViolations(page);
      for (const other of SECTIONS.filter((s) => s.service !== service)) {
        await page.goto(other.path);
        await expect(disturbance(page), other.path).toHaveCount(0);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      }
    } finally {
      await setServiceDisturbed(service, false);
    }
    await page.goto(path);
    await expect(disturbance(page)).toHaveCount(0);
  });

  test(`D-1: a data-access failure of ${service} gives the same not-in-use message`, async ({ page }) => {
    await signInAs(page, "aino");
    await setServerHooks(page, { failServices: [service] });
    await page.goto(path);
    await expect(disturbance(page)).toHaveAttribute("data-service", service);
    await page.goto("/fi/overview");
    await expect(page.getByTestId("last-use")).toBeVisible();
    await setServerHooks(page, { failServices: [] });
    await page.goto(path);
    await expect(disturbance(page)).toHaveCount(0);
  });
}

test("D-3: with the identification service disturbed, the sign-in page says so instead of a broken flow", async ({ page }) => {
  await setServiceDisturbed("IDENTIFICATION", true);
  try {
    await page.goto("/fi");
    await expect(disturbance(page)).toHaveAttribute("data-service", "IDENTIFICATION");
    await expect(page.locator("main button.button")).toHaveCount(0);
  } finally {
    await setServiceDisturbed("IDENTIFICATION", false);
  }
});

test("D-3: with the mandate service disturbed, acting for others is refused with a clear message", async ({ page }) => {
  await signInAs(page, "matti");
  await setServiceDisturbed("MANDATE", true);
  try {
    await page.goto("/fi/overview");
    await expect(disturbance(page)).toHaveAttribute("data-service", "MANDATE");
  } finally {
    await setServiceDisturbed("MANDATE", false);
  }
});

test("database unavailable: a translated 503 page, and recovery without a restart", async ({ page }) => {
  await signInAs(page, "aino");
  await takeDatabaseDown();
  try {
    const response = await page.goto("/fi/overview");
    await expect(page).toHaveURL(/\/fi\/unavailable/);
    expect(response?.status()).toBe(503);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Palvelu ei ole käytettävissä");
  } finally {
    await bringDatabaseBack();
  }
  await expect(async () => {
    await page.goto("/fi/overview");
    await expect(page.getByTestId("last-use")).toBeVisible();
  }).toPass({ timeout: 20_000 });
});
