// All translation resources, loaded statically so the server never reads files per request.
import fiCommon from "../../locales/fi/common.json";
import svCommon from "../../locales/sv/common.json";
import enCommon from "../../locales/en/common.json";
import fiPrescriptions from "../../locales/fi/prescriptions.json";
import svPrescriptions from "../../locales/sv/prescriptions.json";
import enPrescriptions from "../../locales/en/prescriptions.json";
import fiHealth from "../../locales/fi/health.json";
import svHealth from "../../locales/sv/health.json";
import enHealth from "../../locales/en/health.json";
import fiSocial from "../../locales/fi/social.json";
import svSocial from "../../locales/sv/social.json";
import enSocial from "../../locales/en/social.json";
import fiWellbeing from "../../locales/fi/wellbeing.json";
import svWellbeing from "../../locales/sv/wellbeing.json";
import enWellbeing from "../../locales/en/wellbeing.json";
import fiDataUse from "../../locales/fi/dataUse.json";
import svDataUse from "../../locales/sv/dataUse.json";
import enDataUse from "../../locales/en/dataUse.json";
import fiIdp from "../../locales/fi/idp.json";
import svIdp from "../../locales/sv/idp.json";
import enIdp from "../../locales/en/idp.json";
import type { Locale, Namespace } from "./settings";
import type { StringTree } from "./string-tree";

export const RESOURCES: Record<Locale, Record<Namespace, StringTree>> = {
  fi: { common: fiCommon, prescriptions: fiPrescriptions, health: fiHealth, social: fiSocial, wellbeing: fiWellbeing, dataUse: fiDataUse, idp: fiIdp },
  sv: { common: svCommon, prescriptions: svPrescriptions, health: svHealth, social: svSocial, wellbeing: svWellbeing, dataUse: svDataUse, idp: svIdp },
  en: { common: enCommon, prescriptions: enPrescriptions, health: enHealth, social: enSocial, wellbeing: enWellbeing, dataUse: enDataUse, idp: enIdp },
};
