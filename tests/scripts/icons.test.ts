// The committed favicons are what scripts/generate-icons.ts draws from the designs, and valid
// files: an .ico of PNG entries (16 and 32 px) for each service and the portal's SVG.
import { readFileSync } from "node:fs";
import path from "node:path";
import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { PNG_SIGNATURE, rasterize, toSvg, type Icon } from "../../scripts/icons/draw";
import { ICO_SIZES, ICON_FILES, IDP_ICON, PORTAL_ICON } from "../../scripts/icons/designs";

const read = (file: string) => readFileSync(path.resolve(import.meta.dirname, "../..", file));

/** The entries of an .ico: size and RGBA pixels of each PNG (8-bit RGBA, filter 0 rows). */
function decodeIco(ico: Buffer): { size: number; rgba: Uint8Array }[] {
  expect(ico.readUInt16LE(0)).toBe(0);
  expect(ico.readUInt16LE(2)).toBe(1);
  return Array.from({ length: ico.readUInt16LE(4) }, (_, i) => {
    const entry = 6 + 16 * i;
    const size = ico.readUInt8(entry) || 256;
    const png = ico.subarray(ico.readUInt32LE(entry + 12), ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8));
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    const idat: Buffer[] = [];
    for (let at = 8; at < png.length; ) {
      const length = png.readUInt32BE(at);
      const type = png.toString("ascii", at + 4, at + 8);
      const data = png.subarray(at + 8, at + 8 + length);
      if (type === "IHDR") expect([data.readUInt32BE(0), data.readUInt32BE(4), data[8], data[9]]).toEqual([size, size, 8, 6]);
      if (type === "IDAT") idat.push(data);
      at += 12 + length;
    }
    const rows = inflateSync(Buffer.concat(idat));
    const rgba = new Uint8Array(size * size * 4);
    for (let y = 0; y < size; y++) {
      expect(rows[y * (size * 4 + 1)]).toBe(0);
      rgba.set(rows.subarray(y * (size * 4 + 1) + 1, (y + 1) * (size * 4 + 1)), y * size * 4);
    }
    return { size, rgba };
  });
}

const pixel = (rgba: Uint8Array, size: number, x: number, y: number) => [...rgba.subarray((y * size + x) * 4, (y * size + x) * 4 + 4)];

describe("favicons", () => {
  const cases: [string, Icon][] = [
    [ICON_FILES.portalIco, PORTAL_ICON],
    [ICON_FILES.idpIco, IDP_ICON],
  ];
  for (const [file, icon] of cases) {
    it(`${file} holds the design at ${ICO_SIZES.join(" and ")} px (run scripts/generate-icons.ts after a change)`, () => {
      const entries = decodeIco(read(file));
      expect(entries.map((e) => e.size)).toEqual([...ICO_SIZES]);
      for (const { size, rgba } of entries) expect(Buffer.from(rgba).equals(Buffer.from(rasterize(icon, size))), `${size}px`).toBe(true);
    });
  }

  it("the portal's icon.svg is the same design", () => {
    expect(read(ICON_FILES.portalSvg).toString("utf8")).toBe(toSvg(PORTAL_ICON));
  });

  it("draws a white K on an opaque blue square with rounded, transparent corners", () => {
    const rgba = rasterize(PORTAL_ICON, 32);
    expect(pixel(rgba, 32, 0, 0)[3]).toBeLessThan(128);
    expect(pixel(rgba, 32, 3, 16)).toEqual([0x0a, 0x3f, 0x75, 255]);
    expect(pixel(rgba, 32, 11, 16)).toEqual([255, 255, 255, 255]);
  });
});
