/** Text as the professional recorded it, in the language it was recorded in (S-7). */
export function RecordedText({ text, lang, className }: { text: string; lang: string; className?: string }) {
  return (
    <p lang={lang} className={className} style={{ whiteSpace: "pre-line", maxWidth: "48rem" }}>
      {text}
    </p>
  );
}
