import { NextResponse, type NextRequest } from "next/server";
import { DEFAULT_LOCALE, isLocale } from "@/i18n/settings";
import { contentSecurityPolicy, isStaticPage } from "@/server/content-security-policy";
import { disturbanceNoticePath } from "@/server/kanta/disturbance-board";

// Locale redirects, security headers and the 503 notice of a disturbed section. Authorisation is
// never decided here: every page, action and route handler checks the permission module itself
// (the notice page too, before it says anything).

function preferredLocale(request: NextRequest): string {
  const cookie = request.cookies.get("mk.locale")?.value;
  if (isLocale(cookie)) return cookie;
  const header = request.headers.get("accept-language") ?? "";
  for (const part of header.split(",")) {
    const tag = part.split(";")[0]!.trim().slice(0, 2).toLowerCase();
    if (isLocale(tag)) return tag;
  }
  return DEFAULT_LOCALE;
}

/**
 * D-1: a page of a section whose Kanta service is disturbed gets the section's notice, rendered on
 * the server in the portal frame, with HTTP 503 and the address unchanged (Next keeps the status
 * of a proxy's rewrite). Only a lookup in the flags this process last read (disturbance-board.ts):
 * no query here. Form posts (server actions) go through: they answer 503 themselves.
 */
function disturbedSection(request: NextRequest, notice: string, requestHeaders: Headers) {
  const url = request.nextUrl.clone();
  url.pathname = notice;
  url.search = "";
  const response = NextResponse.rewrite(url, { status: 503, request: { headers: requestHeaders } });
  response.headers.set("retry-after", "60");
  return response;
}

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const first = pathname.split("/")[1];

  if (!pathname.startsWith("/api") && !isLocale(first)) {
    const url = request.nextUrl.clone();
    url.pathname = `/${preferredLocale(request)}${pathname === "/" ? "" : pathname}`;
    return NextResponse.redirect(url);
  }

  const staticPage = isStaticPage(pathname);
  const csp = contentSecurityPolicy(staticPage ? null : Buffer.from(crypto.randomUUID()).toString("base64"), {
    production: process.env.NODE_ENV === "production",
    oidcIssuer: process.env.OIDC_ISSUER,
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", csp);
  if (isLocale(first)) requestHeaders.set("x-mk-locale", first);
  requestHeaders.set("x-mk-path", pathname);
  requestHeaders.set("x-mk-search", request.nextUrl.search);
  const notice = request.method === "GET" || request.method === "HEAD" ? disturbanceNoticePath(pathname) : null;
  const response = notice
    ? disturbedSection(request, notice, requestHeaders)
    : NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", csp);
  // A static page's response may be kept by shared caches, so it never sets a cookie.
  if (isLocale(first) && !staticPage && request.cookies.get("mk.locale")?.value !== first) {
    response.cookies.set("mk.locale", first, { path: "/", sameSite: "lax", httpOnly: false, maxAge: 31536000 });
  }
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt|print.css).*)"],
};

