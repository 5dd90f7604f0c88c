"use client";

/** Opens the browser's print dialog; the page prints fine without it (Ctrl+P). */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="button" onClick={() => window.print()}>
      {label}
    </button>
  );
}
