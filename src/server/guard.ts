import "server-only";
import { headers } from "next/headers";
import { forbidden, notFound, redirect } from "next/navigation";
import { SECTIONS, sectionService } from "@/domain/navigation";
import { featureAccess, type Access, type FeatureId } from "@/domain/permissions";
import { scopeAllowsFeature } from "@/domain/relationships";
import { touchSession } from "@/server/auth/portal-session";
import { getPortalState, type PortalContext } from "@/server/portal-context";
import type { Locale } from "@/i18n/settings";
import { isDisturbed, serviceOfFeature, ServiceDisturbedError, type KantaService } from "@/server/kanta/service-status";
import { sectionServiceOfPath } from "@/server/kanta/disturbance-board";
import { recordAllowed, recordRefusal } from "@/server/refusal-record";
import { hooks, testHooksEnabled } from "@/server/test-hooks";

// The one server-side gate. Every page, server action and route handler names its feature id (a
// required, typed argument) and gets the role of the signed-in user towards the person whose data
// is on screen, re-resolved from the registers on each request. Deny by default.

export type Authorized = PortalContext & { feature: FeatureId; access: Access };

export type Decision = { allowed: true; access: Access } | { allowed: false; access: Access; reason: "matrix" | "scope" };

export function decide(ctx: Pick<PortalContext, "role" | "scopes" | "accessContext">, feature: FeatureId): Decision {
  const access = featureAccess(ctx.role, feature, ctx.accessContext);
  if (access !== "enabled" && access !== "limited") return { allowed: false, access, reason: "matrix" };
  if (!scopeAllowsFeature(ctx.scopes, feature)) return { allowed: false, access: "disabled", reason: "scope" };
  return { allowed: true, access };
}

function logRefusal(feature: FeatureId, ctx: PortalContext, reason: string) {
  // No personal data in logs: the session id prefix is enough to correlate with the access log.
  console.warn(`refused feature=${feature} role=${ctx.role} reason=${reason} session=${ctx.session.id.slice(0, 8)}`);
}

/** A page's request frame; signed out → the front page, an ended session → the signed-out page. */
async function signedInPageContext(locale: Locale): Promise<PortalContext> {
  const state = await getPortalState();
  if (state.status === "none") redirect(`/${locale}`);
  if (state.status === "expired") redirect(`/${locale}/signed-out?reason=${state.reason}`);
  return state.ctx;
}

/** For pages: redirects when signed out or timed out, renders the 403 page when refused. */
export async function authorizePage(locale: Locale, feature: FeatureId): Promise<Authorized> {
  try {
    const ctx = await signedInPageContext(locale);
    const decision = requireFeature(ctx, feature);
    const service = serviceOfFeature(feature);
    if (service && (await isDisturbed(service))) await answerDisturbed(service);
    const session = await touchSession(ctx.session, ctx.at);
    if (testHooksEnabled() && hooks().failPages) throw new Error("injected page failure (TEST_HOOKS)");
    return { ...ctx, session, feature, access: decision.access };
  } finally {
    recordAllowed(); // no-op after a refusal: the 403 page then has its reason
  }
}

/**
 * For a page that needs a second feature after authorizePage (a confirmation step): renders the
 * 403 page, with its reason, unless the feature is allowed.
 */
export function requireFeature(ctx: PortalContext, feature: FeatureId): Extract<Decision, { allowed: true }> {
  const decision = decide(ctx, feature);
  if (decision.allowed) return decision;
  logRefusal(feature, ctx, decision.reason);
  recordRefusal({ feature, reason: decision.reason, access: decision.access });
  forbidden();
}

/**
 * D-1: the proxy answers a disturbed section's pages with the 503 notice (src/proxy.ts). It goes by
 * the flags this process saw last; when they were older than the ones just read, this request got
 * through, and reading them has updated the proxy's copy: the same address again gets the notice.
 * Elsewhere (a section that reads from several services) the section's error boundary says it.
 */
async function answerDisturbed(service: KantaService): Promise<never> {
  const h = await headers();
  const path = h.get("x-mk-path") ?? "";
  if (sectionServiceOfPath(path) === service) redirect(`${path}${h.get("x-mk-search") ?? ""}`);
  throw new ServiceDisturbedError(service);
}

/**
 * For the 503 notice of a disturbed section (the page the proxy answers with, D-1): the sign-in
 * and permission checks of the section's own pages first (a refused user gets the 403 page, not the
 * notice); when the service is in use again, back to the address that was asked for.
 */
export async function authorizeDisturbedSection(locale: Locale, sectionPath: string): Promise<Authorized & { service: KantaService; back: string }> {
  try {
    const section = SECTIONS.find((s) => s.path === sectionPath);
    const service = sectionService(sectionPath);
    if (!section || !service) notFound();
    const ctx = await signedInPageContext(locale);
    const feature = section.features.find((f) => decide(ctx, f).allowed) ?? section.features[0];
    const decision = requireFeature(ctx, feature);
    const h = await headers();
    const asked = h.get("x-mk-path") ?? "";
    const home = `/${locale}/${section.path}`;
    const back = asked === home || asked.startsWith(`${home}/`) ? `${asked}${h.get("x-mk-search") ?? ""}` : home;
    if (!(await isDisturbed(service))) redirect(back);
    const session = await touchSession(ctx.session, ctx.at);
    return { ...ctx, session, feature, access: decision.access, service, back };
  } finally {
    recordAllowed();
  }
}

export type ActionAuthorization =
  | { ok: true; ctx: Authorized }
  | { ok: false; error: "errors.forbidden" | `disturbance.action.${string}`; status: 403 | 503 };

/**
 * For form posts (src/server/form-post.ts, the only caller): the role and scope for the feature,
 * re-checked on the server, and the service's disturbance flag. A post counts as user activity.
 */
export async function authorizeAction(ctx: PortalContext, feature: FeatureId): Promise<ActionAuthorization> {
  const decision = decide(ctx, feature);
  if (!decision.allowed) {
    logRefusal(feature, ctx, decision.reason);
    return { ok: false, error: "errors.forbidden", status: 403 };
  }
  const service = serviceOfFeature(feature);
  if (service && (await isDisturbed(service))) return { ok: false, error: `disturbance.action.${service}`, status: 503 };
  const session = await touchSession(ctx.session, ctx.at, true);
  return { ok: true, ctx: { ...ctx, session, feature, access: decision.access } };
}

/** For route handlers: returns the context, or a Response to send back as it is. */
export async function authorizeRoute(feature: FeatureId): Promise<Authorized | Response> {
  const state = await getPortalState();
  if (state.status !== "active") return Response.json({ error: "unauthorized" }, { status: 401 });
  const { ctx } = state;
  const decision = decide(ctx, feature);
  if (!decision.allowed) {
    logRefusal(feature, ctx, decision.reason);
    return Response.json({ error: "forbidden" }, { status: 403 });
  }
  const service = serviceOfFeature(feature);
  if (service && (await isDisturbed(service))) return Response.json({ error: "disturbed", service }, { status: 503 });
  const session = await touchSession(ctx.session, ctx.at);
  return { ...ctx, session, feature, access: decision.access };
}
