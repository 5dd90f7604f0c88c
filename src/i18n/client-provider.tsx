"use client";
import { createInstance } from "i18next";
import { useMemo, type ReactNode } from "react";
import { I18nextProvider, initReactI18next } from "react-i18next";
import type { Locale } from "./settings";

type Props = { locale: Locale; resources: Record<string, unknown>; children: ReactNode };

/** Gives client islands a t() for the page's locale; resources are passed from the server. */
export function I18nProvider({ locale, resources, children }: Props) {
  const instance = useMemo(() => {
    const inst = createInstance();
    void inst.use(initReactI18next).init({
      lng: locale,
      fallbackLng: false,
      resources: { [locale]: resources as Record<string, never> },
      defaultNS: "common",
      interpolation: { escapeValue: false },
      initAsync: false,
    });
    return inst;
  }, [locale, resources]);
  return <I18nextProvider i18n={instance}>{children}</I18nextProvider>;
}
