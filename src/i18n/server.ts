import "server-only";
import { createInstance, type i18n, type TFunction } from "i18next";
import { createFastTranslator } from "./fast-translator";
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

const translators = new Map<string, TFunction>();

/** A t() for one locale and namespace; kept for the life of the process (see fast-translator.ts). */
export async function getT(locale: Locale, ns: Namespace = "common"): Promise<TFunction> {
  const id = `${locale}:${ns}`;
  let t = translators.get(id);
  if (!t) {
    const instance = await instanceFor(locale);
    const fallback = instance.getFixedT(locale, ns);
    const fast = createFastTranslator({
      locale,
      resources: RESOURCES[locale],
      defaultNs: ns,
      fallback: (key, options) => String(fallback(key as string | string[], options as never)),
    });
    t = fast as unknown as TFunction; // same call shape as i18next's t for the options used here
    translators.set(id, t);
  }
  return t;
}
