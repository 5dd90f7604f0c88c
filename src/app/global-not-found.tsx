import { getT } from "@/i18n/server";
import { LOCALES } from "@/i18n/settings";
import "./globals.css";

// A URL that matches no route (e.g. /fi/nonexistent) gets this page, built once at build time. It
// cannot know the visitor's language, so it says the same in Finnish, Swedish and English, each
// part marked with its language, and links to each language's front page. Next marks it noindex.
const translations = () => Promise.all(LOCALES.map(async (locale) => ({ locale, t: await getT(locale) })));

export async function generateMetadata() {
  const parts = await translations();
  return { title: parts.map(({ t }) => t("errors.notFoundTitle")).join(" – ") };
}

export default async function GlobalNotFound() {
  const parts = await translations();
  return (
    <html lang="fi">
      <body>
        <main id="main" tabIndex={-1}>
          <div className="main-inner">
            {parts.map(({ locale, t }) => (
              <section key={locale} lang={locale} aria-labelledby={`not-found-${locale}`}>
                <h1 id={`not-found-${locale}`}>{t("errors.notFoundTitle")}</h1>
                <p>{t("errors.notFound")}</p>
                <p>
                  <a href={`/${locale}`}>{t("errors.toFrontPage")}</a>
                </p>
              </section>
            ))}
          </div>
        </main>
      </body>
    </html>
  );
}
