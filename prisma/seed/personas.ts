// The demo personas: synthetic people only (individual numbers 900-999). This list is shared by
// the seed, the mock identification service (so it can offer them) and the tests. Ids are fixed
// so tests and links are stable. Birth dates are fixed; the ages in comments hold on 2026-11-25.
import { makeHetu } from "../../src/domain/hetu";

export type PersonaKey = keyof typeof PERSONA_DEFS;

type PersonaDef = {
  firstNames: string;
  lastName: string;
  birthDate: string; // YYYY-MM-DD
  individual: number; // 900-999
  language: "fi" | "sv";
  nonDisclosure?: boolean;
  /** What the persona demonstrates; shown on the identification page and in the README. */
  shows: string;
};

export const PERSONA_DEFS = {
  aino: { firstNames: "Aino Maria", lastName: "Virtanen", birthDate: "1968-03-14", individual: 902, language: "fi", shows: "Adult with a rich history: prescriptions in every state, visits, lab, imaging, social data, wellbeing, permissions, prohibitions and wills." },
  bengt: { firstNames: "Bengt Erik", lastName: "Lindqvist", birthDate: "1975-06-30", individual: 913, language: "sv", shows: "Swedish-speaking adult whose data is recorded in Swedish; has not received the latest Kanta information (C-2 refusal)." },
  matti: { firstNames: "Matti Juhani", lastName: "Korhonen", birthDate: "1982-09-05", individual: 921, language: "fi", shows: "Guardian of Eetu (under 10), Ella (14, capacity assessed) and Oona (16, forbids guardians); also of Niko (12, no assessment)." },
  liisa: { firstNames: "Liisa Kaarina", lastName: "Korhonen", birthDate: "1984-01-22", individual: 934, language: "fi", shows: "Second guardian of the same children: sees exactly what Matti sees (V-HEALTH-7)." },
  eetu: { firstNames: "Eetu Matias", lastName: "Korhonen", birthDate: "2019-05-02", individual: 945, language: "fi", shows: "Child under 10: guardians see his data; has a pre-2016-free record and a social child-welfare file." },
  ella: { firstNames: "Ella Sofia", lastName: "Korhonen", birthDate: "2012-08-20", individual: 956, language: "fi", shows: "14-year-old: data from under 10 and assessed data shown to guardians; unassessed data hidden; one social document restricted from guardians." },
  oona: { firstNames: "Oona Helmi", lastName: "Korhonen", birthDate: "2010-02-11", individual: 967, language: "fi", shows: "16-year-old who forbids showing her data to guardians; signs in herself as a minor and has received Kanta information 2.0 (*** case)." },
  niko: { firstNames: "Niko Ilmari", lastName: "Korhonen", birthDate: "2014-04-09", individual: 978, language: "fi", shows: "12-year-old whose records come from a system not updated for the capacity assessment: hidden from guardians." },
  sanna: { firstNames: "Sanna Riikka", lastName: "Nieminen", birthDate: "1987-11-03", individual: 989, language: "fi", nonDisclosure: true, shows: "Guardian with a non-disclosure marking: cannot act for her child automatically." },
  jari: { firstNames: "Jari Tapani", lastName: "Nieminen", birthDate: "1985-07-17", individual: 990, language: "fi", shows: "Other guardian of Aapo: blocked because Sanna has a non-disclosure marking." },
  aapo: { firstNames: "Aapo Olavi", lastName: "Nieminen", birthDate: "2018-12-01", individual: 901, language: "fi", shows: "Child whose guardian has a non-disclosure marking." },
  petri: { firstNames: "Petri Antero", lastName: "Lahtinen", birthDate: "1979-04-25", individual: 912, language: "fi", shows: "Guardian of Lumi, who has a non-disclosure marking; acts only through a mandate granted on application (health)." },
  lumi: { firstNames: "Lumi Aurora", lastName: "Lahtinen", birthDate: "2017-10-14", individual: 923, language: "fi", nonDisclosure: true, shows: "Child with a non-disclosure marking." },
  kari: { firstNames: "Kari Olavi", lastName: "Heikkinen", birthDate: "1980-02-01", individual: 952, language: "fi", shows: "Guardian whose custody agreement is not coded: needs a mandate (the public test identity 010280-952L)." },
  veera: { firstNames: "Veera Maija", lastName: "Heikkinen", birthDate: "2020-06-06", individual: 936, language: "fi", shows: "Child of Kari (custody not coded)." },
  riikka: { firstNames: "Riikka Annikki", lastName: "Salo", birthDate: "1972-12-12", individual: 947, language: "fi", shows: "Right to information about Eetu, health data only: sees, cannot act (no renewal)." },
  tuomas: { firstNames: "Tuomas Kalevi", lastName: "Ranta", birthDate: "1970-08-08", individual: 958, language: "sv", shows: "Right to information about Ella, social data only." },
  helmi: { firstNames: "Helmi Elina", lastName: "Järvinen", birthDate: "1941-01-30", individual: 969, language: "fi", shows: "Elderly adult who gave Mikko a health-care mandate." },
  toivo: { firstNames: "Toivo Armas", lastName: "Järvinen", birthDate: "1938-05-19", individual: 970, language: "fi", shows: "Adult who gave Mikko a mandate for health and social care." },
  aune: { firstNames: "Aune Kyllikki", lastName: "Lehto", birthDate: "1945-09-09", individual: 981, language: "sv", shows: "Adult whose mandate to Mikko has expired." },
  mikko: { firstNames: "Mikko Kristian", lastName: "Järvinen", birthDate: "1966-03-03", individual: 992, language: "fi", shows: "Proxy: acts for Helmi (health), Toivo (health and social); Aune's mandate has expired." },
  emil: { firstNames: "Emil Aleksi", lastName: "Koskinen", birthDate: "2008-11-20", individual: 903, language: "fi", shows: "Just turned 18: his former guardian Marja can no longer act for him." },
  marja: { firstNames: "Marja Helena", lastName: "Koskinen", birthDate: "1976-02-29", individual: 914, language: "fi", shows: "Former guardian of Emil (turned 18 on 2026-11-20)." },
} as const satisfies Record<string, PersonaDef>;

export type Persona = PersonaDef & { key: PersonaKey; id: string; hetu: string };

/** Stable UUIDs so that tests and bookmarks can name a persona's id. */
function personaId(index: number): string {
  return `00000000-0000-4000-8000-${String(index + 1).padStart(12, "0")}`;
}

export const PERSONAS: readonly Persona[] = Object.entries(PERSONA_DEFS).map(([key, def], i) => ({
  ...(def as PersonaDef),
  key: key as PersonaKey,
  id: personaId(i),
  hetu: makeHetu(def.birthDate, def.individual),
}));

export function persona(key: PersonaKey): Persona {
  return PERSONAS.find((p) => p.key === key)!;
}
