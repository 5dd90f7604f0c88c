"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { FeatureId } from "@/domain/permissions";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/i18n/settings";
import type { PermissionDomain, ProhibitionDomain } from "@/generated/prisma/client";
import { willServiceDb } from "@/server/kanta/will-service/will-service-db";
import { authedAction, type ActionResult, type Authorized } from "@/server/guard";
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
// names its feature id: authedAction re-checks the role, footnotes and scope and validates the
// input on the server before anything runs; then the page is shown again with the result
// (post/redirect/get), so a reload never submits twice.

const acting = (ctx: Authorized): Acting => ({ actorId: ctx.actor.id, subjectId: ctx.subject.id, at: ctx.at });
const result = (o: Outcome): ActionResult => (o.ok ? { ok: true, message: o.message } : { ok: false, error: o.error });

function localeOf(formData: FormData): Locale {
  const value = formData.get("locale");
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/** Runs the guarded action on the posted fields and redirects back to the page with the outcome. */
async function submit<S extends z.ZodType>(
  formData: FormData,
  feature: FeatureId,
  schema: S,
  handler: (input: z.infer<S>, ctx: Authorized) => Promise<Outcome>,
): Promise<never> {
  const locale = localeOf(formData);
  const fields = Object.fromEntries([...formData.entries()].filter(([k]) => !k.startsWith("$")));
  const outcome = await authedAction(feature, schema, async (input, ctx) => result(await handler(input, ctx)))(fields);
  if (outcome.ok) redirect(`/${locale}/data-use?done=${outcome.message ?? "saved"}`);
  if (outcome.status === 401) redirect(`/${locale}/signed-out?reason=timeout`);
  const fieldError = outcome.fieldErrors ? Object.values(outcome.fieldErrors)[0] : undefined;
  const raw = (fieldError ?? outcome.error).replace(/^errors\./, "");
  // Our messages are translation keys; anything else (a library's default text) becomes a generic one.
  const error = /^[A-Za-z][A-Za-z._]{0,80}$/.test(raw) ? raw : "invalidInput";
  redirect(`/${locale}/data-use?error=${encodeURIComponent(error)}`);
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

export async function acknowledgeKantaInfoAction(formData: FormData) {
  await submit(formData, "kantaInfo.acknowledge", empty, (_, ctx) => acknowledgeKantaInfo(willServiceDb(), acting(ctx)));
}

// ───── Disclosure permissions (C-2, C-3)

const giveFor = (domain: PermissionDomain) => (input: z.infer<typeof giveSchema>, ctx: Authorized) =>
  givePermission(willServiceDb(), acting(ctx), { domain, lastDay: input.lastDay, idempotencyKey: input.idempotencyKey });
const revokeFor = (domain: PermissionDomain) => (input: z.infer<typeof byId>, ctx: Authorized) =>
  revokePermission(willServiceDb(), acting(ctx), { permissionId: input.id, domain });

export async function giveHealthPermissionAction(formData: FormData) {
  await submit(formData, "healthPermission.give", giveSchema, giveFor("HEALTH"));
}

export async function updateHealthPermissionAction(formData: FormData) {
  await submit(formData, "healthPermission.update", updateSchema, (input, ctx) =>
    updatePermission(willServiceDb(), acting(ctx), { permissionId: input.id, lastDay: input.lastDay }),
  );
}

export async function revokeHealthPermissionAction(formData: FormData) {
  await submit(formData, "healthPermission.revoke", byId, revokeFor("HEALTH"));
}

export async function giveSocialPermissionAction(formData: FormData) {
  await submit(formData, "socialPermission.give", giveSchema, giveFor("SOCIAL"));
}

export async function revokeSocialPermissionAction(formData: FormData) {
  await submit(formData, "socialPermission.revoke", byId, revokeFor("SOCIAL"));
}

// ───── Prohibitions (C-2, C-4): one feature per domain, so one action per domain

const addFor = (domain: ProhibitionDomain) => (input: z.infer<typeof addSchema>, ctx: Authorized) =>
  addProhibition(willServiceDb(), acting(ctx), viewerOf(ctx), { domain, kind: input.target.kind, ref: input.target.ref });
const removeFor = (domain: ProhibitionDomain) => (input: z.infer<typeof byId>, ctx: Authorized) =>
  removeProhibition(willServiceDb(), acting(ctx), { prohibitionId: input.id, domain });

export async function addHealthProhibitionAction(formData: FormData) {
  await submit(formData, "healthProhibitions.manage", addSchema, addFor("HEALTH"));
}

export async function removeHealthProhibitionAction(formData: FormData) {
  await submit(formData, "healthProhibitions.manage", byId, removeFor("HEALTH"));
}

export async function addPrescriptionProhibitionAction(formData: FormData) {
  await submit(formData, "prescriptionProhibitions.manage", addSchema, addFor("PRESCRIPTION"));
}

export async function removePrescriptionProhibitionAction(formData: FormData) {
  await submit(formData, "prescriptionProhibitions.manage", byId, removeFor("PRESCRIPTION"));
}

export async function addSocialProhibitionAction(formData: FormData) {
  await submit(formData, "socialProhibitions.manage", addSchema, addFor("SOCIAL"));
}

export async function removeSocialProhibitionAction(formData: FormData) {
  await submit(formData, "socialProhibitions.manage", byId, removeFor("SOCIAL"));
}

// ───── EU patient summary and registry research (C-5). `later` and `disabled` cells are refused by the guard.

export async function giveEuConsentAction(formData: FormData) {
  await submit(formData, "euPatientSummary.consent", empty, (_, ctx) => giveEuConsent(willServiceDb(), acting(ctx)));
}

export async function withdrawEuConsentAction(formData: FormData) {
  await submit(formData, "euPatientSummary.consent", empty, (_, ctx) => withdrawEuConsent(willServiceDb(), acting(ctx)));
}

export async function setContactBanAction(formData: FormData) {
  await submit(formData, "registryResearch.contactBan", empty, (_, ctx) => setContactBan(willServiceDb(), acting(ctx)));
}

export async function removeContactBanAction(formData: FormData) {
  await submit(formData, "registryResearch.contactBan", empty, (_, ctx) => removeContactBan(willServiceDb(), acting(ctx)));
}
