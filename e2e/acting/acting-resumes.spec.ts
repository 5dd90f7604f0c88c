// S-6: every start of acting for someone is logged. When the relation ends mid-session (a mandate
// is revoked), the session falls back to the user's own data, says so once, and stays there: when
// the mandate is valid again, that person's data comes back only when the user chooses them again,
// which writes a new access-log entry.
import fiCommon from "../../locales/fi/common.json" with { type: "json" };
import svCommon from "../../locales/sv/common.json" with { type: "json" };
import enCommon from "../../locales/en/common.json" with { type: "json" };
import { persona } from "../../prisma/seed/personas";
import { expect, signInAs, test } from "../fixtures";
import { sql } from "../support/db";

const common = { fi: fiCommon, sv: svCommon, en: enCommon };
const MIKKO = persona("mikko").id;
const TOIVO = persona("toivo").id;

async function setToivosMandateRevoked(revoked: boolean) {
  await sql(`UPDATE "Mandate" SET "revokedAt" = ${revoked ? "now()" : "NULL"} WHERE "giverId" = $1 AND "holderId" = $2`, [TOIVO, MIKKO]);
}

async function actingStarts(): Promise<number> {
  const r = await sql(
    `SELECT count(*) FROM "AccessLogEntry" WHERE event = 'ACT_FOR_START' AND "actorPersonId" = $1 AND "subjectPersonId" = $2`,
    [MIKKO, TOIVO],
  );
  return Number(r.rows[0].count);
}

test.afterEach(() => setToivosMandateRevoked(false));

for (const locale of ["fi", "sv", "en"] as const) {
  test(`S-6 (${locale}): acting for Toivo does not resume silently after his mandate was invalid for a while`, async ({ page }) => {
    const t = common[locale];
    await signInAs(page, "mikko", locale);
    const startsAtFirst = await actingStarts();
    await page.goto(`/${locale}/overview`);
    await page.getByTestId(`act-for-${TOIVO}`).getByRole("button").click();
    await expect(page.getByTestId("subject-name")).toContainText("Toivo");
    expect(await actingStarts()).toBe(startsAtFirst + 1);

    // The mandate is revoked mid-session: back to own data, said once.
    await setToivosMandateRevoked(true);
    await page.goto(`/${locale}/prescriptions`);
    await expect(page.getByTestId("acting-ended")).toHaveText(t.header.actingEnded.replace("{{name}}", "Toivo Armas Järvinen"));
    await expect(page.getByTestId("subject-name")).toHaveCount(0);
    await page.reload();
    await expect(page.getByTestId("acting-ended")).toHaveCount(0);

    // Valid again: still own data until Toivo is chosen again, and that choice is logged.
    await setToivosMandateRevoked(false);
    await page.goto(`/${locale}/prescriptions`);
    await expect(page.getByTestId("subject-name")).toHaveCount(0);
    expect(await actingStarts()).toBe(startsAtFirst + 1);
    await page.goto(`/${locale}/overview`);
    await page.getByTestId(`act-for-${TOIVO}`).getByRole("button").click();
    await expect(page.getByTestId("subject-name")).toContainText("Toivo");
    expect(await actingStarts()).toBe(startsAtFirst + 2);
  });
}
