// Writes the favicons from scripts/icons/designs.ts: `npx tsx scripts/generate-icons.ts`.
// The files are committed; tests/scripts/icons.test.ts checks that they still match the designs.
import fs from "node:fs";
import { toIco, toSvg } from "./icons/draw";
import { ICO_SIZES, ICON_FILES, IDP_ICON, PORTAL_ICON } from "./icons/designs";

const files: [string, string | Buffer][] = [
  [ICON_FILES.portalIco, toIco(PORTAL_ICON, ICO_SIZES)],
  [ICON_FILES.portalSvg, toSvg(PORTAL_ICON)],
  [ICON_FILES.idpIco, toIco(IDP_ICON, ICO_SIZES)],
];
for (const [file, content] of files) {
  fs.writeFileSync(file, content);
  console.info(`wrote ${file} (${content.length} bytes)`);
}
