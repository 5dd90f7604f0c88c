// The two favicons: the portal's white "K" on its own blue, and the identification service's white
// key on its header blue, so two tabs side by side tell the services apart. Original drawings.
import type { Icon } from "./draw";

/** The portal (src/app/favicon.ico and src/app/icon.svg); --blue of globals.css. */
export const PORTAL_ICON: Icon = {
  shapes: [
    { kind: "roundedSquare", radius: 6, fill: "#0a3f75" },
    {
      kind: "lines",
      width: 4.5,
      color: "#ffffff",
      paths: [
        [[11, 8], [11, 24]],
        [[21.5, 8], [12.5, 16.5]],
        [[15, 14.5], [22, 24]],
      ],
    },
  ],
};

/** The mock identification service (src/idp/favicon.ico); the header colour of its pages. */
export const IDP_ICON: Icon = {
  shapes: [
    { kind: "roundedSquare", radius: 6, fill: "#003479" },
    { kind: "ring", cx: 11, cy: 16, r: 5, width: 3.5, color: "#ffffff" },
    {
      kind: "lines",
      width: 3.5,
      color: "#ffffff",
      paths: [
        [[16, 16], [26, 16]],
        [[22, 16], [22, 20.5]],
        [[26, 16], [26, 19.5]],
      ],
    },
  ],
};

export const ICO_SIZES = [16, 32] as const;

/** Where each generated file goes, relative to the repository root. */
export const ICON_FILES = {
  portalIco: "src/app/favicon.ico",
  portalSvg: "src/app/icon.svg",
  idpIco: "src/idp/favicon.ico",
} as const;
