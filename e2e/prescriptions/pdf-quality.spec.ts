// V-RX-3: the printouts' PDFs as documents a person can read and a screen reader can use: an embedded
// font, a tagged structure in the page's language, and on every page the person it is about and
// the page number. Dates are Finnish style (d.M.yyyy) in Finnish and Swedish.
import fiRx from "../../locales/fi/prescriptions.json" with { type: "json" };
import svRx from "../../locales/sv/prescriptions.json" with { type: "json" };
import enRx from "../../locales/en/prescriptions.json" with { type: "json" };
import { SEED_FACTS } from "../../prisma/seed/demo-data/facts";
import { expect, signInAs, test } from "../fixtures";
import { pdfPages } from "./pdf-text";

const a = SEED_FACTS.prescriptions.aino;

const LOCALES = [
  {
    locale: "fi",
    rx: fiRx,
    birth: "syntymäaika 14.3.1968",
    page: (n: number, of: number) => `Sivu ${n}/${of}`,
  },
  {
    locale: "sv",
    rx: svRx,
    birth: "födelsedatum 14.3.1968",
    page: (n: number, of: number) => `Sida ${n}/${of}`,
  },
  {
    locale: "en",
    rx: enRx,
    birth: "date of birth 14 Mar 1968",
    page: (n: number, of: number) => `Page ${n} of ${of}`,
  },
] as const;

/** Today on the Helsinki calendar as d.M.yyyy. */
const todayNumeric = () => {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", {
      timeZone: "Europe/Helsinki",
      year: "numeric",
      month: "numeric",
      day: "numeric",
    })
      .formatToParts(new Date())
      .map((x) => [x.type, x.value]),
  );
  return `${Number(p.day)}.${Number(p.month)}.${p.year}`;
};

for (const { locale, rx, birth, page: pageLabel } of LOCALES) {
  test(`V-RX-3: the summary and list PDFs in ${locale} embed their font, are tagged in ${locale}, and name the person with the birth date and the page number on every page`, async ({
    page,
  }) => {
    await signInAs(page, "aino", locale);
    for (const [path, title, drug] of [
      ["summary", rx.print.summaryTitle, a.pendingRenewal.drugName],
      ["list", rx.print.listTitle, a.renewable.drugName],
    ] as const) {
      const response = await page.request.get(`/${locale}/prescriptions/print/${path}/pdf`);
      expect(response.status()).toBe(200);
      const pdf = await response.body();
      const raw = pdf.toString("latin1");

      // The font travels with the file (å, ä, ö look the same everywhere); no unembedded Helvetica.
      expect(raw).toContain("/FontFile2");
      expect(raw).not.toMatch(/\/BaseFont \/Helvetica/);
      // Tagged PDF 1.7 in the page's language, showing its title rather than the file name.
      expect(raw.startsWith("%PDF-1.7")).toBe(true);
      expect(raw).toMatch(/\/MarkInfo \d+ 0 R|\/MarkInfo <<\s*\/Marked true/);
      expect(raw).toMatch(/\/Marked true/);
      expect(raw).toContain("/StructTreeRoot");
      expect(raw).toContain(`/Lang (${locale})`);
      expect(raw).toMatch(/\/DisplayDocTitle true/);
      for (const tag of ["/S /Document", "/S /H1", "/S /Table", "/S /TR", "/S /TH", "/S /TD"])
        expect(raw).toContain(tag);

      const pages = pdfPages(pdf);
      expect(pages.length).toBeGreaterThan(0);
      pages.forEach((text, i) => {
        expect(text).toContain(`Aino Maria Virtanen, ${birth}`);
        expect(text).toContain(pageLabel(i + 1, pages.length));
      });
      const all = pages.join("\n");
      expect(all).toContain(title);
      expect(all).toContain(drug);
    }
  });
}

test("Dates in Swedish are written the Finnish way (d.M.yyyy), as in Finnish", async ({ page }) => {
  await signInAs(page, "aino", "sv");
  await page.goto("/sv/prescriptions/print/list");
  await expect(page.getByTestId("printout")).toContainText(`${todayNumeric()} kl. `);
  const pdf = await (await page.request.get("/sv/prescriptions/print/list/pdf")).body();
  expect(pdfPages(pdf).join("\n")).toContain(todayNumeric());
});
