import type { ReactNode } from "react";
import type { Locale } from "@/i18n/settings";
import { getT } from "@/i18n/server";
import { LanguageSwitch } from "./language-switch";
import { SiteFooter } from "./site-footer";

/** Header and footer for pages shown before sign-in. */
export async function PublicShell({ locale, children }: { locale: Locale; children: ReactNode }) {
  const t = await getT(locale);
  return (
    <>
      <header className="site-header">
        <div className="header-inner">
          <a className="brand" href={`/${locale}`}>
            {t("app.name")}
          </a>
          <LanguageSwitch locale={locale} label={t("header.language")} />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <div className="main-inner">{children}</div>
      </main>
      <SiteFooter t={t} locale={locale} />
    </>
  );
}
