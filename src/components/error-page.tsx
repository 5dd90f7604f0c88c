import { locale as rootLocale } from "next/root-params";
import { getT } from "@/i18n/server";
import { DEFAULT_LOCALE, isLocale } from "@/i18n/settings";

/**
 * Special files (403, 404) get no params; the locale is the root segment's. Not a request header:
 * Next renders these fallbacks with every page, so reading headers here would keep static pages
 * from being built.
 */
async function requestLocale() {
  const value: unknown = await rootLocale();
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

export async function ErrorPage({ kind }: { kind: "forbidden" | "notFound" | "unavailable" }) {
  const locale = await requestLocale();
  const t = await getT(locale);
  return (
    <main id="main" tabIndex={-1}>
      <div className="main-inner">
        <h1>{t(`errors.${kind}Title`)}</h1>
        <p className="notice error">{t(`errors.${kind}`)}</p>
        <a href={`/${locale}/overview`}>{t("errors.backHome")}</a>
      </div>
    </main>
  );
}
