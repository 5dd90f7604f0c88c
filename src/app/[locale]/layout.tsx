import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { LOCALES, isLocale } from "@/i18n/settings";
import { getT } from "@/i18n/server";
import "../globals.css";

export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getT(locale);
  return { title: { default: t("app.name"), template: `%s – ${t("app.name")}` }, description: t("app.tagline") };
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = await getT(locale);
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t("app.skipToContent")}
        </a>
        {children}
      </body>
    </html>
  );
}
