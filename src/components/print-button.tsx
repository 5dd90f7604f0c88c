"use client";

/** Opens the browser's print dialog; the page's print stylesheet leaves only the printout, and Ctrl+P works without it. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="button" onClick={() => window.print()}>
      {label}
    </button>
  );
}
