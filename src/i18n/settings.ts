// Locales and namespaces. Finnish is the default, as on kanta.fi. Pure data: safe for the proxy,
// server components and client islands alike.
export const LOCALES = ["fi", "sv", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "fi";

export const NAMESPACES = ["common", "prescriptions", "health", "social", "wellbeing", "dataUse", "idp"] as const;
export type Namespace = (typeof NAMESPACES)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** BCP 47 tags for Intl and date-fns formatting. */
export const INTL_LOCALE: Record<Locale, string> = { fi: "fi-FI", sv: "sv-FI", en: "en-GB" };
