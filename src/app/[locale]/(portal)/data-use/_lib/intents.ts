import { z } from "zod";
import type { FeatureId } from "@/domain/permissions";
import type { CalendarDate } from "@/domain/dates";
import type { PermissionDomain, ProhibitionTarget } from "@/generated/prisma/client";
import { ProhibitionDomain } from "@/generated/prisma/enums";
import { parseCalendarDate } from "@/server/kanta/will-service/permission-validity";

// Every change on the use-of-data page goes through a confirmation step that explains it in plain
// language (GET ?confirm=<intent>), then a server action (POST). The intent names the feature id
// that both the confirmation page and the action check.

export const INTENTS = {
  acknowledgeKantaInfo: "kantaInfo.acknowledge",
  giveHealthPermission: "healthPermission.give",
  updateHealthPermission: "healthPermission.update",
  revokeHealthPermission: "healthPermission.revoke",
  giveSocialPermission: "socialPermission.give",
  revokeSocialPermission: "socialPermission.revoke",
  addHealthProhibition: "healthProhibitions.manage",
  removeHealthProhibition: "healthProhibitions.manage",
  addPrescriptionProhibition: "prescriptionProhibitions.manage",
  removePrescriptionProhibition: "prescriptionProhibitions.manage",
  addSocialProhibition: "socialProhibitions.manage",
  removeSocialProhibition: "socialProhibitions.manage",
  giveEuConsent: "euPatientSummary.consent",
  withdrawEuConsent: "euPatientSummary.consent",
  setContactBan: "registryResearch.contactBan",
  removeContactBan: "registryResearch.contactBan",
} as const satisfies Record<string, FeatureId>;

export type Intent = keyof typeof INTENTS;

export function isIntent(x: unknown): x is Intent {
  return typeof x === "string" && Object.hasOwn(INTENTS, x);
}

/** C-2 applies to registering permissions, prohibitions, the EU consent and the contact ban. */
export const GATED_BY_KANTA_INFO: ReadonlySet<Intent> = new Set<Intent>([
  "giveHealthPermission",
  "updateHealthPermission",
  "giveSocialPermission",
  "addHealthProhibition",
  "addPrescriptionProhibition",
  "addSocialProhibition",
  "giveEuConsent",
  "setContactBan",
]);

export const PERMISSION_INTENTS = {
  HEALTH: { give: "giveHealthPermission", update: "updateHealthPermission", revoke: "revokeHealthPermission" },
  SOCIAL: { give: "giveSocialPermission", update: null, revoke: "revokeSocialPermission" },
} as const satisfies Record<PermissionDomain, { give: Intent; update: Intent | null; revoke: Intent }>;

export const PROHIBITION_INTENTS = {
  HEALTH: { add: "addHealthProhibition", remove: "removeHealthProhibition" },
  PRESCRIPTION: { add: "addPrescriptionProhibition", remove: "removePrescriptionProhibition" },
  SOCIAL: { add: "addSocialProhibition", remove: "removeSocialProhibition" },
} as const satisfies Record<ProhibitionDomain, { add: Intent; remove: Intent }>;

export const PROHIBITION_DOMAIN_OF: Partial<Record<Intent, ProhibitionDomain>> = {
  addHealthProhibition: "HEALTH",
  removeHealthProhibition: "HEALTH",
  addPrescriptionProhibition: "PRESCRIPTION",
  removePrescriptionProhibition: "PRESCRIPTION",
  addSocialProhibition: "SOCIAL",
  removeSocialProhibition: "SOCIAL",
};

// ───── Field schemas shared by the confirmation page (query string) and the actions (form data).
// Messages are keys under errors.* of the dataUse namespace.

/** "open" = until further notice; "until" = through lastDay (YYYY-MM-DD). */
export const validitySchema = z
  .object({ validity: z.enum(["open", "until"], { error: "invalidDate" }), lastDay: z.string().max(10).optional() })
  .transform((v, ctx): CalendarDate | null => {
    if (v.validity === "open") return null;
    const day = parseCalendarDate(v.lastDay ?? "");
    if (!day) {
      ctx.addIssue({ code: "custom", message: "invalidDate", path: ["lastDay"] });
      return z.NEVER;
    }
    return day;
  });

const TARGET_KINDS = ["VISIT", "SERVICE_PROVIDER", "PRESCRIPTION", "DOCUMENT", "SERVICE_TASK"] as const satisfies readonly ProhibitionTarget[];

/** A prohibition target as "<KIND>:<ref>" (one select on the page). */
export const targetSchema = z
  .string({ error: "chooseTarget" })
  .max(400)
  .transform((value, ctx) => {
    const i = value.indexOf(":");
    const kind = value.slice(0, i);
    const ref = value.slice(i + 1);
    if (i < 1 || ref === "" || !(TARGET_KINDS as readonly string[]).includes(kind)) {
      ctx.addIssue({ code: "custom", message: "chooseTarget" });
      return z.NEVER;
    }
    return { kind: kind as ProhibitionTarget, ref };
  });

export const idSchema = z.uuid({ error: "notFound" });
export const idempotencyKeySchema = z.uuid();

/** `?choose=<domain>`: the step where the target of a new prohibition is chosen. */
export function isProhibitionDomain(value: unknown): value is ProhibitionDomain {
  return typeof value === "string" && (Object.values(ProhibitionDomain) as string[]).includes(value);
}
