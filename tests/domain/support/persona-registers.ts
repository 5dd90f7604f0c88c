// The demo population as plain registers, following what each persona "shows" in
// prisma/seed/personas.ts. Ages hold on NOW (2026-11-25, Helsinki noon).
import { persona, PERSONAS, type PersonaKey } from "@prisma-seed/personas";
import type {
  GuardianshipRecord,
  InformationRightRecord,
  MandateRecord,
  Registers,
} from "@/domain/relationships";

export const NOW = new Date("2026-11-25T10:00:00Z");
export const id = (k: PersonaKey) => persona(k).id;
export const d = (iso: string) => new Date(`${iso}T00:00:00Z`); // a @db.Date value

const g = (guardian: PersonaKey, child: PersonaKey, agreementCoded = true): GuardianshipRecord => ({
  guardianId: id(guardian),
  childId: id(child),
  agreementCoded,
  validFrom: d(persona(child).birthDate),
  validUntil: null,
});

export const mandate = (
  giver: PersonaKey,
  holder: PersonaKey,
  over: Partial<MandateRecord> = {},
): MandateRecord => ({
  giverId: id(giver),
  holderId: id(holder),
  kind: "ADULT",
  scopeHealth: true,
  scopeSocial: false,
  validFrom: d("2024-01-01"),
  validUntil: null,
  revokedAt: null,
  ...over,
});

const right = (
  holder: PersonaKey,
  child: PersonaKey,
  scope: InformationRightRecord["scope"],
): InformationRightRecord => ({
  holderId: id(holder),
  childId: id(child),
  scope,
  validFrom: d("2024-01-01"),
  validUntil: null,
});

export function personaRegisters(extra: Partial<Registers> = {}): Registers {
  return {
    persons: PERSONAS.map((p) => ({
      id: p.id,
      birthDate: d(p.birthDate),
      nonDisclosure: p.nonDisclosure ?? false,
    })),
    guardianships: [
      ...(["eetu", "ella", "oona", "niko"] as const).flatMap((c) => [g("matti", c), g("liisa", c)]),
      g("sanna", "aapo"),
      g("jari", "aapo"),
      g("petri", "lumi"),
      g("kari", "veera", false),
      g("marja", "emil"),
      ...(extra.guardianships ?? []),
    ],
    informationRights: [
      right("riikka", "eetu", "HEALTH"),
      right("tuomas", "ella", "SOCIAL"),
      ...(extra.informationRights ?? []),
    ],
    mandates: [
      mandate("lumi", "petri", { kind: "ON_APPLICATION" }),
      mandate("helmi", "mikko"),
      mandate("toivo", "mikko", { scopeSocial: true }),
      mandate("aune", "mikko", {
        scopeSocial: true,
        validFrom: d("2022-01-01"),
        validUntil: d("2025-12-31"),
      }),
      ...(extra.mandates ?? []),
    ],
  };
}
