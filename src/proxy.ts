import { NextResponse, type NextRequest } from "next/server";
import { DEFAULT_LOCALE, isLocale } from "@/i18n/settings";
import { contentSecurityPolicy, isStaticPage } from "@/server/content-security-policy";

// Locale redirects and security headers only. Authorisation is never decided here: every page,
// action and route handler checks the permission module itself.

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
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", csp);
  // A static page's response may be kept by shared caches, so it never sets a cookie.
  if (isLocale(first) && !staticPage && request.cookies.get("mk.locale")?.value !== first) {
    response.cookies.set("mk.locale", first, { path: "/", sameSite: "lax", httpOnly: false, maxAge: 31536000 });
  }
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|robots.txt|print.css).*)"],
};

