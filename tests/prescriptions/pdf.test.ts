import { describe, expect, it } from "vitest";
import { renderPdf } from "@/app/[locale]/(portal)/prescriptions/print/pdf";
import type { PrintModel } from "@/app/[locale]/(portal)/prescriptions/print/print-model";
import { pdfText } from "../../e2e/prescriptions/pdf-text";

const model = (rows: number): PrintModel => ({
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

  it("V-RX-3: an empty selection says so", async () => {
    expect(pdfText(await renderPdf(model(0)))).toContain("Rajausta vastaavia reseptejä ei ole.");
  });
});
