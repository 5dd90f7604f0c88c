// The feature matrix (seed 000 §4, docs/feature-matrix.md): which role may use which
// feature. One table, one lookup; everything unknown is denied.

export const ROLES = ["adult", "minor", "guardian", "informationRight", "mandate"] as const;
export type Role = (typeof ROLES)[number];

export const FEATURES = [
  "lastLogin.view",
  "prescriptions.view",
  "prescriptions.disclosures",
  "prescriptions.renew",
  "prescriptions.printSummary",
  "prescriptions.printOwnList",
  "health.view",
  "health.disclosures",
  "social.view",
  "wellbeing.view",
  "wellbeing.appPermissions",
  "wellbeing.saveMeasurements",
  "kantaInfo.view",
  "kantaInfo.acknowledge",
  "prescriptionUse.manage",
  "prescriptionProhibitions.manage",
  "healthUse.manage",
  "healthPermission.viewValidity",
  "healthPermission.give",
  "healthPermission.update",
  "healthPermission.revoke",
  "healthProhibitions.manage",
  "socialUse.manage",
  "socialPermission.viewValidity",
  "socialPermission.give",
  "socialPermission.revoke",
  "socialProhibitions.manage",
  "actingForOthers.view",
  "euPatientSummary.consent",
  "registryResearch.contactBan",
  "organDonation.manage",
  "livingWill.manage",
  "covidCertificate.view",
] as const;
export type FeatureId = (typeof FEATURES)[number];

export type Access = "enabled" | "disabled" | "limited" | "later";

/**
 * A matrix cell. The footnote markers keep the seed's meaning next to the value:
 * `enabled*`   data filter only (events from before the child was 10, see visibility/disclosures);
 * `enabled**`  disabled when the minor has received the Kanta information themselves;
 * `enabled***` enabled only when the minor has received version 2.0 of the Kanta information.
 */
export type Footnote = "*" | "**" | "***";
export type Cell = Access | `enabled${Footnote}`;

const A = "enabled";
const I = "disabled";

// prettier-ignore
export const MATRIX = {
  "lastLogin.view": { adult: A, minor: A, guardian: A, informationRight: A, mandate: A },
  "prescriptions.view": { adult: A, minor: A, guardian: A, informationRight: A, mandate: A },
  "prescriptions.disclosures": { adult: A, minor: A, guardian: "enabled*", informationRight: "enabled*", mandate: A },
  "prescriptions.renew": { adult: A, minor: A, guardian: A, informationRight: I, mandate: A },
  "prescriptions.printSummary": { adult: A, minor: A, guardian: A, informationRight: I, mandate: A },
  "prescriptions.printOwnList": { adult: A, minor: A, guardian: A, informationRight: A, mandate: A },
  "health.view": { adult: A, minor: A, guardian: A, informationRight: A, mandate: A },
  "health.disclosures": { adult: A, minor: A, guardian: I, informationRight: I, mandate: A },
  "social.view": { adult: A, minor: A, guardian: A, informationRight: A, mandate: A },
  "wellbeing.view": { adult: A, minor: A, guardian: I, informationRight: I, mandate: I },
  "wellbeing.appPermissions": { adult: A, minor: A, guardian: I, informationRight: I, mandate: I },
  "wellbeing.saveMeasurements": { adult: A, minor: A, guardian: I, informationRight: I, mandate: I },
  "kantaInfo.view": { adult: A, minor: A, guardian: A, informationRight: A, mandate: A },
  "kantaInfo.acknowledge": { adult: A, minor: I, guardian: "enabled**", informationRight: I, mandate: A },
  "prescriptionUse.manage": { adult: A, minor: "limited", guardian: I, informationRight: I, mandate: A },
  "prescriptionProhibitions.manage": { adult: A, minor: I, guardian: I, informationRight: I, mandate: A },
  "healthUse.manage": { adult: A, minor: "limited", guardian: A, informationRight: A, mandate: A },
  "healthPermission.viewValidity": { adult: A, minor: A, guardian: A, informationRight: A, mandate: A },
  "healthPermission.give": { adult: A, minor: I, guardian: "enabled**", informationRight: I, mandate: A },
  "healthPermission.update": { adult: A, minor: I, guardian: "enabled**", informationRight: I, mandate: A },
  "healthPermission.revoke": { adult: A, minor: I, guardian: I, informationRight: I, mandate: A },
  // The seed prints "E" (Finnish "ei") for the guardian here: not enabled.
  "healthProhibitions.manage": { adult: A, minor: I, guardian: I, informationRight: I, mandate: A },
  "socialUse.manage": { adult: A, minor: A, guardian: A, informationRight: A, mandate: A },
  "socialPermission.viewValidity": { adult: A, minor: A, guardian: A, informationRight: A, mandate: A },
  "socialPermission.give": { adult: A, minor: I, guardian: "enabled**", informationRight: I, mandate: A },
  "socialPermission.revoke": { adult: A, minor: I, guardian: I, informationRight: I, mandate: A },
  "socialProhibitions.manage": { adult: A, minor: I, guardian: I, informationRight: I, mandate: A },
  "actingForOthers.view": { adult: A, minor: A, guardian: A, informationRight: A, mandate: A },
  "euPatientSummary.consent": { adult: A, minor: "enabled***", guardian: "later", informationRight: I, mandate: "later" },
  "registryResearch.contactBan": { adult: A, minor: I, guardian: I, informationRight: I, mandate: "later" },
  "organDonation.manage": { adult: A, minor: I, guardian: I, informationRight: I, mandate: I },
  "livingWill.manage": { adult: A, minor: I, guardian: I, informationRight: I, mandate: I },
  "covidCertificate.view": { adult: A, minor: A, guardian: A, informationRight: A, mandate: A },
} as const satisfies Record<FeatureId, Record<Role, Cell>>;

/** Facts about the subject (the person whose data is concerned) that footnotes ** and *** need. */
export type AccessContext = {
  /** The minor has received the Kanta information themselves in health care (footnote **). */
  subjectHasReceivedKantaInfo?: boolean;
  /** The minor has received version 2.0 of the Kanta information in health care (footnote ***). */
  subjectHasReceivedKantaInfoV2?: boolean;
};

const has = (o: object, k: unknown): boolean => typeof k === "string" && Object.hasOwn(o, k);

export function isRole(x: unknown): x is Role {
  return typeof x === "string" && (ROLES as readonly string[]).includes(x);
}

export function isFeatureId(x: unknown): x is FeatureId {
  return has(MATRIX, x);
}

/** The raw cell, footnote marker included (for UI footnotes); undefined for unknown input. */
export function featureCell(role: Role, featureId: FeatureId): Cell | undefined {
  if (!isRole(role) || !isFeatureId(featureId)) return undefined;
  return (MATRIX[featureId] as Record<Role, Cell>)[role];
}

/** What a role may do with a feature. Unknown role or feature (forged input) is "disabled". */
export function featureAccess(role: Role, featureId: FeatureId, context: AccessContext = {}): Access {
  const cell = featureCell(role, featureId);
  switch (cell) {
    case undefined:
      return "disabled";
    case "enabled*":
      return "enabled";
    case "enabled**":
      return context.subjectHasReceivedKantaInfo === true ? "disabled" : "enabled";
    case "enabled***":
      return context.subjectHasReceivedKantaInfoV2 === true ? "enabled" : "disabled";
    default:
      return cell;
  }
}

/** Only "enabled" lets the server act; "limited" features have their own narrow handlers. */
export function isAllowed(access: Access): boolean {
  return access === "enabled";
}

/** Features to offer in navigation: enabled or limited. */
export function featuresFor(role: Role, context: AccessContext = {}): FeatureId[] {
  return FEATURES.filter((f) => {
    const a = featureAccess(role, f, context);
    return a === "enabled" || a === "limited";
  });
}

/** The Kanta service each feature depends on (D-1): a disturbance there takes only that feature down. */
export type KantaService =
  | "PRESCRIPTION_CENTRE"
  | "PATIENT_DATA_REPOSITORY"
  | "SOCIAL_CLIENT_DATA_REPOSITORY"
  | "WILL_SERVICE"
  | "OWN_DATA_REPOSITORY"
  | "PORTAL";

export function featureService(featureId: FeatureId): KantaService {
  const group = featureId.split(".")[0];
  switch (group) {
    case "prescriptions":
      return "PRESCRIPTION_CENTRE"; // V-RX-1
    case "health":
    case "covidCertificate":
      return "PATIENT_DATA_REPOSITORY";
    case "social":
      return "SOCIAL_CLIENT_DATA_REPOSITORY";
    case "wellbeing":
      return "OWN_DATA_REPOSITORY";
    case "lastLogin":
    case "actingForOthers":
      return "PORTAL";
    default:
      // Kanta information, use of data (permissions, prohibitions), consents and wills.
      return "WILL_SERVICE";
  }
}
