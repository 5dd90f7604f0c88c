// A tiny vector model for the two favicons, drawn both as SVG and as pixels (PNG inside an .ico),
// so the committed files come from one description and need no image tools. Coordinates are in a
// 32 × 32 box. Only what the icons use: a filled rounded square, round-capped lines and rings.
import { deflateSync } from "node:zlib";

export type Shape =
  | { kind: "roundedSquare"; radius: number; fill: string }
  | { kind: "lines"; paths: [number, number][][]; width: number; color: string }
  | { kind: "ring"; cx: number; cy: number; r: number; width: number; color: string };

export type Icon = { shapes: Shape[] };

const BOX = 32;

// ── SVG ──

const points = (path: [number, number][]) => path.map(([x, y], i) => `${i === 0 ? "M" : "L"}${x} ${y}`).join("");

function svgShape(shape: Shape): string {
  switch (shape.kind) {
    case "roundedSquare":
      return `<rect width="${BOX}" height="${BOX}" rx="${shape.radius}" fill="${shape.fill}"/>`;
    case "lines":
      return `<path d="${shape.paths.map(points).join("")}" fill="none" stroke="${shape.color}" stroke-width="${shape.width}" stroke-linecap="round" stroke-linejoin="round"/>`;
    case "ring":
      return `<circle cx="${shape.cx}" cy="${shape.cy}" r="${shape.r}" fill="none" stroke="${shape.color}" stroke-width="${shape.width}"/>`;
  }
}

export function toSvg(icon: Icon): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${BOX} ${BOX}">${icon.shapes.map(svgShape).join("")}</svg>\n`;
}

// ── Pixels ──

function distanceToSegment(px: number, py: number, [ax, ay]: [number, number], [bx, by]: [number, number]): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

function covers(shape: Shape, x: number, y: number): boolean {
  switch (shape.kind) {
    case "roundedSquare": {
      const r = shape.radius;
      const cx = Math.max(r, Math.min(BOX - r, x));
      const cy = Math.max(r, Math.min(BOX - r, y));
      return x >= 0 && y >= 0 && x <= BOX && y <= BOX && Math.hypot(x - cx, y - cy) <= r;
    }
    case "lines":
      return shape.paths.some((path) =>
        path.slice(1).some((to, i) => distanceToSegment(x, y, path[i]!, to) <= shape.width / 2),
      );
    case "ring":
      return Math.abs(Math.hypot(x - shape.cx, y - shape.cy) - shape.r) <= shape.width / 2;
  }
}

const colorOf = (shape: Shape) => (shape.kind === "roundedSquare" ? shape.fill : shape.color);

function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

const SUBSAMPLES = 4;

/** RGBA pixels, row by row, straight alpha; each pixel averages 4 × 4 samples (anti-aliasing). */
export function rasterize(icon: Icon, size: number): Uint8Array {
  const out = new Uint8Array(size * size * 4);
  const scale = BOX / size;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SUBSAMPLES; sy++) {
        for (let sx = 0; sx < SUBSAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SUBSAMPLES) * scale;
          const y = (py + (sy + 0.5) / SUBSAMPLES) * scale;
          const top = icon.shapes.findLast((s) => covers(s, x, y));
          if (!top) continue;
          const [cr, cg, cb] = rgb(colorOf(top));
          r += cr; g += cg; b += cb; a += 1;
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        out[i] = Math.round(r / a);
        out[i + 1] = Math.round(g / a);
        out[i + 2] = Math.round(b / a);
        out[i + 3] = Math.round((255 * a) / SUBSAMPLES ** 2);
      }
    }
  }
  return out;
}

// ── PNG and ICO ──

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 255]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** An 8-bit RGBA PNG: every row with filter 0 (none), deflated. */
export function encodePng(rgba: Uint8Array, size: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type RGBA, deflate, filter 0, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rows.set(rgba.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", new Uint8Array()),
  ]);
}

/** An .ico holding one PNG per size (every browser since IE 9 reads PNG entries). */
export function toIco(icon: Icon, sizes: readonly number[]): Buffer {
  const images = sizes.map((size) => encodePng(rasterize(icon, size), size));
  const header = Buffer.alloc(6 + 16 * sizes.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(sizes.length, 4);
  let offset = header.length;
  sizes.forEach((size, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size % 256, entry); // 0 means 256
    header.writeUInt8(size % 256, entry + 1);
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(images[i]!.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += images[i]!.length;
  });
  return Buffer.concat([header, ...images]);
}
