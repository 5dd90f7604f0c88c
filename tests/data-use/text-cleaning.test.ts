import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanForSaving, cleanPastedText, textLength } from "@/domain/text-cleaning";

describe("C-7: pasted text is cleaned, never refused", () => {
  it("removes zero-width characters, the BOM and direction marks", () => {
    expect(cleanPastedText("\uFEFFEn\u200B halua\u200C elvytystä\u200D.\u2060")).toBe("En halua elvytystä.");
    expect(cleanPastedText("a\u200Eb\u200Fc\u202Ad\u202Ce\u2066f\u2069")).toBe("abcdef");
  });

  it("keeps newlines and tabs, normalises Windows and Unicode line breaks", () => {
    expect(cleanPastedText("rivi 1\r\nrivi 2\rrivi 3\u2028rivi 4\u2029rivi 5\u000Brivi 6")).toBe(
      "rivi 1\nrivi 2\nrivi 3\nrivi 4\nrivi 5\nrivi 6",
    );
    expect(cleanPastedText("a\tb\n\tc")).toBe("a\tb\n\tc");
  });

  it("removes other control characters, including NUL that PostgreSQL cannot store", () => {
    expect(cleanPastedText("a\u0000b\u0007c\u001Bd\u007Fe\u009Df")).toBe("abcdef");
  });

  it("converts non-breaking and other special spaces to ordinary spaces", () => {
    expect(cleanPastedText("10\u00A0000\u202Fmg\u2007x\u3000y")).toBe("10 000 mg x y");
  });

  it("drops soft hyphens (invisible hyphenation hints)", () => {
    expect(cleanPastedText("elvy\u00ADtys\u00ADhoito")).toBe("elvytyshoito");
  });

  it("repairs Word's smart punctuation mis-decoded as C1 controls, and Symbol-font bullets", () => {
    expect(cleanPastedText("\u0093Ei\u0094 \u0096 se on \u0091selvä\u0092\u0085")).toBe("“Ei” – se on ‘selvä’…");
    expect(cleanPastedText("\uF0B7\tKohta yksi\n\uF0A7\tKohta kaksi")).toBe("•\tKohta yksi\n▪\tKohta kaksi");
  });

  it("removes the object replacement character of embedded images and other private-use characters", () => {
    expect(cleanPastedText("Kuva:\uFFFC loppu\uE123")).toBe("Kuva: loppu");
  });

  it("normalises to NFC (decomposed ä from macOS becomes one character)", () => {
    const decomposed = "ha\u0308lytys";
    const cleaned = cleanPastedText(decomposed);
    expect(cleaned).toBe("hälytys".normalize("NFC"));
    expect(cleaned.length).toBe(7);
  });

  it("drops lone surrogates but keeps real emoji and letters outside the BMP", () => {
    expect(cleanPastedText("a\uD800b\uDC00c")).toBe("abc");
    expect(cleanPastedText("kiitos 🙂 𝔄")).toBe("kiitos 🙂 𝔄");
  });

  it("trims trailing spaces of lines and blank lines around the text, keeps inner blank lines", () => {
    expect(cleanPastedText("\n\n  Otsikko   \n\nTeksti \t\n\n\n")).toBe("  Otsikko\n\nTeksti");
  });

  it("keeps ordinary Finnish and Swedish text as it is", () => {
    const text = "Jag vill inte få livsuppehållande behandling.\nEn halua tehohoitoa, jos toipumisesta ei ole toivoa.";
    expect(cleanPastedText(text)).toBe(text);
    expect(cleanForSaving(text)).toEqual({ text, changed: false, length: textLength(text) });
  });

  it("cleanForSaving reports hidden characters, but not line endings or trailing spaces alone", () => {
    expect(cleanForSaving("a\u200Bb").changed).toBe(true);
    expect(cleanForSaving("a\r\nb  \n").changed).toBe(false);
    expect(cleanForSaving("🙂x").length).toBe(2);
  });

  it("property: idempotent, and the result contains no removed character class", () => {
    const hidden = fc.constantFrom("\u200B", "\uFEFF", "\u00AD", "\u00A0", "\u0000", "\u0093", "\r\n", "\uF0B7", "\u202E", "\uFFFC");
    const piece = fc.oneof(fc.string({ unit: "grapheme" }), hidden, fc.string({ unit: "binary" }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const once = cleanPastedText(parts.join(""));
        expect(cleanPastedText(once)).toBe(once);
        expect(once).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00A0\u00AD\u200B-\u200F\u2028\u2029\uFEFF\uFFFC\r]/);
        expect(once).toBe(once.normalize("NFC"));
        expect(once).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
      }),
      { numRuns: 500 },
    );
  });
});
