// A tiny HTTP client with one cookie jar per origin and manual redirects, enough to drive the real
// OpenID Connect sign-in (portal → identification service → portal) with plain fetch, the way a
// browser without JavaScript would, and then to reuse the portal's session cookie elsewhere.

type Jar = Map<string, string>;

export class CookieClient {
  private readonly jars = new Map<string, Jar>();

  private jar(origin: string): Jar {
    let jar = this.jars.get(origin);
    if (!jar) this.jars.set(origin, (jar = new Map()));
    return jar;
  }

  /** The Cookie header this client sends to `origin` (paths are ignored: each server gets all of its own). */
  cookieHeader(origin: string): string {
    return [...this.jar(origin)].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  cookie(origin: string, name: string): string | undefined {
    return this.jar(origin).get(name);
  }

  private store(origin: string, response: Response) {
    const jar = this.jar(origin);
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(";");
      const eq = pair!.indexOf("=");
      if (eq < 0) continue;
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      const expired = attrs.some((a) => {
        const [k, v] = a.split("=").map((s) => s.trim());
        if (k?.toLowerCase() === "max-age") return Number(v) <= 0;
        if (k?.toLowerCase() === "expires") return new Date(v ?? "").getTime() < Date.now();
        return false;
      });
      if (expired || value === "") jar.delete(name);
      else jar.set(name, value);
    }
  }

  /** One request, no redirect following; cookies of the response are stored. */
  async request(url: string | URL, init: RequestInit = {}): Promise<Response> {
    const u = new URL(url);
    const headers = new Headers(init.headers);
    const cookie = this.cookieHeader(u.origin);
    if (cookie) headers.set("cookie", cookie);
    const response = await fetch(u, { ...init, headers, redirect: "manual" });
    this.store(u.origin, response);
    return response;
  }

  /** Follows redirects (GET after 301/302/303, as browsers do) and returns the last response and URL. */
  async follow(url: string | URL, init: RequestInit = {}, max = 15): Promise<{ response: Response; url: URL }> {
    let current = new URL(url);
    let response = await this.request(current, init);
    for (let i = 0; i < max && response.status >= 300 && response.status < 400; i++) {
      const location = response.headers.get("location");
      if (!location) break;
      await response.arrayBuffer().catch(() => undefined);
      current = new URL(location, current);
      response = await this.request(current);
    }
    return { response, url: current };
  }
}

export type Identity = { persona: string } | { hetu: string };

export type SignInResult = { client: CookieClient; landedOn: string };

export class SignInError extends Error {
  constructor(
    message: string,
    readonly step: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = "SignInError";
  }
}

const form = (data: Record<string, string>) => ({
  method: "POST",
  headers: { "content-type": "application/x-www-form-urlencoded" },
  body: new URLSearchParams(data).toString(),
});

/**
 * S-1's real flow without a browser: next-auth's sign-in endpoint (CSRF token, PKCE, state, nonce),
 * the identification service's method, identify and confirm pages, and back to the portal's
 * callback, which sets the session cookie. Throws SignInError with the failing step.
 */
export async function signInWithFetch(portal: string, identity: Identity, locale = "fi"): Promise<SignInResult> {
  const client = new CookieClient();
  const portalOrigin = new URL(portal).origin;
  const csrf = await client.request(`${portal}/api/auth/csrf`);
  if (!csrf.ok) throw new SignInError(`csrf: HTTP ${csrf.status}`, "csrf", csrf.status);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };

  const start = await client.request(`${portal}/api/auth/signin/suomifi?ui_locales=${locale}`, {
    ...form({ csrfToken, callbackUrl: `/${locale}/overview`, json: "true" }),
    headers: { "content-type": "application/x-www-form-urlencoded", origin: portalOrigin },
  });
  if (!start.ok) throw new SignInError(`sign-in start: HTTP ${start.status}`, "signin", start.status);
  const { url: authorizeUrl } = (await start.json()) as { url: string };
  if (!authorizeUrl || !authorizeUrl.includes("/auth")) throw new SignInError(`sign-in start: no authorization URL (${authorizeUrl})`, "signin");

  // The identification service: first page (choose a method).
  const methodPage = await client.follow(authorizeUrl);
  const uid = /\/interaction\/([A-Za-z0-9_-]+)/.exec(methodPage.url.pathname)?.[1];
  await methodPage.response.arrayBuffer();
  if (!uid) throw new SignInError(`identification service: no interaction (${methodPage.url})`, "authorize", methodPage.response.status);
  const idp = methodPage.url.origin;
  const base = `${idp}/interaction/${uid}`;
  const method = "bank-aurora";

  const chose = await client.request(`${base}/method?lang=${locale}`, form({ method }));
  await chose.arrayBuffer();
  if (chose.status !== 303) throw new SignInError(`choose method: HTTP ${chose.status}`, "method", chose.status);

  const identified = await client.request(`${base}/identify?lang=${locale}`, form({ method, ...identity }));
  await identified.arrayBuffer();
  if (identified.status !== 303) {
    throw new SignInError(`identify ${JSON.stringify(identity)}: HTTP ${identified.status}`, "identify", identified.status);
  }

  const confirmed = await client.request(`${base}/confirm?lang=${locale}`, form({}));
  await confirmed.arrayBuffer();
  const next = confirmed.headers.get("location");
  if (!next) throw new SignInError(`confirm: HTTP ${confirmed.status} without a redirect`, "confirm", confirmed.status);
  const landed = await client.follow(new URL(next, base));
  await landed.response.arrayBuffer();
  if (landed.url.origin === idp) {
    // The identification service did not finish the login (e.g. it lost the identified person).
    throw new SignInError(`confirm: the identification service went back to ${landed.url.pathname}`, "confirm", landed.response.status);
  }
  if (landed.url.origin !== portalOrigin || !landed.url.pathname.endsWith("/overview") || landed.response.status !== 200) {
    throw new SignInError(`landed on ${landed.url} (HTTP ${landed.response.status})`, "callback", landed.response.status);
  }
  return { client, landedOn: landed.url.toString() };
}

/** The `$ACTION_ID_…` field of the (JavaScript-free) server-action form that chooses `personId`. */
export function switchActionField(overviewHtml: string, personId: string): string | null {
  const idx = overviewHtml.indexOf(`value="${personId}"`);
  if (idx < 0) return null;
  const formStart = overviewHtml.lastIndexOf("<form", idx);
  const formEnd = overviewHtml.indexOf("</form>", idx);
  const formHtml = overviewHtml.slice(formStart, formEnd);
  return /name="(\$ACTION_ID_[0-9a-f]+)"/.exec(formHtml)?.[1] ?? null;
}

/** A multipart/form-data body with a fixed boundary (what a browser posts for a server-action form). */
export function multipartBody(fields: Record<string, string>, boundary = "----mkbench7d1f0c"): { body: string; contentType: string } {
  const parts = Object.entries(fields).map(
    ([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  return { body: `${parts.join("")}--${boundary}--\r\n`, contentType: `multipart/form-data; boundary=${boundary}` };
}
