import { getT } from "@/i18n/server";
import { DEFAULT_LOCALE, isLocale } from "@/i18n/settings";

// Shown when the database cannot be reached: a plain, translated page with HTTP 503 and no
// dependency on the database, so it renders even while everything else is down.
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : DEFAULT_LOCALE;
  const t = await getT(locale);
  const from = new URL(request.url).searchParams.get("from") ?? "";
  const back = from.startsWith(`/${locale}`) && !from.startsWith("//") ? from : `/${locale}`;
  const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const html = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(t("errors.unavailableTitle"))} – ${escape(t("app.name"))}</title>
<style>body{font-family:system-ui,sans-serif;margin:0;color:#1b1b1b}header{background:#0a3f75;color:#fff;padding:1rem}main{max-width:48rem;margin:2rem auto;padding:0 1rem}a{color:#0a3f75}a:focus-visible{outline:3px solid #ffbf47}</style>
</head><body><header><strong>${escape(t("app.name"))}</strong></header>
<main id="main"><h1>${escape(t("errors.unavailableTitle"))}</h1><p role="alert">${escape(t("errors.unavailable"))}</p>
<p><a href="${escape(back)}">${escape(t("disturbance.tryAgain"))}</a></p></main></body></html>`;
  return new Response(html, {
    status: 503,
    headers: { "content-type": "text/html; charset=utf-8", "retry-after": "30", "cache-control": "no-store" },
  });
}
