import "server-only";
import { forbidden, redirect } from "next/navigation";
import { featureAccess, type Access, type FeatureId } from "@/domain/permissions";
import { scopeAllowsFeature } from "@/domain/relationships";
import { touchSession } from "@/server/auth/portal-session";
import { getPortalState, type PortalContext } from "@/server/portal-context";
import type { Locale } from "@/i18n/settings";
import { assertServiceInUse, isDisturbed, serviceOfFeature } from "@/server/kanta/service-status";

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

/** For pages: redirects when signed out or timed out, renders the 403 page when refused. */
export async function authorizePage(locale: Locale, feature: FeatureId): Promise<Authorized> {
  const state = await getPortalState();
  if (state.status === "none") redirect(`/${locale}`);
  if (state.status === "expired") redirect(`/${locale}/signed-out?reason=${state.reason}`);
  const { ctx } = state;
  const decision = decide(ctx, feature);
  if (!decision.allowed) {
    logRefusal(feature, ctx, decision.reason);
    forbidden();
  }
  const service = serviceOfFeature(feature);
  if (service) await assertServiceInUse(service); // the section's error boundary says "not in use"
  const session = await touchSession(ctx.session, ctx.at);
  return { ...ctx, session, feature, access: decision.access };
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
