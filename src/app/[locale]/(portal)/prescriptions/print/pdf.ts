import "server-only";
import PDFDocument from "pdfkit";
import { helsinkiDate } from "@/domain/dates";
import type { PrintModel } from "./print-model";

// pdfkit's built-in Helvetica (WinAnsi) covers Finnish and Swedish letters; no font files needed.
const MARGIN = 40;

/** Renders a printout as an A4 landscape PDF with a table that repeats its header on each page. */
export function renderPdf(model: PrintModel): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    layout: "landscape",
    margin: MARGIN,
    info: { Title: model.title },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const width = doc.page.width - 2 * MARGIN;
  const bottom = doc.page.height - MARGIN;
  const total = model.widths.reduce((a, b) => a + b, 0);
  const cols = model.widths.map((w) => (w / total) * width);
  const pad = 3;

  doc.font("Helvetica-Bold").fontSize(16).text(model.title);
  doc.moveDown(0.4).fontSize(10);
  for (const m of model.meta)
    doc.font("Helvetica-Bold").text(`${m.label}: `, { continued: true }).font("Helvetica").text(m.value);
  doc.moveDown(0.3).text(model.count).moveDown(0.6);

  const rowHeight = (cells: string[], font: string) => {
    doc.font(font).fontSize(8.5);
    return Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: cols[i]! - 2 * pad }))) + 2 * pad;
  };
  const drawRow = (cells: string[], font: string, shade: boolean) => {
    const h = rowHeight(cells, font);
    if (doc.y + h > bottom) {
      doc.addPage();
      if (!shade) drawRow(model.columns, "Helvetica-Bold", true);
    }
    const y = doc.y;
    if (shade) doc.rect(MARGIN, y, width, h).fill("#e8f0f8").fillColor("#000000");
    let x = MARGIN;
    cells.forEach((c, i) => {
      doc
        .font(font)
        .fontSize(8.5)
        .text(c, x + pad, y + pad, { width: cols[i]! - 2 * pad });
      x += cols[i]!;
    });
    doc
      .moveTo(MARGIN, y + h)
      .lineTo(MARGIN + width, y + h)
      .lineWidth(0.5)
      .strokeColor("#8a8a8a")
      .stroke();
    doc.x = MARGIN;
    doc.y = y + h;
  };

  if (model.rows.length === 0) doc.font("Helvetica").text(model.empty);
  else {
    drawRow(model.columns, "Helvetica-Bold", true);
    for (const row of model.rows)
      drawRow(
        row.map((c) => c.text),
        "Helvetica",
        false,
      );
  }
  doc.moveDown(1).font("Helvetica").fontSize(8).text(model.source, MARGIN);
  doc.end();
  return done;
}

export function pdfResponse(pdf: Buffer, filename: string): Response {
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
}

/** e.g. prescription-summary-2026-11-25.pdf, dated on the Helsinki calendar. */
export function pdfFilename(base: string, at: Date): string {
  const d = helsinkiDate(at);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${base}-${d.year}-${pad(d.month)}-${pad(d.day)}.pdf`;
}
