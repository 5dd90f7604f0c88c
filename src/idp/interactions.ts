// The identification pages, as oidc-provider "interactions":
//   GET  /interaction/:uid            choose a method (bank codes, mobile certificate, card, eIDAS)
//   POST /interaction/:uid/method     -> identify page, or the eIDAS refusal (S-1)
//   GET  /interaction/:uid/foreign    refusal: a Finnish personal identity code is required
//   GET  /interaction/:uid/identify   pick a persona or type a henkilötunnus
//   POST /interaction/:uid/identify   validate (rate limited per IP) -> confirm page
//   GET  /interaction/:uid/confirm    "You are identifying to: MittKanta", name and hetu
//   POST /interaction/:uid/confirm    finish the login -> back to oidc-provider -> code to the portal
//   POST /interaction/:uid/abort      access_denied back to the portal
// CSRF: oidc-provider binds the interaction to a SameSite=Lax cookie scoped to
// /interaction/:uid; the uid in the URL must match it, and cross-site posts are refused.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Interaction, Provider } from "oidc-provider";
import { PERSONAS } from "../../prisma/seed/personas";
import { pickLanguage, type IdpLanguage } from "./i18n";
import {
  acrFor,
  amrFor,
  isDomesticMethod,
  isMethod,
  personaByKey,
  resolveIdentity,
  subjectFor,
  type DomesticMethod,
} from "./identities";
import { clientIp, isCrossSitePost, readForm, redirect, sendHtml } from "./http-utils";
import type { RateLimiter } from "./rate-limit";
import { confirmPage, foreignRefusalPage, identifyPage, messagePage, methodPage, pageContext } from "./views";

export const INTERACTION_PATH =
  /^\/interaction\/([A-Za-z0-9_-]{1,64})(?:\/(method|foreign|identify|confirm|abort))?\/?$/;

type Pending = { personaKey: string; method: DomesticMethod; expiresAt: number };

export type InteractionDeps = {
  provider: () => Provider;
  ownOrigin: string;
  subjectSecret: string;
  rateLimiter: RateLimiter;
  trustProxy: boolean;
  headers: Record<string, string>;
  log: (message: string) => void;
};

export function createInteractionHandler(deps: InteractionDeps) {
  // Who was identified, between the identify and the confirm step. Keyed by interaction uid.
  const pending = new Map<string, Pending>();

  function prunePending() {
    const now = Date.now();
    for (const [uid, p] of pending) if (p.expiresAt <= now) pending.delete(uid);
  }

  return async function handleInteraction(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
  ): Promise<void> {
    const match = INTERACTION_PATH.exec(url.pathname);
    if (!match) return void sendHtml(res, 404, "Not found", deps.headers);
    const uid = match[1]!;
    const step = match[2] ?? "start";
    const method = req.method ?? "GET";
    const explicitLang = url.searchParams.get("lang");
    const fallbackCtx = pageContext(pickLanguage(explicitLang), (l) => `${url.pathname}?lang=${l}`);

    if (method === "POST" && isCrossSitePost(req, deps.ownOrigin)) {
      return void sendHtml(res, 403, messagePage(fallbackCtx, "error.title", "error.body"), deps.headers);
    }

    let interaction: Interaction;
    try {
      interaction = await deps.provider().interactionDetails(req, res);
    } catch (err) {
      if ((err as Error).name !== "SessionNotFound") throw err;
      return void sendHtml(res, 400, messagePage(fallbackCtx, "expired.title", "expired.body"), deps.headers);
    }
    if (interaction.uid !== uid) {
      return void sendHtml(res, 400, messagePage(fallbackCtx, "expired.title", "expired.body"), deps.headers);
    }

    const lang: IdpLanguage = pickLanguage(explicitLang, interaction.params.ui_locales);
    const base = `/interaction/${uid}`;
    const at = (path: string, extra: Record<string, string> = {}) =>
      `${base}${path}?${new URLSearchParams({ ...extra, lang })}`;
    const ctxFor = (path: string, extra: Record<string, string> = {}) =>
      pageContext(lang, (l) => `${base}${path}?${new URLSearchParams({ ...extra, lang: l })}`);
    const html = (status: number, body: string, headers: Record<string, string> = {}) =>
      sendHtml(res, status, body, { ...deps.headers, ...headers });
    const finish = (result: Parameters<Provider["interactionFinished"]>[2]) =>
      deps.provider().interactionFinished(req, res, result, { mergeWithLastSubmission: false });

    // A first-party client never needs a consent screen; loadExistingGrant normally covers this.
    if (interaction.prompt.name === "consent" && interaction.session?.accountId) {
      const grant = new (deps.provider().Grant)({
        accountId: interaction.session.accountId,
        clientId: String(interaction.params.client_id),
      });
      grant.addOIDCScope(String(interaction.params.scope ?? "openid"));
      return finish({ consent: { grantId: await grant.save() } });
    }

    const key = `${method} ${step}`;
    switch (key) {
      case "GET start":
        return html(200, methodPage(ctxFor(""), { action: at("/method"), abort: at("/abort") }));

      case "POST method": {
        const chosen = (await readForm(req)).method;
        if (!isMethod(chosen)) {
          return html(
            400,
            methodPage(ctxFor(""), { action: at("/method"), abort: at("/abort") }, "method.required"),
          );
        }
        if (chosen === "eidas") return redirect(res, at("/foreign"));
        return redirect(res, at("/identify", { method: chosen }));
      }

      case "GET foreign":
        // S-1: foreign identification is refused; only "back" or "cancel" (access_denied).
        return html(403, foreignRefusalPage(ctxFor("/foreign"), { back: at(""), abort: at("/abort") }));

      case "GET identify": {
        const chosen = url.searchParams.get("method");
        if (!isDomesticMethod(chosen)) return redirect(res, at(""));
        return html(
          200,
          identifyPage(ctxFor("/identify", { method: chosen }), chosen, PERSONAS, {
            action: at("/identify"),
            abort: at("/abort"),
          }),
        );
      }

      case "POST identify": {
        const retryAfter = deps.rateLimiter.take(clientIp(req, deps.trustProxy));
        if (retryAfter > 0) {
          return html(429, messagePage(ctxFor(""), "rateLimited.title", "rateLimited.body"), {
            "Retry-After": String(retryAfter),
          });
        }
        const form = await readForm(req);
        if (!isDomesticMethod(form.method)) {
          // Includes "eidas": no identity can be established through a foreign method (S-1).
          return html(400, foreignRefusalPage(ctxFor("/foreign"), { back: at(""), abort: at("/abort") }));
        }
        const result = resolveIdentity({ persona: form.persona, hetu: form.hetu });
        if (!result.ok) {
          const page = identifyPage(
            ctxFor("/identify", { method: form.method }),
            form.method,
            PERSONAS,
            { action: at("/identify"), abort: at("/abort") },
            {
              hetu: form.hetu,
              persona: form.persona,
              error: { field: result.field, key: result.error },
            },
          );
          return html(422, page);
        }
        prunePending();
        pending.set(uid, {
          personaKey: result.persona.key,
          method: form.method,
          expiresAt: interaction.exp * 1000,
        });
        return redirect(res, at("/confirm"));
      }

      case "GET confirm": {
        const p = pending.get(uid);
        const persona = p && personaByKey(p.personaKey);
        if (!p || !persona) return redirect(res, at(""));
        return html(
          200,
          confirmPage(ctxFor("/confirm"), persona, p.method, { action: at("/confirm"), abort: at("/abort") }),
        );
      }

      case "POST confirm": {
        const p = pending.get(uid);
        const persona = p && personaByKey(p.personaKey);
        if (!p || !persona) return redirect(res, at(""));
        pending.delete(uid);
        deps.log(`idp: identified ${persona.key} with ${p.method}`);
        return finish({
          login: {
            accountId: subjectFor(persona.hetu, deps.subjectSecret),
            acr: acrFor(p.method),
            amr: [amrFor(p.method)],
          },
        });
      }

      case "POST abort":
        pending.delete(uid);
        return finish({ error: "access_denied", error_description: "End-User cancelled the identification" });

      default:
        return html(405, messagePage(ctxFor(""), "error.title", "error.body"), {
          Allow: step === "start" || step === "foreign" ? "GET" : "GET, POST",
        });
    }
  };
}
