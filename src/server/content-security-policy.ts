// The Content-Security-Policy of every page, chosen by the proxy. Pure: no framework imports.
import { isLocale } from "@/i18n/settings";

/**
 * Pages built once at build time, by the path after the locale. Their HTML is the same for
 * everyone, so it cannot carry a per-request nonce; they are content only and run no script.
 */
export const STATIC_PAGES: readonly string[] = ["accessibility"];

/** True for `/<locale>/<static page>` (with or without a trailing slash). */
export function isStaticPage(pathname: string): boolean {
  const [, locale, page, ...rest] = pathname.replace(/\/$/, "").split("/");
  return isLocale(locale) && page !== undefined && STATIC_PAGES.includes(page) && rest.length === 0;
}

type Options = { production: boolean; oidcIssuer?: string };

/**
 * Dynamic pages allow only scripts that carry this request's nonce (and what they load:
 * 'strict-dynamic'). A static page gets `script-src 'none'`: its inline scripts have no nonce,
 * and it works as plain HTML (its links and language switch are ordinary links).
 */
export function contentSecurityPolicy(nonce: string | null, { production, oidcIssuer }: Options): string {
  const scripts =
    nonce === null
      ? "script-src 'none'"
      : `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${production ? "" : " 'unsafe-eval'"}`;
  return [
    "default-src 'self'",
    scripts,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self' http://localhost:3001 " + (oidcIssuer ?? ""),
    "frame-ancestors 'none'",
  ].join("; ");
}
