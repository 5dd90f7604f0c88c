// The oidc-provider configuration of the mock Suomi.fi e-Identification. All protocol work
// (authorization codes, PKCE, tokens, signing, discovery, JWKS, end-session) is oidc-provider's;
// this file only decides policy: one static client, which claims, how long the SSO lasts.
import { timingSafeEqual } from "node:crypto";
import Provider, {
  interactionPolicy,
  type Configuration,
  type KoaContextWithOIDC,
  type OIDCSession,
} from "oidc-provider";
import { PERSONAS, type Persona } from "../../prisma/seed/personas";
import { pickLanguage } from "./i18n";
import { ACR_HIGH, ACR_SUBSTANTIAL, claimsFor, generatedPersonBySubject, subjectFor } from "./identities";
import type { PrivateJwks } from "./keys";
import { errorPage, logoutPage, messagePage, pageContext } from "./views";

export const SCOPES = ["openid", "profile", "personal_identity_code"] as const;
export const CLAIMS = {
  // acr, amr and auth_time come from the identification itself (oidc-provider only puts them
  // into the ID token when a granted scope lists them).
  openid: ["sub", "acr", "amr", "auth_time"],
  // The portal needs the henkilötunnus; `openid profile` is enough to get it. The separate
  // `personal_identity_code` scope exists for clients that want only the code.
  profile: ["given_name", "family_name", "name", "birthdate", "national_identification_number"],
  personal_identity_code: ["national_identification_number"],
};

export const COOKIE_NAMES = {
  session: "idp_session",
  interaction: "idp_interaction",
  resume: "idp_resume",
} as const;

export type ProviderSettings = {
  issuer: string;
  portalUrl: string;
  clientId: string;
  clientSecret: string;
  jwks: PrivateJwks;
  cookieKeys: string[];
  subjectSecret: string;
  sessionTtlSeconds: number;
  securityHeaders: Record<string, string>;
};

const epoch = () => Math.floor(Date.now() / 1000);

export function portalRedirects(portalUrl: string) {
  const base = portalUrl.replace(/\/+$/, "");
  return {
    redirectUri: `${base}/api/auth/callback/suomifi`,
    postLogoutRedirectUris: ["fi", "sv", "en"].map((l) => `${base}/${l}/signed-out`),
  };
}

function langOf(ctx: KoaContextWithOIDC) {
  const query = ctx.query ?? {};
  return pickLanguage(query.lang, ctx.oidc?.params?.ui_locales ?? query.ui_locales);
}

/** The same page in another language: keeps the query of a GET (e.g. the end-session hint). */
function hrefWithLang(ctx: KoaContextWithOIDC) {
  return (lang: string) => {
    const params = new URLSearchParams();
    if (ctx.method === "GET") {
      for (const [key, value] of Object.entries(ctx.query ?? {})) {
        if (typeof value === "string" && key !== "lang") params.set(key, value);
      }
    }
    params.set("lang", lang);
    return `${ctx.method === "GET" ? ctx.path : ""}?${params.toString()}`;
  };
}

/**
 * A logout request that names the session it ends: from the portal (its client id) with the
 * session's own opaque `sid` for the portal as `logout_hint`. Only the portal, which got that sid in
 * the ID token, can send it, so no other site can sign a user out here with a crafted link.
 */
function isPortalLogoutOfThisSession(ctx: KoaContextWithOIDC, clientId: string): boolean {
  const { client, session, params } = ctx.oidc;
  const hint = params?.logout_hint;
  if (!client || client.clientId !== clientId || typeof hint !== "string" || !session?.accountId) return false;
  const sid = session.sidFor(clientId);
  if (typeof sid !== "string" || sid.length !== hint.length) return false;
  return timingSafeEqual(Buffer.from(sid), Buffer.from(hint));
}

/**
 * Ends the whole identification session at once, as the confirmation step does when the user
 * answers "yes" (oidc-provider's end_session confirm), and returns to the portal's signed-out page.
 * Shared computers: the next person must not find this session alive.
 */
async function endSessionNow(ctx: KoaContextWithOIDC, session: OIDCSession) {
  const { provider } = ctx.oidc;
  const { postLogoutRedirectUri, state } = (session.state ?? {}) as { postLogoutRedirectUri?: string; state?: string };
  for (const { grantId } of Object.values(session.authorizations ?? {})) {
    if (grantId) await (await provider.Grant.find(grantId))?.destroy();
  }
  await session.destroy();
  ctx.cookies.set(provider.cookieName("session"), null, { httpOnly: true, sameSite: "lax" });
  let target = ctx.oidc.urlFor("end_session_success");
  if (postLogoutRedirectUri) {
    const url = new URL(postLogoutRedirectUri);
    if (state !== undefined) url.searchParams.set("state", state);
    target = url.toString();
  }
  provider.emit("end_session.success", ctx);
  ctx.status = 303;
  ctx.redirect(target);
}

function html(ctx: KoaContextWithOIDC, settings: ProviderSettings, body: string) {
  for (const [name, value] of Object.entries(settings.securityHeaders)) ctx.set(name, value);
  ctx.type = "html";
  ctx.body = body;
}

export function createProvider(settings: ProviderSettings): Provider {
  const { sessionTtlSeconds: ssoTtl, clientId } = settings;
  const bySub = new Map<string, Persona>(
    PERSONAS.map((p) => [subjectFor(p.hetu, settings.subjectSecret), p]),
  );
  const { redirectUri, postLogoutRedirectUris } = portalRedirects(settings.portalUrl);

  // S-3: the identification is valid for 32 minutes from the moment of identifying, not from
  // the last use. The session store TTL and the cookie expiry follow from this function, and the
  // extra login check below makes the limit exact (the store adds clock tolerance).
  const remainingSso = (session: OIDCSession | undefined) =>
    session?.loginTs ? Math.max(1, session.loginTs + ssoTtl - epoch()) : ssoTtl;

  const policy = interactionPolicy.base();
  policy.get("login")!.checks.add(
    new interactionPolicy.Check("sso_expired", "the single sign-on window has ended", (ctx) => {
      const loginTs = ctx.oidc.session?.loginTs;
      return loginTs !== undefined && epoch() - loginTs >= ssoTtl;
    }),
  );

  const configuration: Configuration = {
    clients: [
      {
        client_id: clientId,
        client_secret: settings.clientSecret,
        client_name: "MittKanta",
        redirect_uris: [redirectUri],
        post_logout_redirect_uris: postLogoutRedirectUris,
        grant_types: ["authorization_code"],
        response_types: ["code"],
        // Both client_secret_basic and client_secret_post are accepted for such a client.
        token_endpoint_auth_method: "client_secret_basic",
        id_token_signed_response_alg: "RS256",
      },
    ],
    jwks: settings.jwks,
    cookies: {
      names: COOKIE_NAMES,
      keys: settings.cookieKeys,
      long: { httpOnly: true, sameSite: "lax" },
      short: { httpOnly: true, sameSite: "lax" },
    },
    responseTypes: ["code"],
    pkce: { required: () => true },
    scopes: [...SCOPES],
    claims: CLAIMS,
    // Put the scope claims into the ID token itself (the portal reads them from there).
    conformIdTokenClaims: false,
    acrValues: [ACR_SUBSTANTIAL, ACR_HIGH],
    allowOmittingSingleRegisteredRedirectUri: false,
    clientAuthMethods: ["client_secret_basic", "client_secret_post"],
    clientBasedCORS: () => false,
    discovery: { ui_locales_supported: ["fi", "sv", "en"], claims_locales_supported: undefined },
    features: {
      devInteractions: { enabled: false },
      dPoP: { enabled: false },
      pushedAuthorizationRequests: { enabled: false },
      resourceIndicators: { enabled: false },
      userinfo: { enabled: true },
      // A client may ask for `sid` in the ID token (claims={"id_token":{"sid":null}}): the portal
      // names this session with it when it signs the user out (logout_hint), not with the token.
      claimsParameter: { enabled: true },
      revocation: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        // The portal's own sign-out ends this session without a question (see endSessionNow);
        // any other logout request asks first.
        logoutSource: async (ctx: KoaContextWithOIDC, form: string) => {
          if (ctx.oidc.session && isPortalLogoutOfThisSession(ctx, clientId)) return endSessionNow(ctx, ctx.oidc.session);
          html(ctx, settings, logoutPage(pageContext(langOf(ctx), hrefWithLang(ctx)), form));
        },
        postLogoutSuccessSource: (ctx: KoaContextWithOIDC) =>
          html(
            ctx,
            settings,
            messagePage(pageContext(langOf(ctx), hrefWithLang(ctx)), "loggedOut.title", "loggedOut.body"),
          ),
      },
    },
    ttl: {
      AccessToken: 10 * 60,
      AuthorizationCode: 60,
      IdToken: 10 * 60,
      Interaction: 30 * 60,
      Grant: ssoTtl,
      Session: (_ctx, session) => remainingSso(session as OIDCSession),
    },
    interactions: { policy, url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx, sub) => {
      // Generated (scale-seed) persons are looked up on a miss: their file may appear after start.
      const persona = bySub.get(sub) ?? generatedPersonBySubject(sub, settings.subjectSecret);
      if (!persona) return undefined;
      return { accountId: sub, claims: () => claimsFor(persona, sub) };
    },
    // One first-party client: consent is implied, so no consent screen ever. The grant is
    // created (or widened to the requested scopes) here.
    loadExistingGrant: async (ctx) => {
      const { oidc } = ctx;
      const accountId = oidc.session?.accountId;
      if (!oidc.client || oidc.client.clientId !== clientId || !accountId) return undefined;
      const grantId = oidc.result?.consent?.grantId ?? oidc.session?.grantIdFor(clientId);
      let grant = grantId ? await oidc.provider.Grant.find(grantId) : undefined;
      if (!grant || grant.accountId !== accountId) grant = new oidc.provider.Grant({ accountId, clientId });
      grant.addOIDCScope([...oidc.requestParamOIDCScopes].join(" "));
      await grant.save();
      return grant;
    },
    renderError: (ctx, out) => {
      html(
        ctx,
        settings,
        errorPage(pageContext(langOf(ctx), hrefWithLang(ctx)), {
          error: out.error,
          description: out.error_description,
        }),
      );
    },
  };

  return new Provider(settings.issuer, configuration);
}
