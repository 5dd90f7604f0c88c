// Deterministic, uuid-shaped ids. The persona ids (personas.ts) use the prefix 00000000; the demo
// seed uses de<kind> and the scale generator 5c<kind>, so the three never collide. The shape is a
// valid RFC 4122 version-4 uuid (version nibble 4, variant 8), so zod's uuid() accepts it.

export const ID_KINDS = {
  careUnit: "01",
  guardianship: "02",
  informationRight: "03",
  mandate: "04",
  prescription: "05",
  dispensing: "06",
  renewalRequest: "07",
  prescriptionDisclosure: "08",
  serviceEvent: "09",
  healthDocument: "0a",
  diagnosis: "0b",
  labResult: "0c",
  imagingStudy: "0d",
  riskInformation: "0e",
  vaccination: "0f",
  certificate: "10",
  covidCertificate: "11",
  healthDisclosure: "12",
  socialRelationship: "13",
  socialDocument: "14",
  socialDisclosure: "15",
  kantaInfoReceipt: "16",
  disclosurePermission: "17",
  prohibition: "18",
  euConsent: "19",
  contactBan: "1a",
  organDonationWill: "1b",
  livingWill: "1c",
  measurement: "1d",
  wellbeingApp: "1e",
  wellbeingAppRight: "1f",
  accessLog: "20",
  announcement: "21",
  person: "22",
} as const;

export type IdKind = keyof typeof ID_KINDS;

/** "de" for the demo seed, "5c" for the scale generator. */
export type IdNamespace = "de" | "5c";

export function seedId(ns: IdNamespace, kind: IdKind, n: number): string {
  return `${ns}0000${ID_KINDS[kind]}-0000-4000-8000-${String(n).padStart(12, "0")}`;
}

/** Demo ids below AUTO_START are reserved for rows that SEED_FACTS names. */
export const AUTO_START = 1000;

export function demoId(kind: IdKind, n: number): string {
  return seedId("de", kind, n);
}

/** Hands out the next id per kind, starting after the reserved range. */
export class IdSequence {
  private readonly next = new Map<IdKind, number>();
  constructor(
    private readonly ns: IdNamespace,
    private readonly start = AUTO_START,
  ) {}

  id(kind: IdKind): string {
    const n = this.next.get(kind) ?? this.start;
    this.next.set(kind, n + 1);
    return seedId(this.ns, kind, n);
  }
}
