// All translation resources, loaded statically so the server never reads files per request.
import fiCommon from "../../locales/fi/common.json";
import svCommon from "../../locales/sv/common.json";
import enCommon from "../../locales/en/common.json";
import fiSections from "../../locales/fi/sections.json";
import svSections from "../../locales/sv/sections.json";
import enSections from "../../locales/en/sections.json";
import fiDataUse from "../../locales/fi/dataUse.json";
import svDataUse from "../../locales/sv/dataUse.json";
import enDataUse from "../../locales/en/dataUse.json";
import fiIdp from "../../locales/fi/idp.json";
import svIdp from "../../locales/sv/idp.json";
import enIdp from "../../locales/en/idp.json";
import type { Locale, Namespace } from "./settings";

type Tree = { [key: string]: string | Tree };

export const RESOURCES: Record<Locale, Record<Namespace, Tree>> = {
  fi: { common: fiCommon, sections: fiSections, dataUse: fiDataUse, idp: fiIdp },
  sv: { common: svCommon, sections: svSections, dataUse: svDataUse, idp: svIdp },
  en: { common: enCommon, sections: enSections, dataUse: enDataUse, idp: enIdp },
};
