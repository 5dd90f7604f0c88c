import "server-only";
import { createInstance, type i18n, type TFunction } from "i18next";
import { RESOURCES } from "./resources";
import { NAMESPACES, type Locale, type Namespace } from "./settings";

// One initialised instance per locale for the life of the process. Never call changeLanguage on
// a shared instance per request: concurrent requests in other languages would see the switch.
const instances = new Map<Locale, Promise<i18n>>();

function instanceFor(locale: Locale): Promise<i18n> {
  let pending = instances.get(locale);
  if (!pending) {
    const instance = createInstance();
    pending = instance
      .init({
        lng: locale,
        fallbackLng: false,
        ns: [...NAMESPACES],
        defaultNS: "common",
        resources: RESOURCES,
        interpolation: { escapeValue: false }, // React escapes
        returnNull: false,
      })
      .then(() => instance);
    instances.set(locale, pending);
  }
  return pending;
}

export async function getT(locale: Locale, ns: Namespace = "common"): Promise<TFunction> {
  const instance = await instanceFor(locale);
  return instance.getFixedT(locale, ns);
}
