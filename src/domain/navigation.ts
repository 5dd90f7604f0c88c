import { featureService, type FeatureId, type KantaService } from "./permissions";

// The portal's sections and the feature ids that open them. A section is shown when any of its
// features is allowed for the current role; each page still checks its own feature id.
export const SECTIONS = [
  { key: "overview", path: "overview", features: ["lastLogin.view"] },
  { key: "prescriptions", path: "prescriptions", features: ["prescriptions.view"] },
  { key: "health", path: "health", features: ["health.view"] },
  { key: "social", path: "social", features: ["social.view"] },
  { key: "wellbeing", path: "wellbeing", features: ["wellbeing.view"] },
  { key: "dataUse", path: "data-use", features: ["kantaInfo.view"] },
  { key: "wills", path: "wills", features: ["organDonation.manage", "livingWill.manage"] },
  { key: "disclosures", path: "disclosures", features: ["prescriptions.disclosures", "health.disclosures", "social.view"] },
  { key: "covid", path: "covid-certificate", features: ["covidCertificate.view"] },
  { key: "others", path: "others", features: ["actingForOthers.view"] },
] as const satisfies readonly { key: string; path: string; features: readonly FeatureId[] }[];

export type SectionKey = (typeof SECTIONS)[number]["key"];

export function visibleSections(isAllowed: (feature: FeatureId) => boolean) {
  return SECTIONS.filter((s) => s.features.some((f) => isAllowed(f)));
}

type SectionService = Exclude<KantaService, "PORTAL">;

/** Sections whose every feature reads from one Kanta service (D-1): its disturbance closes the whole section. */
const SECTION_SERVICE: ReadonlyMap<string, SectionService> = new Map(
  SECTIONS.flatMap((s): [string, SectionService][] => {
    const services = new Set(s.features.map((f) => featureService(f)));
    const [only] = services;
    return services.size === 1 && only !== undefined && only !== "PORTAL" ? [[s.path, only]] : [];
  }),
);

/**
 * The Kanta service behind a section path ("prescriptions"), or null for the portal's own sections
 * and for those that read from several services (the disclosures page shows each part's state).
 */
export function sectionService(path: string): SectionService | null {
  return SECTION_SERVICE.get(path) ?? null;
}
