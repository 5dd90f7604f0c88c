"use client";
import { createInstance, type i18n } from "i18next";
import type { ReactNode } from "react";
import { I18nextProvider, initReactI18next } from "react-i18next";
import type { Locale } from "./settings";

type Props = { locale: Locale; resources: Record<string, unknown>; children: ReactNode };

// One instance per locale and set of namespaces: the resources are static, and on the server an
// instance per render cost more than rendering the form itself.
const instances = new Map<string, i18n>();

function instanceFor(locale: Locale, resources: Record<string, unknown>): i18n {
  const id = `${locale}:${Object.keys(resources).sort().join(",")}`;
  let inst = instances.get(id);
  if (!inst) {
    inst = createInstance();
    void inst.use(initReactI18next).init({
      lng: locale,
      fallbackLng: false,
      resources: { [locale]: resources as Record<string, never> },
      defaultNS: "common",
      interpolation: { escapeValue: false },
      initAsync: false,
    });
    instances.set(id, inst);
  }
  return inst;
}

/** Gives client islands a t() for the page's locale; resources are passed from the server. */
export function I18nProvider({ locale, resources, children }: Props) {
  return <I18nextProvider i18n={instanceFor(locale, resources)}>{children}</I18nextProvider>;
}
