// Mock Suomi.fi e-Identification (Suomi.fi-tunnistus) speaking real OpenID Connect, built on
// oidc-provider. Start it with `npm run idp`; the portal signs in through it (rules S-1, S-3).
//
// Protocol: authorization code flow only, PKCE (S256) required, `state` and `nonce` required,
// RS256-signed ID tokens, discovery at <issuer>/.well-known/openid-configuration, JWKS at
// <issuer>/jwks, token at <issuer>/token, userinfo at <issuer>/me, RP-initiated logout at
// <issuer>/session/end (post_logout_redirect_uri: <PORTAL_URL>/{fi,sv,en}/signed-out).
//
// Claims (in the ID token and from userinfo), by scope:
//   openid                  sub          keyed hash (HMAC-SHA-256, base64url) of the henkilötunnus;
//                                        stable while IDP_SUB_SECRET is; never the hetu itself
//   profile                 given_name   first names, e.g. "Kari Olavi"
//                           family_name  e.g. "Heikkinen"
//                           name         "<given_name> <family_name>"
//                           birthdate    YYYY-MM-DD
//                           national_identification_number
//                                        the henkilötunnus, e.g. "010280-952L" (the real
//                                        Suomi.fi calls this attribute urn:oid:1.2.246.21)
//   personal_identity_code  national_identification_number (for clients wanting only the code)
// Always present as well: iss, aud, exp, iat, auth_time, nonce, acr (Suomi.fi levels:
// http://ftn.ficora.fi/2017/loa2 for bank codes, .../loa3 for certificates), amr
// (["bank"], ["mobile"] or ["card"]); sid when asked for with claims={"id_token":{"sid":null}}.
// prompt=login (or max_age=0) asks for identification again although the single sign-on lives.
// /session/end with client_id and logout_hint=<that sid> ends the session at once; any other
// logout request asks first.
//
// Environment: IDP_PORT (3001), IDP_HOST (all interfaces), IDP_ISSUER (http://localhost:IDP_PORT),
// PORTAL_URL (http://localhost:3000), IDP_CLIENT_ID (mittkanta-portal), IDP_CLIENT_SECRET
// (dev-secret-change-me), IDP_SUB_SECRET, IDP_COOKIE_KEYS (comma-separated; random per start if
// unset), IDP_JWKS_FILE (.data/idp-jwks.json, created on first start), IDP_TRUST_PROXY,
// IDP_REQUIRE_STATE_NONCE (true).
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createIdpServer, idpConfigFromEnv } from "./create-idp-server";

export { createIdpServer, idpConfigFromEnv, SSO_SESSION_TTL_SECONDS, DEFAULTS } from "./create-idp-server";
export type { IdpOptions, IdpServer } from "./create-idp-server";

function isMain(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

async function main() {
  const { port, host, options } = idpConfigFromEnv();
  const idp = createIdpServer(options);
  const { issuer } = await idp.listen(port, host);
  console.log(`Mock Suomi.fi e-Identification listening on port ${port}`);
  console.log(`  discovery: ${issuer}/.well-known/openid-configuration`);
  const stop = () => {
    idp.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

if (isMain()) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
