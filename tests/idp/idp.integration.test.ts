// The mock Suomi.fi e-Identification end to end, over HTTP with plain fetch (no PostgreSQL).
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from "jose";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { persona } from "@prisma-seed/personas";
import { createIdpServer, SSO_SESSION_TTL_SECONDS, type IdpOptions, type IdpServer } from "@/idp/server";
import { subjectFor } from "@/idp/identities";
import { COOKIE_NAMES } from "@/idp/provider-config";
import { Browser, findForm, htmlLang, pkcePair, type Step } from "./browser";

const PORTAL = "http://portal.test:3000";
const CALLBACK = `${PORTAL}/api/auth/callback/suomifi`;
const CLIENT_ID = "mittkanta-portal";
const CLIENT_SECRET = "test-secret-123";
const SUB_SECRET = "test-subject-secret";

async function startIdp(extra: Partial<IdpOptions> = {}): Promise<{ idp: IdpServer; issuer: string }> {
  const idp = createIdpServer({
    portalUrl: PORTAL,
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    subjectSecret: SUB_SECRET,
    jwksFile: false,
    log: () => {},
    ...extra,
  });
  const { issuer } = await idp.listen(0, "127.0.0.1");
  return { idp, issuer };
}

type AuthRequest = { state: string; nonce: string; verifier: string; url: string };

function authRequest(issuer: string, extra: Record<string, string> = {}): AuthRequest {
  const { verifier, challenge } = pkcePair();
  const state = randomBytes(12).toString("base64url");
  const nonce = randomBytes(12).toString("base64url");
  const params = new URLSearchParams({
    client_id: CLIENT_ID,
    redirect_uri: CALLBACK,
    response_type: "code",
    scope: "openid profile",
    state,
    nonce,
    code_challenge: challenge,
    code_challenge_method: "S256",
    ...extra,
  });
  return { state, nonce, verifier, url: `${issuer}/auth?${params}` };
}

/** Drives the pages: method -> identify -> confirm -> continue; returns the redirect to the portal. */
async function identify(
  browser: Browser,
  start: Step,
  who: { persona?: string; hetu?: string },
  method = "bank-aurora",
): Promise<Step> {
  const methodPage = await browser.follow(start);
  expect(methodPage.status).toBe(200);
  const chosen = await browser.post(findForm(methodPage.html, "/method").action, { method });
  const identifyPage = await browser.follow(chosen);
  expect(identifyPage.status).toBe(200);
  const form = findForm(identifyPage.html, "/identify");
  const identified = await browser.post(form.action, {
    ...form.fields,
    persona: who.persona ?? "",
    hetu: who.hetu ?? "",
  });
  expect(identified.status).toBe(303);
  const confirm = await browser.follow(identified);
  expect(confirm.status).toBe(200);
  const finished = await browser.post(findForm(confirm.html, "/confirm").action);
  return browser.follow(finished);
}

async function exchange(issuer: string, code: string, verifier: string, auth: "basic" | "post" = "basic") {
  const body = new URLSearchParams({
    grant_type: "authorization_code",
    code,
    redirect_uri: CALLBACK,
    code_verifier: verifier,
  });
  const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded" };
  if (auth === "basic")
    headers.authorization = `Basic ${Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString("base64")}`;
  else {
    body.set("client_id", CLIENT_ID);
    body.set("client_secret", CLIENT_SECRET);
  }
  const res = await fetch(`${issuer}/token`, { method: "POST", headers, body });
  return { status: res.status, json: (await res.json()) as Record<string, string> };
}

function callbackParams(step: Step): URLSearchParams {
  expect(step.status).toBe(303);
  expect(step.location?.startsWith(`${CALLBACK}?`)).toBe(true);
  return new URL(step.location!).searchParams;
}

describe("mock Suomi.fi e-Identification (OIDC)", () => {
  let idp: IdpServer;
  let issuer: string;
  let jwks: ReturnType<typeof createRemoteJWKSet>;

  beforeAll(async () => {
    ({ idp, issuer } = await startIdp());
    jwks = createRemoteJWKSet(new URL(`${issuer}/jwks`));
  });
  afterAll(async () => {
    await idp.close();
  });

  async function verifyIdToken(idToken: string): Promise<JWTPayload & Record<string, unknown>> {
    const { payload, protectedHeader } = await jwtVerify(idToken, jwks, { issuer, audience: CLIENT_ID });
    expect(["RS256", "ES256"]).toContain(protectedHeader.alg);
    return payload as JWTPayload & Record<string, unknown>;
  }

  it("publishes discovery with PKCE S256, JWKS, end-session and the documented claims", async () => {
    const res = await fetch(`${issuer}/.well-known/openid-configuration`);
    expect(res.status).toBe(200);
    const d = (await res.json()) as Record<string, unknown>;
    expect(d.issuer).toBe(issuer);
    expect(d.jwks_uri).toBe(`${issuer}/jwks`);
    expect(d.end_session_endpoint).toBe(`${issuer}/session/end`);
    expect(d.code_challenge_methods_supported).toEqual(["S256"]);
    expect(d.response_types_supported).toEqual(["code"]);
    expect(d.scopes_supported).toEqual(
      expect.arrayContaining(["openid", "profile", "personal_identity_code"]),
    );
    expect(d.claims_supported).toEqual(
      expect.arrayContaining([
        "sub",
        "given_name",
        "family_name",
        "name",
        "birthdate",
        "national_identification_number",
      ]),
    );
    expect(d.token_endpoint_auth_methods_supported).toEqual(
      expect.arrayContaining(["client_secret_basic", "client_secret_post"]),
    );
    const keys = (await (await fetch(`${issuer}/jwks`)).json()) as { keys: Record<string, unknown>[] };
    expect(keys.keys.length).toBeGreaterThan(0);
    expect(keys.keys.every((k) => k.d === undefined)).toBe(true); // public parts only
  });

  it("answers /favicon.ico with the service's icon (an .ico)", async () => {
    const res = await fetch(`${issuer}/favicon.ico`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/x-icon");
    const body = Buffer.from(await res.arrayBuffer());
    expect([body.readUInt16LE(0), body.readUInt16LE(2)]).toEqual([0, 1]);
  });

  it("S-1: full authorization code + PKCE flow with a persona gives a signed ID token with the hetu", async () => {
    const browser = new Browser(issuer);
    const req = authRequest(issuer);
    const start = await browser.get(req.url);
    expect(start.status).toBe(303);
    expect(start.location).toMatch(/\/interaction\/[\w-]+$/);

    const back = await identify(browser, start, { persona: "kari" });
    const params = callbackParams(back);
    expect(params.get("state")).toBe(req.state);
    expect(params.get("iss")).toBe(issuer);
    const code = params.get("code");
    expect(code).toBeTruthy();

    const token = await exchange(issuer, code!, req.verifier);
    expect(token.status).toBe(200);
    expect(token.json.token_type).toBe("Bearer");
    const claims = await verifyIdToken(token.json.id_token!);
    const kari = persona("kari");
    expect(claims.nonce).toBe(req.nonce);
    expect(claims.national_identification_number).toBe("010280-952L");
    expect(kari.hetu).toBe("010280-952L");
    expect(claims.sub).toBe(subjectFor(kari.hetu, SUB_SECRET));
    expect(claims.sub).not.toContain(kari.hetu);
    expect(claims.given_name).toBe("Kari Olavi");
    expect(claims.family_name).toBe("Heikkinen");
    expect(claims.name).toBe("Kari Olavi Heikkinen");
    expect(claims.birthdate).toBe("1980-02-01");
    expect(claims.acr).toBe("http://ftn.ficora.fi/2017/loa2");
    expect(claims.amr).toEqual(["bank"]);

    // userinfo answers with the same person.
    const userinfo = () =>
      fetch(`${issuer}/me`, { headers: { authorization: `Bearer ${token.json.access_token}` } });
    const me = await userinfo();
    expect(me.status).toBe(200);
    expect(((await me.json()) as Record<string, unknown>).national_identification_number).toBe(kari.hetu);

    // The code is single-use; replaying it also revokes what it gave.
    expect((await exchange(issuer, code!, req.verifier)).status).toBe(400);
    expect((await userinfo()).status).toBe(401);
  });

  it("S-1: a typed synthetic henkilötunnus of the test register works, with client_secret_post", async () => {
    const browser = new Browser(issuer);
    const aino = persona("aino");
    const req = authRequest(issuer, { scope: "openid profile personal_identity_code", ui_locales: "sv" });
    const back = await identify(
      browser,
      await browser.get(req.url),
      { hetu: aino.hetu.toLowerCase() },
      "mobile",
    );
    const token = await exchange(issuer, callbackParams(back).get("code")!, req.verifier, "post");
    expect(token.status).toBe(200);
    const claims = await verifyIdToken(token.json.id_token!);
    expect(claims.national_identification_number).toBe(aino.hetu);
    expect(claims.family_name).toBe("Virtanen");
    expect(claims.acr).toBe("http://ftn.ficora.fi/2017/loa3");
  });

  it("S-1: a person generated by the scale seed (extra identities file) can be identified and gets a token", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "idp-extra-"));
    const file = path.join(dir, "heavy-personas.json");
    const generated = {
      ...persona("kari"),
      key: "heavyAdult",
      id: "5c000000-0000-4000-8000-000000000001",
      hetu: "171052-931F",
      firstNames: "Heikki",
      lastName: "Raskas",
    };
    fs.writeFileSync(file, JSON.stringify({ persons: [generated] }));
    const before = process.env.IDP_EXTRA_IDENTITIES_FILE;
    process.env.IDP_EXTRA_IDENTITIES_FILE = file;
    try {
      const browser = new Browser(issuer);
      const req = authRequest(issuer, { scope: "openid profile personal_identity_code" });
      const back = await identify(browser, await browser.get(req.url), { hetu: generated.hetu });
      const token = await exchange(issuer, callbackParams(back).get("code")!, req.verifier);
      expect(token.status).toBe(200);
      const claims = await verifyIdToken(token.json.id_token!);
      expect(claims.national_identification_number).toBe(generated.hetu);
      expect(claims.family_name).toBe("Raskas");
    } finally {
      if (before === undefined) delete process.env.IDP_EXTRA_IDENTITIES_FILE;
      else process.env.IDP_EXTRA_IDENTITIES_FILE = before;
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("S-1: the pages show method choice, the person's details and 'Continue to service' in the chosen language", async () => {
    const browser = new Browser(issuer);
    const req = authRequest(issuer, { ui_locales: "sv" });
    const methodPage = await browser.follow(await browser.get(req.url));
    expect(htmlLang(methodPage.html)).toBe("sv");
    expect(methodPage.html).toContain("Välj identifieringssätt");
    expect(methodPage.html).toContain("Bankkoder");
    expect(methodPage.html).toContain("Mobilcertifikat");
    expect(methodPage.html).toContain("Identitetskort med chip");
    expect(methodPage.html).toContain("Utländsk identifiering (eIDAS)");
    expect(methodPage.html).toMatch(/<fieldset>\s*<legend>/);
    expect(methodPage.html).not.toMatch(/<script/i);

    const en = await browser.get(`${new URL(methodPage.url).pathname}?lang=en`);
    expect(htmlLang(en.html)).toBe("en");
    expect(en.html).toContain("Choose identification method");

    const fiPage = await browser.get(`${new URL(methodPage.url).pathname}?lang=fi`);
    expect(htmlLang(fiPage.html)).toBe("fi");
    const identifyPage = await browser.follow(
      await browser.post(findForm(fiPage.html, "/method").action, { method: "card" }),
    );
    expect(identifyPage.html).toContain('<label for="hetu">Henkilötunnus</label>');
    const form = findForm(identifyPage.html, "/identify");
    const confirm = await browser.follow(
      await browser.post(form.action, { ...form.fields, persona: "aino" }),
    );
    expect(confirm.html).toContain("Olet tunnistautumassa palveluun: OmaKanta");
    expect(confirm.html).toContain("Aino Maria Virtanen");
    expect(confirm.html).toContain(persona("aino").hetu);
    expect(confirm.html).toContain("Jatka palveluun");
    expect(confirm.html).toContain("Peruuta");
    const csp = (await fetch(`${issuer}${new URL(methodPage.url).pathname}`)).headers.get(
      "content-security-policy",
    );
    expect(csp).toContain("default-src 'none'");
  });

  it("S-1: foreign identification (eIDAS) ends in a refusal and no code is issued", async () => {
    const browser = new Browser(issuer);
    const req = authRequest(issuer, { ui_locales: "en" });
    const methodPage = await browser.follow(await browser.get(req.url));
    const chosen = await browser.post(findForm(methodPage.html, "/method").action, { method: "eidas" });
    const refusal = await browser.follow(chosen);
    expect(refusal.status).toBe(403);
    expect(refusal.html).toContain("requires a Finnish personal identity code");
    expect(refusal.html).not.toMatch(/\/identify/);

    // Forcing the identify step with the foreign method is refused as well.
    const forced = await browser.post(`${new URL(refusal.url).pathname.replace(/\/foreign$/, "")}/identify`, {
      method: "eidas",
      persona: "kari",
    });
    expect(forced.status).toBe(400);
    expect(forced.location).toBeUndefined();

    // Cancelling returns access_denied to the portal, never a code.
    const back = await browser.follow(await browser.post(findForm(refusal.html, "/abort").action));
    const params = callbackParams(back);
    expect(params.get("error")).toBe("access_denied");
    expect(params.get("code")).toBeNull();
    expect(params.get("state")).toBe(req.state);
  });

  it("S-1: a henkilötunnus with a bad check character is refused with an error tied to the field", async () => {
    const browser = new Browser(issuer);
    const req = authRequest(issuer, { ui_locales: "fi" });
    const methodPage = await browser.follow(await browser.get(req.url));
    const identifyPage = await browser.follow(
      await browser.post(findForm(methodPage.html, "/method").action, { method: "bank-kaleva" }),
    );
    const form = findForm(identifyPage.html, "/identify");

    const bad = await browser.post(form.action, { ...form.fields, hetu: "010280-952K" });
    expect(bad.status).toBe(422);
    expect(bad.location).toBeUndefined();
    expect(bad.html).toContain('<p class="error" id="hetu-error">Henkilötunnuksen tarkistusmerkki on väärä.');
    expect(bad.html).toMatch(
      /<input[^>]*id="hetu"[^>]*aria-describedby="hetu-hint hetu-error"[^>]*aria-invalid="true"/,
    );
    expect(bad.html).toContain('value="010280-952K"');

    const unknown = await browser.post(form.action, { ...form.fields, hetu: "010190-999W" });
    expect(unknown.status).toBe(422);
    expect(unknown.html).toContain("Tuntematon henkilö testiväestörekisterissä.");

    const garbage = await browser.post(form.action, { ...form.fields, hetu: "hello" });
    expect(garbage.html).toContain("Henkilötunnus ei ole oikeassa muodossa.");

    const nothing = await browser.post(form.action, { ...form.fields });
    expect(nothing.html).toContain('id="persona-error"');
  });

  it("PKCE is required and the verifier must match", async () => {
    const browser = new Browser(issuer);
    const noPkce = authRequest(issuer);
    const url = new URL(noPkce.url);
    url.searchParams.delete("code_challenge");
    url.searchParams.delete("code_challenge_method");
    const refused = await browser.get(url.toString());
    const params = callbackParams(refused);
    expect(params.get("error")).toBe("invalid_request");
    expect(params.get("code")).toBeNull();

    const req = authRequest(issuer);
    const back = await identify(browser, await browser.get(req.url), { persona: "bengt" });
    const wrong = await exchange(issuer, callbackParams(back).get("code")!, pkcePair().verifier);
    expect(wrong.status).toBe(400);
    expect(wrong.json.error).toBe("invalid_grant");
  });

  it("state and nonce are required", async () => {
    const browser = new Browser(issuer);
    for (const missing of ["state", "nonce"]) {
      const url = new URL(authRequest(issuer).url);
      url.searchParams.delete(missing);
      const params = callbackParams(await browser.get(url.toString()));
      expect(params.get("error")).toBe("invalid_request");
      expect(params.get("code")).toBeNull();
    }
  });

  it("S-3: the identification session lasts 32 minutes and a second request within it skips identification", async () => {
    expect(SSO_SESSION_TTL_SECONDS).toBe(32 * 60);
    const browser = new Browser(issuer);
    const first = authRequest(issuer);
    const startedAt = Date.now();
    const back = await identify(browser, await browser.get(first.url), { persona: "matti" });
    callbackParams(back);

    const sessionCookie = back.setCookies.find((c) => c.startsWith(`${COOKIE_NAMES.session}=`));
    expect(sessionCookie).toBeDefined();
    const expires = Date.parse(/expires=([^;]+)/i.exec(sessionCookie!)![1]!);
    expect(Math.abs(expires - (startedAt + 32 * 60 * 1000))).toBeLessThan(10_000);
    expect(sessionCookie!.toLowerCase()).toContain("samesite=lax");
    expect(sessionCookie!.toLowerCase()).toContain("httponly");

    // Second authorization in the same browser: straight back with a code, no pages, no consent.
    const second = authRequest(issuer);
    const sso = await browser.get(second.url);
    const code = callbackParams(sso).get("code");
    expect(code).toBeTruthy();
    const token = await exchange(issuer, code!, second.verifier);
    const claims = await verifyIdToken(token.json.id_token!);
    expect(claims.national_identification_number).toBe(persona("matti").hetu);
    expect(claims.nonce).toBe(second.nonce);
  });

  it("S-3: after the SSO window the browser has to identify again", async () => {
    const short = await startIdp({ sessionTtlSeconds: 2 });
    try {
      const browser = new Browser(short.issuer);
      const first = authRequest(short.issuer);
      callbackParams(await identify(browser, await browser.get(first.url), { persona: "liisa" }));
      const within = await browser.get(authRequest(short.issuer).url);
      expect(callbackParams(within).get("code")).toBeTruthy();
      await new Promise((r) => setTimeout(r, 3100));
      const after = await browser.get(authRequest(short.issuer).url);
      expect(after.location).toMatch(/\/interaction\/[\w-]+$/);
    } finally {
      await short.idp.close();
    }
  });

  it("RP-initiated logout returns to the portal's signed-out page and ends the SSO session", async () => {
    const browser = new Browser(issuer);
    const req = authRequest(issuer);
    const back = await identify(browser, await browser.get(req.url), { persona: "helmi" });
    const token = await exchange(issuer, callbackParams(back).get("code")!, req.verifier);
    const idToken = token.json.id_token!;

    const logoutUrl = new URL(`${issuer}/session/end`);
    logoutUrl.searchParams.set("id_token_hint", idToken);
    logoutUrl.searchParams.set("post_logout_redirect_uri", `${PORTAL}/sv/signed-out`);
    logoutUrl.searchParams.set("state", "bye");
    logoutUrl.searchParams.set("ui_locales", "sv");
    const page = await browser.get(logoutUrl.toString());
    expect(page.status).toBe(200);
    expect(htmlLang(page.html)).toBe("sv");
    expect(page.html).toContain("Ja, logga ut mig");
    const form = findForm(page.html, "/session/end/confirm");
    const done = await browser.post(form.action, { ...form.fields, logout: "yes" });
    expect(done.status).toBe(303);
    expect(done.location).toBe(`${PORTAL}/sv/signed-out?state=bye`);

    // The SSO session is gone: a new request needs identification.
    const again = await browser.get(authRequest(issuer).url);
    expect(again.location).toMatch(/\/interaction\/[\w-]+$/);

    // Unregistered post-logout targets are refused.
    const evil = new URL(logoutUrl);
    evil.searchParams.set("post_logout_redirect_uri", "https://evil.example/");
    const refused = await browser.get(evil.toString());
    expect(refused.status).toBe(400);
  });

  it("S-1: prompt=login identifies again although the single sign-on lives, and auth_time is the new identification", async () => {
    const browser = new Browser(issuer);
    const first = authRequest(issuer);
    callbackParams(await identify(browser, await browser.get(first.url), { persona: "matti" }));
    // Without prompt=login the same browser would be let straight through (the S-3 test above).
    await new Promise((r) => setTimeout(r, 1100));
    const again = authRequest(issuer, { prompt: "login", max_age: "0", claims: JSON.stringify({ id_token: { sid: null } }) });
    const startedAt = Math.floor(Date.now() / 1000);
    const start = await browser.get(again.url);
    expect(start.location).toMatch(/\/interaction\/[\w-]+$/);
    const methodPage = await browser.follow(start);
    expect(methodPage.status).toBe(200);
    expect(findForm(methodPage.html, "/method").action).toContain("/interaction/");
    const back = await identify(browser, start, { persona: "matti" });
    const token = await exchange(issuer, callbackParams(back).get("code")!, again.verifier);
    const claims = await verifyIdToken(token.json.id_token!);
    expect(claims.auth_time).toBeGreaterThanOrEqual(startedAt);
    expect(typeof claims.sid).toBe("string");
  });

  it("S-4: the portal's sign-out (client_id and the session's sid as logout_hint) ends the single sign-on at once, with no token in the URL", async () => {
    const browser = new Browser(issuer);
    const req = authRequest(issuer, { claims: JSON.stringify({ id_token: { sid: null } }) });
    const back = await identify(browser, await browser.get(req.url), { persona: "toivo" });
    const token = await exchange(issuer, callbackParams(back).get("code")!, req.verifier);
    const { sid } = await verifyIdToken(token.json.id_token!);

    const logoutUrl = new URL(`${issuer}/session/end`);
    logoutUrl.searchParams.set("client_id", CLIENT_ID);
    logoutUrl.searchParams.set("logout_hint", String(sid));
    logoutUrl.searchParams.set("post_logout_redirect_uri", `${PORTAL}/en/signed-out`);
    logoutUrl.searchParams.set("state", "timeout");
    const done = await browser.get(logoutUrl.toString());
    expect(done.status).toBe(303);
    expect(done.location).toBe(`${PORTAL}/en/signed-out?state=timeout`);
    expect(done.setCookies.some((c) => c.startsWith(`${COOKIE_NAMES.session}=;`))).toBe(true);

    const again = await browser.get(authRequest(issuer).url);
    expect(again.location).toMatch(/\/interaction\/[\w-]+$/);
  });

  it("S-4: a logout request that does not name the session's sid still asks before ending the single sign-on", async () => {
    const browser = new Browser(issuer);
    const req = authRequest(issuer);
    callbackParams(await identify(browser, await browser.get(req.url), { persona: "aune" }));
    for (const hint of ["not-the-sid", undefined]) {
      const logoutUrl = new URL(`${issuer}/session/end`);
      logoutUrl.searchParams.set("client_id", CLIENT_ID);
      if (hint) logoutUrl.searchParams.set("logout_hint", hint);
      logoutUrl.searchParams.set("post_logout_redirect_uri", `${PORTAL}/fi/signed-out`);
      const page = await browser.get(logoutUrl.toString());
      expect(page.status).toBe(200);
      expect(findForm(page.html, "/session/end/confirm").fields.xsrf).toBeTruthy();
    }
    // Nothing was ended: single sign-on still works.
    const sso = await browser.get(authRequest(issuer).url);
    expect(callbackParams(sso).get("code")).toBeTruthy();
  });

  it("refuses cross-site posts and posts without the interaction cookie", async () => {
    const browser = new Browser(issuer);
    const methodPage = await browser.follow(await browser.get(authRequest(issuer).url));
    const action = findForm(methodPage.html, "/method").action;
    const crossSite = await browser.post(action, { method: "mobile" }, { origin: "https://evil.example" });
    expect(crossSite.status).toBe(403);
    const stranger = new Browser(issuer);
    const noCookie = await stranger.post(action, { method: "mobile" });
    expect(noCookie.status).toBe(400);
  });

  it("rate-limits identify posts per client IP with a translated 429 page", async () => {
    const limited = await startIdp({ rateLimit: { capacity: 3, perMinute: 3 } });
    try {
      const browser = new Browser(limited.issuer);
      const methodPage = await browser.follow(
        await browser.get(authRequest(limited.issuer, { ui_locales: "sv" }).url),
      );
      const identifyPage = await browser.follow(
        await browser.post(findForm(methodPage.html, "/method").action, { method: "mobile" }),
      );
      const form = findForm(identifyPage.html, "/identify");
      for (let i = 0; i < 3; i++) {
        expect((await browser.post(form.action, { ...form.fields, hetu: "bad" })).status).toBe(422);
      }
      const blocked = await browser.post(form.action, { ...form.fields, hetu: "bad" });
      expect(blocked.status).toBe(429);
      expect(htmlLang(blocked.html)).toBe("sv");
      expect(blocked.html).toContain("För många försök");
    } finally {
      await limited.idp.close();
    }
  });
});
