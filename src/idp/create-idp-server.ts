// Wires the mock identification service: a node:http server that serves the interaction pages
// itself and hands every other request (discovery, JWKS, /auth, /token, /me, /session/end) to
// oidc-provider. Tests start it on a random port; src/idp/server.ts is the CLI entry.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Provider } from "oidc-provider";
import { z } from "zod";
import { pickLanguage } from "./i18n";
import { createInteractionHandler, INTERACTION_PATH } from "./interactions";
import { redirect, securityHeaders, sendHtml } from "./http-utils";
import { DEFAULT_JWKS_FILE, loadOrCreateJwks } from "./keys";
import { createProvider, portalRedirects } from "./provider-config";
import { createRateLimiter } from "./rate-limit";
import { CSS_PATH, errorPage, pageContext, STYLESHEET } from "./views";

/** The service's icon (drawn by scripts/generate-icons.ts); browsers ask for it on every page. */
const FAVICON = readFileSync(new URL("./favicon.ico", import.meta.url));

/** S-3: the identification service's own sign-in (single sign-on) lasts 32 minutes. */
export const SSO_SESSION_TTL_SECONDS = 32 * 60;

export type IdpOptions = {
  /** Defaults to http://<host or localhost>:<port> once listening. */
  issuer?: string;
  portalUrl?: string;
  clientId?: string;
  clientSecret?: string;
  /** Where the signing key lives; `false` = a fresh key in memory (tests). */
  jwksFile?: string | false;
  /** Key for deriving `sub` from the henkilötunnus; keep it stable so `sub` stays stable. */
  subjectSecret?: string;
  cookieKeys?: string[];
  sessionTtlSeconds?: number;
  rateLimit?: { capacity: number; perMinute: number };
  trustProxy?: boolean;
  /** Refuse authorization requests without `state` and `nonce` (as Suomi.fi does). */
  requireStateAndNonce?: boolean;
  log?: (message: string) => void;
};

export type IdpServer = {
  /** The issuer; known after listen() unless given in the options. */
  readonly issuer: string;
  readonly server: http.Server;
  listen(port?: number, host?: string): Promise<{ port: number; issuer: string }>;
  close(): Promise<void>;
};

export const DEFAULTS = {
  portalUrl: "http://localhost:3000",
  clientId: "mittkanta-portal",
  clientSecret: "dev-secret-change-me",
  subjectSecret: "mittkanta-idp-demo-subject-key",
  rateLimit: { capacity: 20, perMinute: 20 },
} as const;

const envSchema = z.object({
  IDP_PORT: z.coerce.number().int().min(0).max(65535).default(3001),
  IDP_HOST: z.string().min(1).optional(),
  IDP_ISSUER: z.url().optional(),
  PORTAL_URL: z.url().default(DEFAULTS.portalUrl),
  IDP_CLIENT_ID: z.string().min(1).default(DEFAULTS.clientId),
  IDP_CLIENT_SECRET: z.string().min(8).default(DEFAULTS.clientSecret),
  IDP_SUB_SECRET: z.string().min(8).default(DEFAULTS.subjectSecret),
  IDP_COOKIE_KEYS: z.string().optional(),
  IDP_JWKS_FILE: z.string().min(1).default(DEFAULT_JWKS_FILE),
  IDP_TRUST_PROXY: z.enum(["true", "false", "1", "0"]).optional(),
  IDP_REQUIRE_STATE_NONCE: z.enum(["true", "false", "1", "0"]).optional(),
  IDP_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).optional(),
});

/** Reads the environment variables of the CLI (see src/idp/server.ts). */
export function idpConfigFromEnv(env: NodeJS.ProcessEnv = process.env): {
  port: number;
  host?: string;
  options: IdpOptions;
} {
  const e = envSchema.parse(env);
  const flag = (v: string | undefined) => (v === undefined ? undefined : v === "true" || v === "1");
  return {
    port: e.IDP_PORT,
    host: e.IDP_HOST,
    options: {
      issuer: e.IDP_ISSUER ?? `http://localhost:${e.IDP_PORT}`,
      portalUrl: e.PORTAL_URL,
      clientId: e.IDP_CLIENT_ID,
      clientSecret: e.IDP_CLIENT_SECRET,
      subjectSecret: e.IDP_SUB_SECRET,
      cookieKeys: e.IDP_COOKIE_KEYS?.split(",")
        .map((k) => k.trim())
        .filter(Boolean),
      jwksFile: e.IDP_JWKS_FILE,
      trustProxy: flag(e.IDP_TRUST_PROXY),
      requireStateAndNonce: flag(e.IDP_REQUIRE_STATE_NONCE),
      rateLimit: e.IDP_RATE_LIMIT_PER_MINUTE
        ? { capacity: e.IDP_RATE_LIMIT_PER_MINUTE, perMinute: e.IDP_RATE_LIMIT_PER_MINUTE }
        : undefined,
    },
  };
}

function hostForUrl(host: string | undefined): string {
  if (!host || host === "0.0.0.0" || host === "::") return "localhost";
  return host.includes(":") ? `[${host}]` : host;
}

export function createIdpServer(options: IdpOptions = {}): IdpServer {
  const portalUrl = (options.portalUrl ?? DEFAULTS.portalUrl).replace(/\/+$/, "");
  const clientId = options.clientId ?? DEFAULTS.clientId;
  const subjectSecret = options.subjectSecret ?? DEFAULTS.subjectSecret;
  const trustProxy = options.trustProxy ?? false;
  const requireStateAndNonce = options.requireStateAndNonce ?? true;
  const log = options.log ?? ((m: string) => console.log(m));
  const rateLimiter = createRateLimiter(options.rateLimit ?? DEFAULTS.rateLimit);
  const { redirectUri } = portalRedirects(portalUrl);

  let issuer = options.issuer?.replace(/\/+$/, "");
  let provider: Provider | undefined;
  let providerHandler: ((req: IncomingMessage, res: ServerResponse) => Promise<void>) | undefined;
  const headers = securityHeaders([new URL(portalUrl).origin]);

  function start(finalIssuer: string) {
    issuer = finalIssuer;
    provider = createProvider({
      issuer,
      portalUrl,
      clientId,
      clientSecret: options.clientSecret ?? DEFAULTS.clientSecret,
      jwks: loadOrCreateJwks(options.jwksFile ?? DEFAULT_JWKS_FILE),
      cookieKeys: options.cookieKeys?.length ? options.cookieKeys : [randomBytes(32).toString("base64url")],
      subjectSecret,
      sessionTtlSeconds: options.sessionTtlSeconds ?? SSO_SESSION_TTL_SECONDS,
      securityHeaders: headers,
    });
    provider.proxy = trustProxy;
    provider.on("server_error", (_ctx, err) =>
      log(`idp: server error: ${(err as Error).stack ?? String(err)}`),
    );
    providerHandler = provider.callback();
  }

  const handleInteraction = createInteractionHandler({
    provider: () => provider!,
    get ownOrigin() {
      return new URL(issuer!).origin;
    },
    subjectSecret,
    rateLimiter,
    trustProxy,
    headers,
    log,
  });

  /** Suomi.fi requires state and nonce; oidc-provider treats both as optional. */
  function refuseWithoutStateAndNonce(res: ServerResponse, url: URL): boolean {
    const q = url.searchParams;
    if (q.get("state") && q.get("nonce")) return false;
    const description = "state and nonce are required";
    if (q.get("client_id") === clientId && q.get("redirect_uri") === redirectUri) {
      const target = new URL(redirectUri);
      target.searchParams.set("error", "invalid_request");
      target.searchParams.set("error_description", description);
      if (q.get("state")) target.searchParams.set("state", q.get("state")!);
      target.searchParams.set("iss", issuer!);
      redirect(res, target.toString());
    } else {
      const ctx = pageContext(pickLanguage(q.get("lang"), q.get("ui_locales")), (l) => `?lang=${l}`);
      sendHtml(res, 400, errorPage(ctx, { error: "invalid_request", description }), headers);
    }
    return true;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!provider || !providerHandler || !issuer) {
      res.writeHead(503, { "Content-Type": "text/plain", "Retry-After": "1" }).end("starting");
      return;
    }
    const url = new URL(req.url ?? "/", issuer);
    if (url.pathname === CSS_PATH) {
      res.writeHead(200, {
        "Content-Type": "text/css; charset=utf-8",
        "Cache-Control": "public, max-age=3600",
        "X-Content-Type-Options": "nosniff",
      });
      res.end(STYLESHEET);
      return;
    }
    if (url.pathname === "/favicon.ico") {
      res.writeHead(200, {
        "Content-Type": "image/x-icon",
        "Content-Length": FAVICON.length,
        "Cache-Control": "public, max-age=86400",
        "X-Content-Type-Options": "nosniff",
      });
      res.end(FAVICON);
      return;
    }
    if (url.pathname === "/healthz") {
      res.writeHead(200, { "Content-Type": "text/plain" }).end("ok");
      return;
    }
    if (url.pathname.startsWith("/interaction/") && INTERACTION_PATH.test(url.pathname)) {
      await handleInteraction(req, res, url);
      return;
    }
    if (url.pathname === "/auth" && requireStateAndNonce) {
      if (req.method === "POST") {
        // Only GET authorization requests are supported (so the state/nonce check below sees them).
        res.writeHead(405, { Allow: "GET", "Content-Type": "text/plain" }).end("use GET");
        return;
      }
      if (refuseWithoutStateAndNonce(res, url)) return;
    }
    await providerHandler(req, res);
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      const status = (err as { status?: number }).status ?? 500;
      if (status >= 500) log(`idp: ${(err as Error).stack ?? String(err)}`);
      if (res.headersSent) {
        res.destroy();
        return;
      }
      sendHtml(
        res,
        status,
        errorPage(
          pageContext("fi", (l) => `?lang=${l}`),
          { error: status >= 500 ? "server_error" : "invalid_request" },
        ),
        headers,
      );
    });
  });

  return {
    get issuer() {
      if (!issuer) throw new Error("idp: issuer is known only after listen()");
      return issuer;
    },
    server,
    listen(port = 0, host) {
      return new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => {
          server.off("error", reject);
          const actual = (server.address() as AddressInfo).port;
          try {
            if (!provider) start(issuer ?? `http://${hostForUrl(host)}:${actual}`);
          } catch (err) {
            server.close();
            reject(err);
            return;
          }
          resolve({ port: actual, issuer: issuer! });
        });
      });
    },
    close() {
      return new Promise((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}
