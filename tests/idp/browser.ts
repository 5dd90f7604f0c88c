// A minimal "browser" for driving the mock identification service with plain fetch: a
// path-aware cookie jar, manual redirects, and just enough HTML parsing to find forms.
import { createHash, randomBytes } from "node:crypto";

type Cookie = { name: string; value: string; path: string; expires?: number };

export type Step = { status: number; url: string; location?: string; html: string; setCookies: string[] };

export class Browser {
  private cookies: Cookie[] = [];

  constructor(private readonly origin: string) {}

  private store(setCookies: string[], requestUrl: URL) {
    for (const header of setCookies) {
      const [pair, ...attrs] = header.split(";").map((s) => s.trim());
      const eq = pair!.indexOf("=");
      const cookie: Cookie = { name: pair!.slice(0, eq), value: pair!.slice(eq + 1), path: "/" };
      let maxAge: number | undefined;
      for (const attr of attrs) {
        const [k, v = ""] = attr.split("=");
        const key = k!.toLowerCase();
        if (key === "path") cookie.path = v;
        if (key === "expires") cookie.expires = Date.parse(v);
        if (key === "max-age") maxAge = Number(v);
      }
      if (maxAge !== undefined) cookie.expires = Date.now() + maxAge * 1000;
      if (!attrs.some((a) => a.toLowerCase().startsWith("path=")))
        cookie.path = requestUrl.pathname.replace(/\/[^/]*$/, "") || "/";
      this.cookies = this.cookies.filter((c) => !(c.name === cookie.name && c.path === cookie.path));
      if (cookie.expires === undefined || cookie.expires > Date.now()) this.cookies.push(cookie);
    }
  }

  cookieHeader(url: URL): string {
    const now = Date.now();
    return this.cookies
      .filter(
        (c) =>
          (c.expires === undefined || c.expires > now) &&
          (url.pathname === c.path ||
            url.pathname.startsWith(c.path.endsWith("/") ? c.path : `${c.path}/`) ||
            c.path === "/"),
      )
      .map((c) => `${c.name}=${c.value}`)
      .join("; ");
  }

  hasCookie(name: string): boolean {
    return this.cookies.some((c) => c.name === name);
  }

  async request(
    method: "GET" | "POST",
    target: string,
    form?: Record<string, string>,
    headers: Record<string, string> = {},
  ): Promise<Step> {
    const url = new URL(target, this.origin);
    const res = await fetch(url, {
      method,
      redirect: "manual",
      headers: {
        ...(form ? { "content-type": "application/x-www-form-urlencoded" } : {}),
        cookie: this.cookieHeader(url),
        ...headers,
      },
      body: form ? new URLSearchParams(form).toString() : undefined,
    });
    const setCookies = res.headers.getSetCookie();
    this.store(setCookies, url);
    const location = res.headers.get("location") ?? undefined;
    return {
      status: res.status,
      url: url.toString(),
      location: location ? new URL(location, url).toString() : undefined,
      html: await res.text(),
      setCookies,
    };
  }

  get(target: string) {
    return this.request("GET", target);
  }

  post(target: string, form: Record<string, string> = {}, headers: Record<string, string> = {}) {
    return this.request("POST", target, form, headers);
  }

  /** Follows 3xx redirects on this origin; stops at the first response elsewhere (the portal). */
  async follow(step: Step): Promise<Step> {
    let current = step;
    for (let i = 0; i < 10 && current.location; i++) {
      if (new URL(current.location).origin !== this.origin) return current;
      current = await this.get(current.location);
    }
    return current;
  }
}

export type FormInfo = { action: string; fields: Record<string, string> };

/** Finds the form whose action contains `actionPart` and its hidden inputs. */
export function findForm(html: string, actionPart: string): FormInfo {
  const forms = [...html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)];
  for (const [, attrs, inner] of forms) {
    const action = /action="([^"]*)"/.exec(attrs!)?.[1]?.replace(/&amp;/g, "&");
    if (action === undefined || !action.includes(actionPart)) continue;
    const fields: Record<string, string> = {};
    for (const [, input] of inner!.matchAll(/<input\b([^>]*)>/g)) {
      if (!/type="hidden"/.test(input!)) continue;
      const name = /name="([^"]*)"/.exec(input!)?.[1];
      const value = /value="([^"]*)"/.exec(input!)?.[1] ?? "";
      if (name) fields[name] = value;
    }
    return { action, fields };
  }
  throw new Error(`no form with action containing ${actionPart} in:\n${html.slice(0, 2000)}`);
}

export function pkcePair() {
  const verifier = randomBytes(32).toString("base64url");
  const challenge = createHash("sha256").update(verifier).digest("base64url");
  return { verifier, challenge };
}

export function htmlLang(html: string): string | undefined {
  return /<html lang="([^"]+)"/.exec(html)?.[1];
}
