"use server";
import { z } from "zod";
import type { FeatureId } from "@/domain/permissions";
import type { PermissionDomain, ProhibitionDomain } from "@/generated/prisma/client";
import { willServiceDb } from "@/server/kanta/will-service/will-service-db";
import type { Authorized } from "@/server/guard";
import { redirectingFormPost, withNotice } from "@/server/form-post";
import { acknowledgeKantaInfo } from "@/server/kanta/will-service/acknowledge-kanta-info";
import { addProhibition } from "@/server/kanta/will-service/add-prohibition";
import type { Acting, Outcome } from "@/server/kanta/will-service/common";
import { givePermission } from "@/server/kanta/will-service/give-permission";
import { removeProhibition } from "@/server/kanta/will-service/remove-prohibition";
import { revokePermission } from "@/server/kanta/will-service/revoke-permission";
import { removeContactBan, setContactBan } from "@/server/kanta/will-service/set-contact-ban";
import { giveEuConsent, withdrawEuConsent } from "@/server/kanta/will-service/set-eu-consent";
import { updatePermission } from "@/server/kanta/will-service/update-permission";
import { viewerOf } from "@/server/portal-context";
import { idempotencyKeySchema, idSchema, targetSchema, validitySchema } from "./_lib/intents";

// The use-of-data actions (C-1..C-5). Each is a plain form post (works without JavaScript) that
// names its feature id; the form-post layer binds it to the person it was shown for, re-checks the
// role, footnotes and scope and validates the input on the server before anything runs; then the
// page is shown again with the result (post/redirect/get), so a reload never submits twice.

const acting = (ctx: Authorized): Acting => ({ actorId: ctx.actor.id, subjectId: ctx.subject.id, at: ctx.at });

/** A use-of-data form post: back to the page with the outcome. */
function submit<S extends z.ZodType>(
  feature: FeatureId,
  schema: S,
  handler: (input: z.infer<S>, ctx: Authorized) => Promise<Outcome>,
) {
  return redirectingFormPost({
    feature,
    schema,
    handler,
    back: (locale, _formData, notice) => withNotice(`/${locale}/data-use`, notice),
  });
}

const empty = z.object({});
const giveSchema = z
  .object({ idempotencyKey: idempotencyKeySchema, validity: z.string(), lastDay: z.string().optional() })
  .transform((v, ctx) => {
    const lastDay = validitySchema.safeParse(v);
    if (!lastDay.success) {
      ctx.addIssue({ code: "custom", message: "invalidDate", path: ["lastDay"] });
      return z.NEVER;
    }
    return { idempotencyKey: v.idempotencyKey, lastDay: lastDay.data };
  });
const updateSchema = z
  .object({ id: idSchema, validity: z.string(), lastDay: z.string().optional() })
  .transform((v, ctx) => {
    const lastDay = validitySchema.safeParse(v);
    if (!lastDay.success) {
      ctx.addIssue({ code: "custom", message: "invalidDate", path: ["lastDay"] });
      return z.NEVER;
    }
    return { id: v.id, lastDay: lastDay.data };
  });
const byId = z.object({ id: idSchema });
const addSchema = z.object({ target: targetSchema });

// ───── Kanta information (C-1)

export const acknowledgeKantaInfoAction = submit("kantaInfo.acknowledge", empty, (_, ctx) => acknowledgeKantaInfo(willServiceDb(), acting(ctx)));

// ───── Disclosure permissions (C-2, C-3)

const giveFor = (domain: PermissionDomain) => (input: z.infer<typeof giveSchema>, ctx: Authorized) =>
  givePermission(willServiceDb(), acting(ctx), { domain, lastDay: input.lastDay, idempotencyKey: input.idempotencyKey });
const revokeFor = (domain: PermissionDomain) => (input: z.infer<typeof byId>, ctx: Authorized) =>
  revokePermission(willServiceDb(), acting(ctx), { permissionId: input.id, domain });

export const giveHealthPermissionAction = submit("healthPermission.give", giveSchema, giveFor("HEALTH"));

export const updateHealthPermissionAction = submit("healthPermission.update", updateSchema, (input, ctx) =>
    updatePermission(willServiceDb(), acting(ctx), { permissionId: input.id, lastDay: input.lastDay }),
  );

export const revokeHealthPermissionAction = submit("healthPermission.revoke", byId, revokeFor("HEALTH"));

export const giveSocialPermissionAction = submit("socialPermission.give", giveSchema, giveFor("SOCIAL"));

export const revokeSocialPermissionAction = submit("socialPermission.revoke", byId, revokeFor("SOCIAL"));

// ───── Prohibitions (C-2, C-4): one feature per domain, so one action per domain

const addFor = (domain: ProhibitionDomain) => (input: z.infer<typeof addSchema>, ctx: Authorized) =>
  addProhibition(willServiceDb(), acting(ctx), viewerOf(ctx), { domain, kind: input.target.kind, ref: input.target.ref });
const removeFor = (domain: ProhibitionDomain) => (input: z.infer<typeof byId>, ctx: Authorized) =>
  removeProhibition(willServiceDb(), acting(ctx), { prohibitionId: input.id, domain });

export const addHealthProhibitionAction = submit("healthProhibitions.manage", addSchema, addFor("HEALTH"));

export const removeHealthProhibitionAction = submit("healthProhibitions.manage", byId, removeFor("HEALTH"));

export const addPrescriptionProhibitionAction = submit("prescriptionProhibitions.manage", addSchema, addFor("PRESCRIPTION"));

export const removePrescriptionProhibitionAction = submit("prescriptionProhibitions.manage", byId, removeFor("PRESCRIPTION"));

export const addSocialProhibitionAction = submit("socialProhibitions.manage", addSchema, addFor("SOCIAL"));

export const removeSocialProhibitionAction = submit("socialProhibitions.manage", byId, removeFor("SOCIAL"));

// ───── EU patient summary and registry research (C-5). `later` and `disabled` cells are refused by the guard.

export const giveEuConsentAction = submit("euPatientSummary.consent", empty, (_, ctx) => giveEuConsent(willServiceDb(), acting(ctx)));

export const withdrawEuConsentAction = submit("euPatientSummary.consent", empty, (_, ctx) => withdrawEuConsent(willServiceDb(), acting(ctx)));

export const setContactBanAction = submit("registryResearch.contactBan", empty, (_, ctx) => setContactBan(willServiceDb(), acting(ctx)));

export const removeContactBanAction = submit("registryResearch.contactBan", empty, (_, ctx) => removeContactBan(willServiceDb(), acting(ctx)));
