// The demo personas: synthetic people only (individual numbers 900-999). This list is shared by
// the seed, the mock identification service (so it can offer them) and the tests. Ids are fixed
// so tests and links are stable. Birth dates are fixed; the ages in comments hold on 2026-11-25.
// What each persona demonstrates is told on the identification page in its language, from
// locales/<fi|sv|en>/idp.json (`personas.<key>`), and in English in the README's table.
import { makeHetu } from "../../src/domain/hetu";

export type PersonaKey = keyof typeof PERSONA_DEFS;

type PersonaDef = {
  firstNames: string;
  lastName: string;
  birthDate: string; // YYYY-MM-DD
  individual: number; // 900-999
  language: "fi" | "sv";
  nonDisclosure?: boolean;
};

export const PERSONA_DEFS = {
  aino: { firstNames: "Aino Maria", lastName: "Virtanen", birthDate: "1968-03-14", individual: 902, language: "fi" },
  bengt: { firstNames: "Bengt Erik", lastName: "Lindqvist", birthDate: "1975-06-30", individual: 913, language: "sv" },
  matti: { firstNames: "Matti Juhani", lastName: "Korhonen", birthDate: "1982-09-05", individual: 921, language: "fi" },
  liisa: { firstNames: "Liisa Kaarina", lastName: "Korhonen", birthDate: "1984-01-22", individual: 934, language: "fi" },
  eetu: { firstNames: "Eetu Matias", lastName: "Korhonen", birthDate: "2019-05-02", individual: 945, language: "fi" },
  ella: { firstNames: "Ella Sofia", lastName: "Korhonen", birthDate: "2012-08-20", individual: 956, language: "fi" },
  oona: { firstNames: "Oona Helmi", lastName: "Korhonen", birthDate: "2010-02-11", individual: 967, language: "fi" },
  niko: { firstNames: "Niko Ilmari", lastName: "Korhonen", birthDate: "2014-04-09", individual: 978, language: "fi" },
  sanna: { firstNames: "Sanna Riikka", lastName: "Nieminen", birthDate: "1987-11-03", individual: 989, language: "fi", nonDisclosure: true },
  jari: { firstNames: "Jari Tapani", lastName: "Nieminen", birthDate: "1985-07-17", individual: 990, language: "fi" },
  aapo: { firstNames: "Aapo Olavi", lastName: "Nieminen", birthDate: "2018-12-01", individual: 901, language: "fi" },
  petri: { firstNames: "Petri Antero", lastName: "Lahtinen", birthDate: "1979-04-25", individual: 912, language: "fi" },
  lumi: { firstNames: "Lumi Aurora", lastName: "Lahtinen", birthDate: "2017-10-14", individual: 923, language: "fi", nonDisclosure: true },
  kari: { firstNames: "Kari Olavi", lastName: "Heikkinen", birthDate: "1980-02-01", individual: 952, language: "fi" },
  veera: { firstNames: "Veera Maija", lastName: "Heikkinen", birthDate: "2020-06-06", individual: 936, language: "fi" },
  riikka: { firstNames: "Riikka Annikki", lastName: "Salo", birthDate: "1972-12-12", individual: 947, language: "fi" },
  tuomas: { firstNames: "Tuomas Kalevi", lastName: "Ranta", birthDate: "1970-08-08", individual: 958, language: "sv" },
  helmi: { firstNames: "Helmi Elina", lastName: "Järvinen", birthDate: "1941-01-30", individual: 969, language: "fi" },
  toivo: { firstNames: "Toivo Armas", lastName: "Järvinen", birthDate: "1938-05-19", individual: 970, language: "fi" },
  aune: { firstNames: "Aune Kyllikki", lastName: "Lehto", birthDate: "1945-09-09", individual: 981, language: "sv" },
  mikko: { firstNames: "Mikko Kristian", lastName: "Järvinen", birthDate: "1966-03-03", individual: 992, language: "fi" },
  emil: { firstNames: "Emil Aleksi", lastName: "Koskinen", birthDate: "2008-11-20", individual: 903, language: "fi" },
  marja: { firstNames: "Marja Helena", lastName: "Koskinen", birthDate: "1976-02-29", individual: 914, language: "fi" },
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
