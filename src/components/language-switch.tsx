"use client";
import { usePathname } from "next/navigation";
import { LOCALES, type Locale } from "@/i18n/settings";

const NAMES: Record<Locale, string> = { fi: "Suomeksi", sv: "På svenska", en: "In English" };

/** Links to the same page in the other languages (each name in its own language). */
export function LanguageSwitch({ locale, label }: { locale: Locale; label: string }) {
  const pathname = usePathname() ?? `/${locale}`;
  const rest = pathname.split("/").slice(2).join("/");
  return (
    <nav aria-label={label}>
      <ul className="lang-switch">
        {LOCALES.map((l) => (
          <li key={l}>
            <a href={`/${l}${rest ? `/${rest}` : ""}`} lang={l} hrefLang={l} aria-current={l === locale ? "true" : undefined}>
              {NAMES[l]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
