// The test population register of the mock: the demo personas. A person is identified either by
// choosing a persona or by typing a synthetic henkilötunnus that belongs to one (S-1: only a
// Finnish personal identity code gives access).
import { createHmac } from "node:crypto";
import { PERSONAS, type Persona } from "../../prisma/seed/personas";
import { parseHetu } from "../domain/hetu";
import type { MessageKey } from "./i18n";

/** Identification methods offered on the first page. `eidas` is always refused (S-1). */
export const BANK_IDS = ["aurora", "revontuli", "saaristo", "kaleva"] as const;
export const METHODS = [...BANK_IDS.map((b) => `bank-${b}` as const), "mobile", "card", "eidas"] as const;
export type Method = (typeof METHODS)[number];
export type DomesticMethod = Exclude<Method, "eidas">;

export function isMethod(value: unknown): value is Method {
  return typeof value === "string" && (METHODS as readonly string[]).includes(value);
}

export function isDomesticMethod(value: unknown): value is DomesticMethod {
  return isMethod(value) && value !== "eidas";
}

export function methodLabelKey(method: DomesticMethod | "eidas"): MessageKey {
  if (method.startsWith("bank-")) return `method.banks.${method.slice(5) as (typeof BANK_IDS)[number]}`;
  return `method.${method as "mobile" | "card" | "eidas"}`;
}

/** Level of assurance in Suomi.fi's vocabulary: bank codes are substantial, certificates high. */
export function acrFor(method: DomesticMethod): string {
  return method.startsWith("bank-") ? ACR_SUBSTANTIAL : ACR_HIGH;
}
export const ACR_SUBSTANTIAL = "http://ftn.ficora.fi/2017/loa2";
export const ACR_HIGH = "http://ftn.ficora.fi/2017/loa3";

/** The `amr` value put into the ID token. */
export function amrFor(method: DomesticMethod): string {
  return method.startsWith("bank-") ? "bank" : method;
}

/**
 * The OIDC subject: a keyed hash of the henkilötunnus, so the hetu itself never becomes an
 * identifier and the value is stable for as long as the secret is (IDP_SUB_SECRET).
 */
export function subjectFor(hetu: string, secret: string): string {
  return createHmac("sha256", secret).update(`hetu:${hetu.trim().toUpperCase()}`).digest("base64url");
}

export function personaByHetu(hetu: string): Persona | undefined {
  const normalised = hetu.trim().toUpperCase();
  return PERSONAS.find((p) => p.hetu === normalised);
}

export function personaByKey(key: string): Persona | undefined {
  return PERSONAS.find((p) => p.key === key);
}

export type IdentifyResult =
  { ok: true; persona: Persona } | { ok: false; field: "hetu" | "persona"; error: MessageKey };

/** Resolves the identify form: a typed code wins over a chosen persona. */
export function resolveIdentity(input: { persona?: string; hetu?: string }): IdentifyResult {
  const typed = input.hetu?.trim() ?? "";
  if (typed) {
    const parsed = parseHetu(typed);
    if (!parsed.ok) {
      const error: MessageKey =
        parsed.reason === "checkCharacter"
          ? "errors.hetuCheckCharacter"
          : parsed.reason === "date"
            ? "errors.hetuDate"
            : "errors.hetuFormat";
      return { ok: false, field: "hetu", error };
    }
    if (!parsed.synthetic) return { ok: false, field: "hetu", error: "errors.hetuNotSynthetic" };
    const persona = personaByHetu(typed);
    if (!persona) return { ok: false, field: "hetu", error: "errors.unknownPerson" };
    return { ok: true, persona };
  }
  if (input.persona) {
    const persona = personaByKey(input.persona);
    if (!persona) return { ok: false, field: "persona", error: "errors.unknownPersona" };
    return { ok: true, persona };
  }
  return { ok: false, field: "persona", error: "errors.nothingChosen" };
}

/** Claims for one person; which of them are released depends on the granted scopes. */
export function claimsFor(persona: Persona, sub: string) {
  return {
    sub,
    given_name: persona.firstNames,
    family_name: persona.lastName,
    name: `${persona.firstNames} ${persona.lastName}`,
    birthdate: persona.birthDate,
    national_identification_number: persona.hetu,
  };
}
