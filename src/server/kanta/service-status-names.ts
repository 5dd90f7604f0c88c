// The Kanta services the portal depends on (plain data: the ops command imports it too).
export const KANTA_SERVICES = [
  "PRESCRIPTION_CENTRE",
  "PATIENT_DATA_REPOSITORY",
  "SOCIAL_CLIENT_DATA_REPOSITORY",
  "WILL_SERVICE",
  "OWN_DATA_REPOSITORY",
  "IDENTIFICATION",
  "MANDATE",
] as const;
export type KantaService = (typeof KANTA_SERVICES)[number];
