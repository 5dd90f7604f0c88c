// Strings of the mock identification service come from locales/<lng>/idp.json only. A tiny
// translator is enough here (no React, no per-request instance): keys are typed from the Finnish
// file, which the unit test keeps in step with the Swedish and English ones.
import en from "../../locales/en/idp.json";
import fi from "../../locales/fi/idp.json";
import sv from "../../locales/sv/idp.json";

export const IDP_LANGUAGES = ["fi", "sv", "en"] as const;
export type IdpLanguage = (typeof IDP_LANGUAGES)[number];
export const DEFAULT_LANGUAGE: IdpLanguage = "fi";

type Messages = typeof fi;
type Leaves<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
export type MessageKey = Leaves<Messages>;

const RESOURCES: Record<IdpLanguage, Messages> = { fi, sv, en };

export function isIdpLanguage(value: unknown): value is IdpLanguage {
  return typeof value === "string" && (IDP_LANGUAGES as readonly string[]).includes(value);
}

/**
 * Picks the language: an explicit choice (?lang= or a form field) wins, then the OIDC
 * `ui_locales` parameter (space-separated, in order of preference, e.g. "sv fi"), then Finnish.
 */
export function pickLanguage(explicit: unknown, uiLocales?: unknown): IdpLanguage {
  if (isIdpLanguage(explicit)) return explicit;
  if (typeof uiLocales === "string") {
    for (const tag of uiLocales.split(/\s+/)) {
      const base = tag.toLowerCase().split("-")[0];
      if (isIdpLanguage(base)) return base;
    }
  }
  return DEFAULT_LANGUAGE;
}

export type Translate = (key: MessageKey, vars?: Record<string, string>) => string;

export function translator(lang: IdpLanguage): Translate {
  return (key, vars) => {
    let node: unknown = RESOURCES[lang];
    for (const part of key.split(".")) {
      node = typeof node === "object" && node !== null ? (node as Record<string, unknown>)[part] : undefined;
    }
    if (typeof node !== "string") throw new Error(`idp: missing translation ${lang}:${key}`);
    return node.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => vars?.[name] ?? whole);
  };
}
