// Finnish mobile numbers for the renewal text message (V-RX-6). Mobile prefixes are 040-046,
// 049 and 050; subscriber parts are 4-8 digits. Spaces, hyphens and brackets are ignored.
const MOBILE = /^(?:\+358|00358|0)(4[0-69]|50)(\d{4,8})$/;

/** The number in international form (+358401234567), or null when it is not a Finnish mobile number. */
export function normalizeFinnishMobile(input: string): string | null {
  const compact = input.replace(/[\s\-().]/g, "");
  const m = MOBILE.exec(compact);
  return m ? `+358${m[1]}${m[2]}` : null;
}

/** For display: +358 40 123 4567. */
export function formatFinnishMobile(normalized: string): string {
  const m = /^\+358(\d{2})(\d{0,3})(\d*)$/.exec(normalized);
  return m ? ["+358", m[1], m[2], m[3]].filter(Boolean).join(" ") : normalized;
}
