// Text of a pdfkit PDF, for assertions, page by page. Reads the objects pdfkit writes (not a general
// PDF parser): each page's content streams are inflated and their Tj/TJ strings decoded with the font
// selected by Tf: an embedded font (Type0, Identity-H) through its ToUnicode map, a standard font as
// WinAnsi. One line per text operator.
import { inflateSync } from "node:zlib";

const WIN_ANSI_EXTRA: Record<number, string> = {
  0x80: "€",
  0x82: "‚",
  0x83: "ƒ",
  0x84: "„",
  0x85: "…",
  0x86: "†",
  0x87: "‡",
  0x88: "ˆ",
  0x89: "‰",
  0x8a: "Š",
  0x8b: "‹",
  0x8c: "Œ",
  0x8e: "Ž",
  0x91: "‘",
  0x92: "’",
  0x93: "“",
  0x94: "”",
  0x95: "•",
  0x96: "–",
  0x97: "—",
  0x98: "˜",
  0x99: "™",
  0x9a: "š",
  0x9b: "›",
  0x9c: "œ",
  0x9e: "ž",
  0x9f: "Ÿ",
};

type PdfObject = { dict: string; stream: Buffer | null };
type Decoder = (hex: string) => string;

function parseObjects(pdf: Buffer): Map<number, PdfObject> {
  const raw = pdf.toString("latin1");
  const objects = new Map<number, PdfObject>();
  for (const m of raw.matchAll(/(\d+) 0 obj\s*/g)) {
    const start = m.index + m[0].length;
    const end = raw.indexOf("endobj", start);
    const body = raw.slice(start, end);
    const s = /(?<!end)stream\r?\n/.exec(body);
    if (!s) {
      objects.set(Number(m[1]), { dict: body, stream: null });
      continue;
    }
    const dataStart = start + s.index + s[0].length;
    const dataEnd = raw.indexOf("endstream", dataStart);
    let data = pdf.subarray(dataStart, dataEnd);
    if (/\/Filter\s*\/FlateDecode/.test(body.slice(0, s.index))) {
      try {
        data = inflateSync(data);
      } catch {
        // not compressed after all
      }
    }
    objects.set(Number(m[1]), { dict: body.slice(0, s.index), stream: data });
  }
  return objects;
}

const refs = (text: string) => [...text.matchAll(/(\d+) 0 R/g)].map((r) => Number(r[1]));

function winAnsi(hex: string): string {
  let out = "";
  for (let i = 0; i + 1 < hex.length; i += 2) {
    const code = parseInt(hex.slice(i, i + 2), 16);
    out += WIN_ANSI_EXTRA[code] ?? String.fromCharCode(code);
  }
  return out;
}

/** A ToUnicode CMap as pdfkit writes it: bfrange lines with arrays of UTF-16BE strings. */
function toUnicodeDecoder(cmap: string): Decoder {
  const map = new Map<number, string>();
  const utf16 = (h: string) =>
    String.fromCharCode(
      ...h
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map((u) => parseInt(u, 16)),
    );
  for (const r of cmap.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*\[([^\]]*)\]/g)) {
    const first = parseInt(r[1]!, 16);
    [...r[3]!.matchAll(/<([^>]*)>/g)].forEach((v, i) => map.set(first + i, utf16(v[1]!)));
  }
  for (const r of cmap.matchAll(/<([0-9a-fA-F]{4})>\s*<([0-9a-fA-F ]+)>\s*$/gm))
    map.set(parseInt(r[1]!, 16), utf16(r[2]!));
  return (hex) => {
    let out = "";
    for (let i = 0; i + 3 < hex.length; i += 4) out += map.get(parseInt(hex.slice(i, i + 4), 16)) ?? "\uFFFD";
    return out;
  };
}

function fontDecoders(objects: Map<number, PdfObject>, pageDict: string): Map<string, Decoder> {
  const decoders = new Map<string, Decoder>();
  const resourcesRef = /\/Resources\s+(\d+) 0 R/.exec(pageDict);
  const resources = resourcesRef ? (objects.get(Number(resourcesRef[1]))?.dict ?? "") : pageDict;
  const fontBlock = /\/Font\s*<<([^>]*)>>/.exec(resources)?.[1] ?? "";
  for (const f of fontBlock.matchAll(/\/([\w.+-]+)\s+(\d+) 0 R/g)) {
    const font = objects.get(Number(f[2]))?.dict ?? "";
    const toUnicode = /\/ToUnicode\s+(\d+) 0 R/.exec(font);
    const cmap = toUnicode ? objects.get(Number(toUnicode[1]))?.stream : null;
    decoders.set(f[1]!, cmap ? toUnicodeDecoder(cmap.toString("latin1")) : winAnsi);
  }
  return decoders;
}

function pageText(content: string, decoders: Map<string, Decoder>): string[] {
  const lines: string[] = [];
  let decode: Decoder = winAnsi;
  const ops = /\/([\w.+-]+)\s+[\d.]+\s+Tf|\[((?:<[0-9a-fA-F]*>|[-\d.\s])*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g;
  for (const op of content.matchAll(ops)) {
    if (op[1] !== undefined) {
      decode = decoders.get(op[1]) ?? winAnsi;
      continue;
    }
    const parts = op[2] !== undefined ? [...op[2].matchAll(/<([0-9a-fA-F]*)>/g)].map((p) => p[1]!) : [op[3]!];
    lines.push(parts.map(decode).join(""));
  }
  return lines;
}

/** The text of each page, in page order. */
export function pdfPages(pdf: Buffer): string[] {
  const objects = parseObjects(pdf);
  const pagesRoot = [...objects.values()].find((o) => /\/Type\s*\/Pages\b/.test(o.dict));
  const kids = pagesRoot ? refs(/\/Kids\s*\[([^\]]*)\]/.exec(pagesRoot.dict)?.[1] ?? "") : [];
  return kids.map((id) => {
    const page = objects.get(id)?.dict ?? "";
    const decoders = fontDecoders(objects, page);
    const contents = /\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(page)?.[1] ?? "";
    return refs(contents)
      .flatMap((c) => pageText(objects.get(c)?.stream?.toString("latin1") ?? "", decoders))
      .join("\n");
  });
}

/** The text of the whole document. */
export function pdfText(pdf: Buffer): string {
  return pdfPages(pdf).join("\n");
}
