// Population register and mandate register: the personas, who is whose guardian, rights to
// information and Suomi.fi mandates.
import { PERSONAS, persona, type PersonaKey } from "../personas";
import { addMonths, isoDate } from "../lib/dates";
import type { DemoBuilder } from "./builder";

const HOME: Record<PersonaKey, string> = {
  aino: "Helsinki",
  bengt: "Vaasa",
  matti: "Helsinki",
  liisa: "Helsinki",
  eetu: "Helsinki",
  ella: "Helsinki",
  oona: "Helsinki",
  niko: "Helsinki",
  sanna: "Espoo",
  jari: "Espoo",
  aapo: "Espoo",
  petri: "Oulu",
  lumi: "Oulu",
  kari: "Helsinki",
  veera: "Helsinki",
  riikka: "Helsinki",
  tuomas: "Vaasa",
  helmi: "Tampere",
  toivo: "Tampere",
  aune: "Vaasa",
  mikko: "Helsinki",
  emil: "Helsinki",
  marja: "Helsinki",
};

export function seedPopulation(b: DemoBuilder): void {
  const { clock } = b;
  for (const p of PERSONAS) {
    b.rows.person.push({
      id: p.id,
      hetu: p.hetu,
      firstNames: p.firstNames,
      lastName: p.lastName,
      birthDate: isoDate(p.birthDate),
      language: p.language,
      nonDisclosure: "nonDisclosure" in p && p.nonDisclosure === true,
      // Non-disclosure: the register does not give out the municipality.
      homeMunicipality: "nonDisclosure" in p && p.nonDisclosure ? null : HOME[p.key],
      createdAt: clock.now,
    });
  }

  const guardianship = (
    guardian: PersonaKey,
    child: PersonaKey,
    opts: { agreementCoded?: boolean; validUntil?: Date } = {},
  ) => {
    b.rows.guardianship.push({
      id: b.id("guardianship"),
      guardianId: persona(guardian).id,
      childId: persona(child).id,
      agreementCoded: opts.agreementCoded ?? true,
      validFrom: b.birth(child),
      validUntil: opts.validUntil ?? null,
    });
  };
  for (const child of ["eetu", "ella", "oona", "niko"] as const) {
    guardianship("matti", child);
    guardianship("liisa", child);
  }
  guardianship("sanna", "aapo");
  guardianship("jari", "aapo");
  guardianship("petri", "lumi");
  guardianship("kari", "veera", { agreementCoded: false });
  // Custody ends when the child turns 18.
  guardianship("marja", "emil", { validUntil: b.birthday("emil", 18) });

  const right = (
    holder: PersonaKey,
    child: PersonaKey,
    scope: "HEALTH" | "SOCIAL" | "BOTH",
    decidedBy: string,
    yearsAgo: number,
  ) => {
    b.rows.informationRight.push({
      id: b.id("informationRight"),
      holderId: persona(holder).id,
      childId: persona(child).id,
      scope,
      validFrom: clock.date(-365 * yearsAgo),
      validUntil: b.birthday(child, 18),
      decidedBy,
    });
  };
  right("riikka", "eetu", "HEALTH", "Helsingin käräjäoikeus", 2);
  right("tuomas", "ella", "SOCIAL", "Helsingin kaupungin sosiaali- ja terveyslautakunta", 3);

  const mandate = (
    giver: PersonaKey,
    holder: PersonaKey,
    scope: { health: boolean; social: boolean },
    validFrom: Date,
    validUntil: Date | null,
    kind: "ADULT" | "GUARDIANS_JOINT" | "ON_APPLICATION" = "ADULT",
  ) => {
    b.rows.mandate.push({
      id: b.id("mandate"),
      giverId: persona(giver).id,
      holderId: persona(holder).id,
      kind,
      scopeHealth: scope.health,
      scopeSocial: scope.social,
      validFrom,
      validUntil,
      revokedAt: null,
    });
  };
  mandate("helmi", "mikko", { health: true, social: false }, clock.date(-700), clock.date(365 * 3));
  mandate("toivo", "mikko", { health: true, social: true }, clock.date(-500), null);
  // Expired three months ago.
  mandate(
    "aune",
    "mikko",
    { health: true, social: true },
    addMonths(clock.today, -27),
    addMonths(clock.today, -3),
  );
  // Lumi has a non-disclosure marking: her father acts only through a mandate granted on
  // application, limited to health care, valid until she turns 18.
  mandate(
    "lumi",
    "petri",
    { health: true, social: false },
    clock.date(-400),
    b.birthday("lumi", 18),
    "ON_APPLICATION",
  );
}
