import "server-only";
import fs from "node:fs";
import path from "node:path";
import PDFDocument from "pdfkit";
import { isoDay } from "@/domain/dates";
import type { PrintModel } from "./print-model";

// Noto Sans (SIL Open Font Licence, from the npm package @expo-google-fonts/noto-sans), embedded as
// a subset: the standard PDF fonts are not embedded, so a reader substitutes its own and letters
// such as å, ä and ö may come out wrong; Noto covers every European script the data can hold.
const FONT_DIR = path.join(process.cwd(), "node_modules", "@expo-google-fonts", "noto-sans");
const FONT_FILES = {
  regular: path.join(FONT_DIR, "400Regular", "NotoSans_400Regular.ttf"),
  bold: path.join(FONT_DIR, "700Bold", "NotoSans_700Bold.ttf"),
};
let fontData: { regular: Buffer; bold: Buffer } | undefined;
const fonts = () =>
  (fontData ??= { regular: fs.readFileSync(FONT_FILES.regular), bold: fs.readFileSync(FONT_FILES.bold) });

const MARGIN = 40;
const CELL_PAD = 3;
const CELL_SIZE = 8.5;
const FRAME_SIZE = 8;

type Doc = InstanceType<typeof PDFDocument>;
type Font = "regular" | "bold";

/** Content that is not part of the document's structure (backgrounds, lines, page furniture). */
function artifact(doc: Doc, type: "Layout" | "Pagination", draw: () => void) {
  doc.markContent("Artifact", { type });
  draw();
  doc.endMarkedContent();
}

/**
 * Renders a printout as an A4 landscape, tagged PDF (headings, table cells and their languages are
 * marked for assistive technology) with a table that repeats its header on each page. Every page
 * names the person and their birth date at the top and has its number at the foot.
 */
export function renderPdf(model: PrintModel): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    layout: "landscape",
    margin: MARGIN,
    pdfVersion: "1.7",
    tagged: true,
    lang: model.lang,
    displayTitle: true,
    bufferPages: true, // the page count is known only at the end
    font: FONT_FILES.regular, // never falls back to the unembedded Helvetica
    info: { Title: model.title },
  });
  doc.registerFont("regular", fonts().regular);
  doc.registerFont("bold", fonts().bold);
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

  const root = doc.struct("Document");
  doc.addStructure(root);

  /** A structure element whose content `draw` makes. */
  const tag = (type: string, draw: () => void, options: { lang?: string } = {}) =>
    doc.struct(type, options, [draw]);

  root.add(tag("H1", () => doc.font("bold").fontSize(16).text(model.title)));
  doc.moveDown(0.4).fontSize(10);
  for (const m of model.meta)
    root.add(
      tag("P", () =>
        doc.font("bold").text(`${m.label}: `, { continued: true }).font("regular").text(m.value),
      ),
    );
  doc.moveDown(0.3);
  root.add(tag("P", () => doc.font("regular").text(model.count)));
  doc.moveDown(0.6);

  const rowHeight = (cells: string[], font: Font) => {
    doc.font(font).fontSize(CELL_SIZE);
    return (
      Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: cols[i]! - 2 * CELL_PAD }))) +
      2 * CELL_PAD
    );
  };
  const drawCell = (text: string, font: Font, x: number, y: number, i: number) =>
    doc
      .font(font)
      .fontSize(CELL_SIZE)
      .text(text, x + CELL_PAD, y + CELL_PAD, { width: cols[i]! - 2 * CELL_PAD });
  /** One table row; `cell` draws each cell, tagged by the caller or as an artifact. */
  const drawRow = (
    cells: string[],
    font: Font,
    shade: boolean,
    cell: (i: number, draw: () => void) => void,
  ) => {
    const h = rowHeight(cells, font);
    const y = doc.y;
    if (shade)
      artifact(doc, "Layout", () => doc.rect(MARGIN, y, width, h).fill("#e8f0f8").fillColor("#000000"));
    let x = MARGIN;
    cells.forEach((c, i) => {
      const cx = x;
      cell(i, () => drawCell(c, font, cx, y, i));
      x += cols[i]!;
    });
    artifact(doc, "Layout", () =>
      doc
        .moveTo(MARGIN, y + h)
        .lineTo(MARGIN + width, y + h)
        .lineWidth(0.5)
        .strokeColor("#8a8a8a")
        .stroke(),
    );
    doc.x = MARGIN;
    doc.y = y + h;
  };
  // A header repeated on a continuation page is page furniture: the first one carries the structure.
  const repeatedHeader = () =>
    drawRow(model.columns, "bold", true, (_i, draw) => artifact(doc, "Pagination", draw));

  if (model.rows.length === 0) root.add(tag("P", () => doc.font("regular").text(model.empty)));
  else {
    const table = doc.struct("Table");
    root.add(table);
    const header = doc.struct("TR");
    table.add(header);
    drawRow(model.columns, "bold", true, (_i, draw) => {
      const th = tag("TH", draw);
      // Column headers, so that a reader announces each cell with its column's name.
      (th as unknown as { dictionary: { data: Record<string, unknown> } }).dictionary.data.A = {
        O: "Table",
        Scope: "Column",
      };
      header.add(th);
    });
    header.end();
    for (const row of model.rows) {
      const texts = row.map((c) => c.text);
      if (doc.y + rowHeight(texts, "regular") > bottom) {
        doc.addPage();
        repeatedHeader();
      }
      const tr = doc.struct("TR");
      table.add(tr);
      drawRow(texts, "regular", false, (i, draw) => tr.add(tag("TD", draw, { lang: row[i]!.lang })));
      tr.end();
    }
    table.end();
  }
  doc.moveDown(1);
  root.add(tag("P", () => doc.font("regular").fontSize(FRAME_SIZE).text(model.source, MARGIN)));
  root.end();

  // Each page: the person at the top, the page number at the foot, both in the page margins.
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    artifact(doc, "Pagination", () => {
      doc.font("regular").fontSize(FRAME_SIZE).fillColor("#333333");
      doc.text(model.runningHead, MARGIN, MARGIN / 2, { lineBreak: false });
      const label = model.pageNumber(i - start + 1, count);
      doc.text(
        label,
        doc.page.width - MARGIN - doc.widthOfString(label),
        doc.page.height - MARGIN / 2 - FRAME_SIZE,
        {
          lineBreak: false,
        },
      );
      doc.fillColor("#000000");
    });
  }
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
  return `${base}-${isoDay(at)}.pdf`;
}
