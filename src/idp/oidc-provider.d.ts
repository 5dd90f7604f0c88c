// oidc-provider ships no TypeScript types and @types/oidc-provider lags behind v9; this declares
// only the surface the mock identification service uses.
declare module "oidc-provider" {
  import type { IncomingMessage, ServerResponse } from "node:http";

  export type UnknownObject = Record<string, unknown>;

  export type ClaimsFn = (
    use: "id_token" | "userinfo",
    scope: string,
    claims: UnknownObject,
    rejected: string[],
  ) => UnknownObject | Promise<UnknownObject>;
  export type Account = { accountId: string; claims: ClaimsFn };

  export type OIDCClient = { clientId: string; clientName?: string };

  export type OIDCSession = {
    accountId?: string;
    loginTs?: number;
    exp?: number;
    grantIdFor(clientId: string): string | undefined;
    /** The session's id for one client: the ID token's `sid` claim. */
    sidFor(clientId: string): string | undefined;
    /** Set by the end-session endpoint before its logout page (post-logout target, state). */
    state?: UnknownObject;
    authorizations?: Record<string, { sid?: string; grantId?: string }>;
    destroy(): Promise<void>;
  };

  export type InteractionResults = {
    login?: { accountId: string; acr?: string; amr?: string[]; remember?: boolean; ts?: number };
    consent?: { grantId?: string };
    error?: string;
    error_description?: string;
    [key: string]: unknown;
  };

  export class Grant {
    constructor(properties: { accountId?: string; clientId?: string });
    jti: string;
    accountId?: string;
    clientId?: string;
    addOIDCScope(scope: string): void;
    getOIDCScope(): string;
    save(): Promise<string>;
    destroy(): Promise<void>;
    static find(id: string): Promise<Grant | undefined>;
  }

  export type OIDCContext = {
    client?: OIDCClient;
    session?: OIDCSession;
    result?: InteractionResults;
    params?: UnknownObject;
    requestParamOIDCScopes: Set<string>;
    provider: Provider;
    urlFor(name: string, params?: UnknownObject): string;
  };

  export type KoaContextWithOIDC = {
    oidc: OIDCContext;
    query: Record<string, string | string[] | undefined>;
    host: string;
    path: string;
    method: string;
    status: number;
    type: string;
    body: unknown;
    get(header: string): string;
    set(header: string, value: string): void;
    redirect(url: string): void;
    cookies: { set(name: string, value: string | null, options?: UnknownObject): void };
  };

  export type Interaction = {
    uid: string;
    exp: number;
    returnTo: string;
    prompt: { name: string; reasons: string[]; details: UnknownObject };
    params: UnknownObject;
    session?: { accountId?: string; uid?: string };
    lastSubmission?: InteractionResults;
  };

  export type ClientMetadata = {
    client_id: string;
    client_secret?: string;
    client_name?: string;
    redirect_uris: string[];
    post_logout_redirect_uris?: string[];
    grant_types?: string[];
    response_types?: string[];
    token_endpoint_auth_method?: string;
    id_token_signed_response_alg?: string;
    [key: string]: unknown;
  };

  export class Check {
    constructor(
      reason: string,
      description: string,
      check: (ctx: KoaContextWithOIDC) => boolean | Promise<boolean>,
    );
    static REQUEST_PROMPT: true;
    static NO_NEED_TO_PROMPT: false;
  }

  export type Prompt = { name: string; checks: Check[] & { add(check: Check, index?: number): void } };
  export type Policy = Prompt[] & { get(name: string): Prompt | undefined };

  export const interactionPolicy: { base(): Policy; Check: typeof Check };

  export type Configuration = {
    clients?: ClientMetadata[];
    findAccount?: (
      ctx: KoaContextWithOIDC,
      sub: string,
      token?: unknown,
    ) => Promise<Account | undefined> | Account | undefined;
    loadExistingGrant?: (ctx: KoaContextWithOIDC) => Promise<Grant | undefined>;
    interactions?: {
      policy?: Policy;
      url?: (ctx: KoaContextWithOIDC, interaction: Interaction) => string | Promise<string>;
    };
    renderError?: (
      ctx: KoaContextWithOIDC,
      out: { error?: string; error_description?: string },
      error: Error,
    ) => void | Promise<void>;
    ttl?: Record<string, number | ((ctx: KoaContextWithOIDC, token: unknown, client?: OIDCClient) => number)>;
    features?: UnknownObject;
    [key: string]: unknown;
  };

  export class Provider {
    constructor(issuer: string, configuration?: Configuration);
    readonly issuer: string;
    proxy: boolean;
    Grant: typeof Grant;
    callback(): (req: IncomingMessage, res: ServerResponse) => Promise<void>;
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<Interaction>;
    interactionFinished(
      req: IncomingMessage,
      res: ServerResponse,
      result: InteractionResults,
      options?: { mergeWithLastSubmission?: boolean },
    ): Promise<void>;
    on(event: string, listener: (...args: unknown[]) => void): this;
    emit(event: string, ...args: unknown[]): boolean;
    cookieName(type: "session" | "interaction" | "resume"): string;
  }

  export const errors: Record<string, new (...args: unknown[]) => Error>;
  export default Provider;
}
