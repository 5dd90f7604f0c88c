// Finnish personal identity code (henkilötunnus): DDMMYY, century sign, individual number, check
// character. Synthetic identities use individual numbers 900-999.

const CHECK_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY";
const CENTURY: Record<string, number> = {
  "+": 1800,
  "-": 1900, Y: 1900, X: 1900, W: 1900, V: 1900, U: 1900,
  A: 2000, B: 2000, C: 2000, D: 2000, E: 2000, F: 2000,
};
const HETU_PATTERN = /^(\d{2})(\d{2})(\d{2})([-+YXWVUABCDEF])(\d{3})([0-9A-Y])$/;

export type HetuCheck =
  | { ok: true; birthDate: Date; synthetic: boolean }
  | { ok: false; reason: "format" | "date" | "checkCharacter" };

export function checkCharacter(ddmmyy: string, individual: string): string {
  return CHECK_CHARS[Number(ddmmyy + individual) % 31]!;
}

export function parseHetu(raw: string): HetuCheck {
  const m = HETU_PATTERN.exec(raw.trim().toUpperCase());
  if (!m) return { ok: false, reason: "format" };
  const [, dd, mm, yy, sign, individual, check] = m as unknown as [string, string, string, string, string, string, string];
  const year = CENTURY[sign]! + Number(yy);
  const birthDate = new Date(Date.UTC(year, Number(mm) - 1, Number(dd)));
  if (
    birthDate.getUTCFullYear() !== year ||
    birthDate.getUTCMonth() !== Number(mm) - 1 ||
    birthDate.getUTCDate() !== Number(dd) ||
    Number(individual) < 2
  ) {
    return { ok: false, reason: "date" };
  }
  if (checkCharacter(dd + mm + yy, individual) !== check) return { ok: false, reason: "checkCharacter" };
  return { ok: true, birthDate, synthetic: Number(individual) >= 900 };
}

/** Builds a valid henkilötunnus for a birth date (YYYY-MM-DD) and individual number. */
export function makeHetu(isoBirthDate: string, individual: number): string {
  const [y, m, d] = isoBirthDate.split("-");
  const year = Number(y);
  const sign = year >= 2000 ? "A" : year >= 1900 ? "-" : "+";
  const ddmmyy = `${d}${m}${y!.slice(2)}`;
  const ind = String(individual).padStart(3, "0");
  return `${ddmmyy}${sign}${ind}${checkCharacter(ddmmyy, ind)}`;
}
