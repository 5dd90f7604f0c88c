// C-7: text pasted from a word processor is cleaned, never refused. Pure: no I/O.
//
// What a paste from Word, a PDF or a web page typically carries that the user cannot see:
// byte-order marks (U+FEFF), zero-width spaces and joiners, direction marks, soft hyphens,
// non-breaking and other special spaces, Windows-1252 "smart" punctuation mis-decoded into C1
// control characters, the object replacement character of embedded images, Symbol-font bullets in
// the private use area, and stray control characters (NUL cannot even be stored in PostgreSQL).

/** Windows-1252 punctuation that arrives as C1 control characters when mis-decoded as Latin-1. */
const CP1252_C1: Readonly<Record<string, string>> = {
  "\u0082": "‚",
  "\u0084": "„",
  "\u0085": "…",
  "\u0091": "‘",
  "\u0092": "’",
  "\u0093": "“",
  "\u0094": "”",
  "\u0095": "•",
  "\u0096": "–",
  "\u0097": "—",
  "\u0099": "™",
};

/** Word's Symbol / Wingdings list bullets, pasted as private-use code points. */
const SYMBOL_BULLETS: Readonly<Record<string, string>> = {
  "\uF0B7": "•",
  "\uF0A7": "▪",
  "\uF076": "❖",
  "\uF0D8": "➢",
  "\uF0FC": "✓",
  "\uF02D": "-",
  "\uF06F": "o",
};

// U+0085 is not among them: from a Windows paste it is a mis-decoded "…" (see CP1252_C1).
const LINE_BREAKS = /\r\n?|[\u000B\u000C\u2028\u2029]/g;
const SPECIAL_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
// Zero-width and format characters: soft hyphen, Arabic letter mark, Mongolian vowel separator,
// zero-width space / non-joiner / joiner, direction marks and embeddings, word joiner and the
// invisible operators, deprecated format controls, the BOM, interlinear annotations, the object
// replacement character, and the tag characters.
const INVISIBLE =
  /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFC]|\u{E0001}|[\u{E0020}-\u{E007F}]/gu;
// C0 controls except tab and newline, DEL, and C1 controls left after the cp1252 repair.
const CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;
// Private use areas (after the Symbol bullets were mapped) and the noncharacters U+FFFE/U+FFFF.
const PRIVATE_USE = /[\uE000-\uF8FF\uFFFE\uFFFF]|[\u{F0000}-\u{FFFFD}]|[\u{100000}-\u{10FFFD}]/gu;
// Halves of surrogate pairs without their other half (invalid UTF-16, cannot be stored as UTF-8).
const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const mapChars = (map: Readonly<Record<string, string>>) => (c: string) => map[c] ?? c;

/**
 * Cleans free text for storage: the same text as the user saw it, without the hidden characters.
 * Newlines (normalised to \n) and tabs are kept; trailing spaces on each line and blank lines at
 * the start and end are dropped; the result is in Unicode NFC. Idempotent.
 */
export function cleanPastedText(input: string): string {
  return input
    .replace(LONE_SURROGATES, "")
    .replace(LINE_BREAKS, "\n")
    .replace(/[\u0082\u0084\u0085\u0091-\u0097\u0099]/g, mapChars(CP1252_C1))
    .replace(/[\uF02D\uF06F\uF076\uF0A7\uF0B7\uF0D8\uF0FC]/g, mapChars(SYMBOL_BULLETS))
    .replace(SPECIAL_SPACES, " ")
    .replace(INVISIBLE, "")
    .replace(CONTROLS, "")
    .replace(PRIVATE_USE, "")
    .normalize("NFC")
    .replace(/[ \t]+$/gm, "")
    .replace(/^\n+|\n+$/g, "");
}

/** Length as the user counts it: code points, not UTF-16 units. */
export function textLength(text: string): number {
  return Array.from(text).length;
}

export type CleanedText = { text: string; changed: boolean; length: number };

/** Cleans and reports whether anything was removed or replaced (the UI tells the user). */
export function cleanForSaving(input: string): CleanedText {
  const text = cleanPastedText(input);
  // Line endings, trailing spaces and outer blank lines alone are not worth mentioning to the user.
  const tidy = input
    .replace(/\r\n?/g, "\n")
    .normalize("NFC")
    .replace(/[ \t]+$/gm, "")
    .replace(/^\n+|\n+$/g, "");
  const changed = text !== tidy;
  return { text, changed, length: textLength(text) };
}
