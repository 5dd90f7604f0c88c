import type { ReactNode } from "react";

/**
 * A table that may be wider than a phone scrolls inside this region, not the page (WCAG 1.4.10).
 * The region is named and focusable, so it can be scrolled from the keyboard too (axe:
 * scrollable-region-focusable); on a wide screen it is just a wrapper.
 */
export function TableRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
