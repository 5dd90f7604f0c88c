// Who may act for whom ("Who may act for whom" in the feature matrix; seed 000 §6, 001, 004).
// Answers come from plain copies of the population and mandate registers, at request time.
// Dates: ages and validity days are on the Helsinki calendar (see dates.ts).

import { ADULT_AGE, ageAt, withinDatePeriod } from "./dates";
import {
  featureAccess,
  isFeatureId,
  type AccessContext,
  type Access,
  type FeatureId,
  type Role,
} from "./permissions";

export type PersonRecord = { id: string; birthDate: Date; nonDisclosure: boolean };
export type GuardianshipRecord = {
  guardianId: string;
  childId: string;
  agreementCoded: boolean;
  validFrom: Date;
  validUntil: Date | null;
};
export type DataScope = "HEALTH" | "SOCIAL" | "BOTH";
export type InformationRightRecord = {
  holderId: string;
  childId: string;
  scope: DataScope;
  validFrom: Date;
  validUntil: Date | null;
};
export type MandateKind = "ADULT" | "GUARDIANS_JOINT" | "ON_APPLICATION";
export type MandateRecord = {
  giverId: string; // the person acted for (the child, for the guardians' kinds)
  holderId: string;
  kind: MandateKind;
  scopeHealth: boolean;
  scopeSocial: boolean;
  validFrom: Date;
  validUntil: Date | null; // inclusive to the end of that day
  revokedAt: Date | null;
};
export type Registers = {
  persons: readonly PersonRecord[];
  guardianships: readonly GuardianshipRecord[];
  informationRights: readonly InformationRightRecord[];
  mandates: readonly MandateRecord[];
};

export type Scopes = { health: boolean; social: boolean };
export type Via = "self" | "guardianship" | "informationRight" | "mandate";

/** Why a person is listed but not available; the UI translates these ids. */
export const DENIAL_REASONS = [
  "unknownPerson",
  "noRelation",
  "childTurned18",
  "childNonDisclosure",
  "guardianNonDisclosure",
  "otherGuardianNonDisclosure",
  "custodyNotCoded",
  "guardianshipNotValid",
  "mandateOutsideScope",
  "mandateExpired",
  "mandateNotYetValid",
  "mandateRevoked",
  "mandateNotApplicable", // kind does not fit: an adult mandate from a minor, a child mandate to a non-guardian
  "informationRightExpired",
  "informationRightNotYetValid",
  "informationRightOutsideScope",
  "featureNotEnabled",
  "featureLater",
] as const;
export type DenialReason = (typeof DENIAL_REASONS)[number];

export type Resolution =
  { ok: true; role: Role; scopes: Scopes; via: Via } | { ok: false; reason: DenialReason };

const BOTH: Scopes = { health: true, social: true };
const deny = (reason: DenialReason) => ({ ok: false as const, reason });
const union = (a: Scopes, b: Scopes): Scopes => ({
  health: a.health || b.health,
  social: a.social || b.social,
});
const NONE: Scopes = { health: false, social: false };

type MandateCheck = { ok: true; scopes: Scopes } | { ok: false; reason: DenialReason };

function checkMandate(m: MandateRecord, now: Date): MandateCheck {
  if (m.revokedAt !== null && m.revokedAt.getTime() <= now.getTime())
    return { ok: false, reason: "mandateRevoked" };
  const period = withinDatePeriod(m.validFrom, m.validUntil, now);
  if (period === "before") return { ok: false, reason: "mandateNotYetValid" };
  if (period === "after") return { ok: false, reason: "mandateExpired" };
  if (!m.scopeHealth && !m.scopeSocial) return { ok: false, reason: "mandateOutsideScope" };
  return { ok: true, scopes: { health: m.scopeHealth, social: m.scopeSocial } };
}

/** Union of the valid mandates' scopes, or the first mandate's reason when none is valid. */
function bestMandate(ms: readonly MandateRecord[], now: Date): MandateCheck | undefined {
  if (ms.length === 0) return undefined;
  const checks = ms.map((m) => checkMandate(m, now));
  const valid = checks.filter((c): c is { ok: true; scopes: Scopes } => c.ok);
  if (valid.length > 0) return { ok: true, scopes: valid.map((c) => c.scopes).reduce(union, NONE) };
  return checks[0];
}

function scopeOf(s: DataScope): Scopes {
  return { health: s !== "SOCIAL", social: s !== "HEALTH" };
}

/** Why the automatic guardian role is blocked, if it is (seed 000 §6.1.3). */
function guardianBlock(
  actor: PersonRecord,
  child: PersonRecord,
  g: GuardianshipRecord,
  current: readonly GuardianshipRecord[],
  r: Registers,
): DenialReason | undefined {
  if (child.nonDisclosure) return "childNonDisclosure";
  if (actor.nonDisclosure) return "guardianNonDisclosure";
  for (const other of current) {
    if (other.guardianId === actor.id) continue;
    const p = r.persons.find((x) => x.id === other.guardianId);
    // A guardian missing from the register cannot be checked: fail closed.
    if (!p || p.nonDisclosure) return "otherGuardianNonDisclosure";
  }
  if (!g.agreementCoded) return "custodyNotCoded";
  return undefined;
}

/** The role the actor has towards the subject right now, or why there is none. */
export function resolveRole(actorId: string, subjectId: string, registers: Registers, now: Date): Resolution {
  const actor = registers.persons.find((p) => p.id === actorId);
  const subject = registers.persons.find((p) => p.id === subjectId);
  if (!actor || !subject) return deny("unknownPerson");
  const subjectAdult = ageAt(subject.birthDate, now) >= ADULT_AGE;
  if (actorId === subjectId)
    return { ok: true, role: subjectAdult ? "adult" : "minor", scopes: BOTH, via: "self" };

  const guardianships = registers.guardianships.filter(
    (g) => g.guardianId === actorId && g.childId === subjectId,
  );
  const rights = registers.informationRights.filter((i) => i.holderId === actorId && i.childId === subjectId);
  const mandates = registers.mandates.filter((m) => m.holderId === actorId && m.giverId === subjectId);
  const adultMandates = mandates.filter((m) => m.kind === "ADULT");
  const childMandates = mandates.filter((m) => m.kind !== "ADULT");
  const reasons: DenialReason[] = [];

  if (subjectAdult) {
    // Every role towards a child ends on the 18th birthday; only the adult's own mandate counts.
    const m = bestMandate(adultMandates, now);
    if (m?.ok) return { ok: true, role: "mandate", scopes: m.scopes, via: "mandate" };
    if (m) reasons.push(m.reason);
    if (guardianships.length + rights.length + childMandates.length > 0) reasons.push("childTurned18");
    return deny(reasons[0] ?? "noRelation");
  }

  // Guardian: automatic from the register, otherwise only through a guardians' mandate.
  const currentOfChild = registers.guardianships.filter(
    (g) => g.childId === subjectId && withinDatePeriod(g.validFrom, g.validUntil, now) === "within",
  );
  const own = currentOfChild.find((g) => g.guardianId === actorId);
  if (own) {
    const block = guardianBlock(actor, subject, own, currentOfChild, registers);
    if (!block) return { ok: true, role: "guardian", scopes: BOTH, via: "guardianship" };
    const m = bestMandate(childMandates, now);
    if (m?.ok) return { ok: true, role: "guardian", scopes: m.scopes, via: "mandate" };
    reasons.push(m ? m.reason : block);
  } else {
    if (guardianships.length > 0) reasons.push("guardianshipNotValid");
    if (childMandates.length > 0) reasons.push("mandateNotApplicable");
  }

  // Right to information: sees what a guardian sees, in its scope.
  if (rights.length > 0) {
    // Decision: the child's marking blocks this automatic role too, as it does the guardians'.
    if (subject.nonDisclosure) reasons.push("childNonDisclosure");
    else {
      const periods = rights.map((i) => withinDatePeriod(i.validFrom, i.validUntil, now));
      const valid = rights.filter((_, k) => periods[k] === "within");
      if (valid.length > 0) {
        const scopes = valid.map((i) => scopeOf(i.scope)).reduce(union, NONE);
        return { ok: true, role: "informationRight", scopes, via: "informationRight" };
      }
      reasons.push(periods[0] === "before" ? "informationRightNotYetValid" : "informationRightExpired");
    }
  }
  if (adultMandates.length > 0) reasons.push("mandateNotApplicable");
  return deny(reasons[0] ?? "noRelation");
}

export type ActingOption = { subjectId: string; relations: Exclude<Via, "self">[]; result: Resolution };

/** Everyone the actor is registered as related to, with the resolution for each (also the unavailable). */
export function listActingOptions(actorId: string, registers: Registers, now: Date): ActingOption[] {
  const byId = new Map<string, Set<Exclude<Via, "self">>>();
  const add = (id: string, via: Exclude<Via, "self">) => {
    if (id === actorId) return;
    if (!byId.has(id)) byId.set(id, new Set());
    byId.get(id)!.add(via);
  };
  for (const g of registers.guardianships) if (g.guardianId === actorId) add(g.childId, "guardianship");
  for (const i of registers.informationRights) if (i.holderId === actorId) add(i.childId, "informationRight");
  for (const m of registers.mandates) if (m.holderId === actorId) add(m.giverId, "mandate");
  return [...byId].map(([subjectId, vias]) => ({
    subjectId,
    relations: [...vias],
    result: resolveRole(actorId, subjectId, registers, now),
  }));
}

// Which scope of a mandate or right to information a feature needs. Health covers prescriptions
// (the Suomi.fi mandate "Uträttande av ärenden inom hälso- och sjukvården" includes them), health
// data, their use/permissions/prohibitions, the EU patient summary, registry research, the COVID
// certificate and the wills. Social covers social data and their use/permissions/prohibitions.
// The Kanta information concerns both kinds of data (C-2 gates permissions in either), so either
// scope suffices. Features about the session itself, and wellbeing (owner-only by the matrix
// anyway), need no scope.
export type ScopeNeed = "health" | "social" | "either" | "none";

export const FEATURE_SCOPE = {
  "lastLogin.view": "none",
  "prescriptions.view": "health",
  "prescriptions.disclosures": "health",
  "prescriptions.renew": "health",
  "prescriptions.printSummary": "health",
  "prescriptions.printOwnList": "health",
  "health.view": "health",
  "health.disclosures": "health",
  "social.view": "social",
  "wellbeing.view": "none",
  "wellbeing.appPermissions": "none",
  "wellbeing.saveMeasurements": "none",
  "kantaInfo.view": "either",
  "kantaInfo.acknowledge": "either",
  "prescriptionUse.manage": "health",
  "prescriptionProhibitions.manage": "health",
  "healthUse.manage": "health",
  "healthPermission.viewValidity": "health",
  "healthPermission.give": "health",
  "healthPermission.update": "health",
  "healthPermission.revoke": "health",
  "healthProhibitions.manage": "health",
  "socialUse.manage": "social",
  "socialPermission.viewValidity": "social",
  "socialPermission.give": "social",
  "socialPermission.revoke": "social",
  "socialProhibitions.manage": "social",
  "actingForOthers.view": "none",
  "euPatientSummary.consent": "health",
  "registryResearch.contactBan": "health",
  "organDonation.manage": "health",
  "livingWill.manage": "health",
  "covidCertificate.view": "health",
} as const satisfies Record<FeatureId, ScopeNeed>;

export function scopeAllowsFeature(scopes: Scopes, featureId: FeatureId): boolean {
  if (!isFeatureId(featureId)) return false;
  const need: ScopeNeed = FEATURE_SCOPE[featureId];
  switch (need) {
    case "health":
      return scopes.health === true;
    case "social":
      return scopes.social === true;
    case "either":
      return scopes.health === true || scopes.social === true;
    case "none":
      return true;
  }
}

export type Authorization =
  | { ok: true; role: Role; scopes: Scopes; via: Via; access: Extract<Access, "enabled" | "limited"> }
  | { ok: false; reason: DenialReason };

/** Role, scope and matrix together: may the actor use this feature on the subject's data now? */
export function authorize(
  actorId: string,
  subjectId: string,
  featureId: FeatureId,
  registers: Registers,
  now: Date,
  context: AccessContext = {},
): Authorization {
  const r = resolveRole(actorId, subjectId, registers, now);
  if (!r.ok) return r;
  if (!scopeAllowsFeature(r.scopes, featureId)) {
    return deny(r.via === "informationRight" ? "informationRightOutsideScope" : "mandateOutsideScope");
  }
  const access = featureAccess(r.role, featureId, context);
  if (access === "later") return deny("featureLater");
  if (access === "disabled") return deny("featureNotEnabled");
  return { ...r, access };
}
