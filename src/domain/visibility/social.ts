// Social welfare client documents (V-SOC-1..6, seed 004).

import { audienceOf, delayOverWhere, isDelayOver, nothing, type Viewer, type Where } from "./common";

export type SocialDocumentType =
  | "DECISION"
  | "SERVICE_NEED_ASSESSMENT"
  | "CLIENT_PLAN"
  | "IMPLEMENTATION_PLAN"
  | "CLIENT_JOURNAL"
  | "JOINT_MATTER"
  | "PATERNITY_INVESTIGATION"
  | "SHELTER_SERVICE"
  | "DOMESTIC_VIOLENCE_PREVENTION"
  | "ADOPTION_COUNSELLING"
  | "CUSTODY_INVESTIGATION"
  | "PAYMENT_COMMITMENT"
  | "CLIENT_RELATIONSHIP";

/** V-SOC-1: the only document types shown. An allow-list, so a new type stays hidden until decided. */
export const SHOWN_SOCIAL_TYPES = [
  "DECISION",
  "SERVICE_NEED_ASSESSMENT",
  "CLIENT_PLAN",
  "IMPLEMENTATION_PLAN",
] as const;
/** V-SOC-3: never shown. */
export const NEVER_SHOWN_SOCIAL_TYPES = [
  "SHELTER_SERVICE",
  "DOMESTIC_VIOLENCE_PREVENTION",
  "ADOPTION_COUNSELLING",
  "CUSTODY_INVESTIGATION",
  "PAYMENT_COMMITMENT",
  "CLIENT_RELATIONSHIP",
] as const;
/** V-SOC-4: not shown at first. */
export const NOT_YET_SHOWN_SOCIAL_TYPES = [
  "CLIENT_JOURNAL",
  "JOINT_MATTER",
  "PATERNITY_INVESTIGATION",
] as const;

export type SocialDocumentRow = {
  id: string;
  clientId: string;
  type: SocialDocumentType;
  phase: number;
  isLatest: boolean;
  cancelled: boolean;
  specialContent: boolean;
  delayedDisplayUntil: Date | null;
  restrictedFromGuardians: boolean;
  isAttachmentOfId: string | null;
};

// Decision: attachments are not listed. Custody investigations must be hidden "with their
// attachments" and a row cannot see its parent's type here, so all attachments stay hidden.
export function socialDocumentWhere(v: Viewer): Where {
  const audience = audienceOf(v.role);
  if (audience === "none") return nothing();
  const parts: Where[] = [
    { clientId: v.subject.id },
    { type: { in: [...SHOWN_SOCIAL_TYPES] } }, // V-SOC-1, V-SOC-3, V-SOC-4
    { phase: { gte: 2 } }, // V-SOC-2
    { isLatest: true, cancelled: false }, // V-SOC-3
    { specialContent: false }, // V-SOC-5
    delayOverWhere(v.now), // V-SOC-5
    { isAttachmentOfId: null },
  ];
  // V-SOC-6: a restriction applies to all guardians alike, and to information-right holders.
  if (audience === "guardianLike") parts.push({ restrictedFromGuardians: false });
  return { AND: parts };
}

export function isSocialDocumentVisible(v: Viewer, d: SocialDocumentRow): boolean {
  const audience = audienceOf(v.role);
  if (audience === "none") return false;
  return (
    d.clientId === v.subject.id &&
    (SHOWN_SOCIAL_TYPES as readonly string[]).includes(d.type) &&
    d.phase >= 2 &&
    d.isLatest &&
    !d.cancelled &&
    !d.specialContent &&
    isDelayOver(d.delayedDisplayUntil, v.now) &&
    d.isAttachmentOfId === null &&
    (audience !== "guardianLike" || !d.restrictedFromGuardians)
  );
}

/** V-SOC-1: client relationships (start date, own contact person) of the subject. */
export function socialRelationshipWhere(v: Viewer): Where {
  return audienceOf(v.role) === "none" ? nothing() : { clientId: v.subject.id };
}

export function isSocialRelationshipVisible(v: Viewer, r: { clientId: string }): boolean {
  return audienceOf(v.role) !== "none" && r.clientId === v.subject.id;
}
