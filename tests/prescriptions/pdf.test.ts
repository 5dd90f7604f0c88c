import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { renderPdf } from "@/app/[locale]/(portal)/prescriptions/print/pdf";
import type { PrintModel } from "@/app/[locale]/(portal)/prescriptions/print/print-model";
import { pdfPages, pdfText } from "../../e2e/prescriptions/pdf-text";

/** The pages' drawing operators, inflated. */
const contentStreams = (raw: string) =>
  [...raw.matchAll(/stream\n([\s\S]*?)endstream/g)]
    .map((m) => {
      try {
        return inflateSync(Buffer.from(m[1]!, "latin1")).toString("latin1");
      } catch {
        return "";
      }
    })
    .join("\n");

const model = (rows: number): PrintModel => ({
  lang: "fi",
  runningHead: "Aino Maria Virtanen, syntymäaika 14.3.1968",
  pageNumber: (page, pages) => `Sivu ${page}/${pages}`,
  title: "Reseptien yhteenveto",
  meta: [
    { label: "Henkilö", value: "Aino Maria Virtanen" },
    { label: "Tulostettu", value: "25.11.2026 klo 12.00" },
  ],
  columns: ["Lääke", "Annostusohje"],
  widths: [1, 2],
  rows: Array.from({ length: rows }, (_, i) => [
    { text: `Metformin Sandoz 500 mg #${i}` },
    { text: "1 tabletti 2 kertaa päivässä – Åbo, Närpes" },
  ]),
  empty: "Rajausta vastaavia reseptejä ei ole.",
  count: `${rows} reseptiä`,
  source: "Lähde: Kannan reseptikeskus",
});

describe("V-RX-3: the printouts as PDF", () => {
  it("V-RX-3: the PDF has the title, the person, the date of printing and the rows, with Finnish and Swedish letters", async () => {
    const pdf = await renderPdf(model(3));
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = pdfText(pdf);
    for (const s of [
      "Reseptien yhteenveto",
      "Aino Maria Virtanen",
      "25.11.2026",
      "Metformin Sandoz 500 mg #2",
      "Åbo, Närpes",
      "päivässä –",
    ]) {
      expect(text).toContain(s);
    }
  });

  it("V-RX-3: a long table continues on further pages with the header repeated", async () => {
    const text = pdfText(await renderPdf(model(80)));
    expect(text).toContain("Metformin Sandoz 500 mg #79");
    expect(text.split("\n").filter((l) => l === "Annostusohje").length).toBeGreaterThan(1);
  });

  it("V-RX-3: every page names the person with the birth date and has its number; the font is embedded", async () => {
    const pdf = await renderPdf(model(80));
    const pages = pdfPages(pdf);
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((text, i) => {
      expect(text).toContain("Aino Maria Virtanen, syntymäaika 14.3.1968");
      expect(text.split("\n")).toContain(`Sivu ${i + 1}/${pages.length}`);
    });
    const raw = pdf.toString("latin1");
    expect(raw).toContain("/FontFile2");
    expect(raw).not.toContain("/Helvetica");
  });

  it("V-RX-3: the PDF is tagged: document language, title shown, headings, table header cells with their scope", async () => {
    const raw = (await renderPdf(model(3))).toString("latin1");
    expect(raw.startsWith("%PDF-1.7")).toBe(true);
    expect(raw).toContain("/Lang (fi)");
    expect(raw).toMatch(/\/DisplayDocTitle true/);
    expect(raw).toMatch(/\/Marked true/);
    for (const s of [
      "/S /Document",
      "/S /H1",
      "/S /P",
      "/S /Table",
      "/S /TR",
      "/S /TH",
      "/S /TD",
      "/Scope /Column",
    ])
      expect(raw).toContain(s);
    // Backgrounds, rules and the page furniture are artifacts, outside the structure.
    expect(contentStreams(raw)).toMatch(/\/Artifact <<\s*\/Type \/Pagination\s*>> BDC/);
    expect(contentStreams(raw)).toMatch(/\/Artifact <<\s*\/Type \/Layout\s*>> BDC/);
  });

  it("V-RX-3: a cell recorded in another language carries its language", async () => {
    const m = model(1);
    m.rows[0]![0] = { text: "Burana 600 mg, tablett", lang: "sv" };
    const raw = (await renderPdf(m)).toString("latin1");
    expect(raw).toMatch(/\/S \/TD[^>]*\/Lang \(sv\)|\/Lang \(sv\)[^>]*\/S \/TD/);
  });

  it("V-RX-3: an empty selection says so", async () => {
    expect(pdfText(await renderPdf(model(0)))).toContain("Rajausta vastaavia reseptejä ei ole.");
  });
});
