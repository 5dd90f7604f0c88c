"use client";
import { useEffect, useRef, useState } from "react";
import { usePathname, useSearchParams } from "next/navigation";

/** How long the bar may show without the page changing (a download, a cancelled navigation). */
const GIVE_UP_MS = 15_000;

function isPageLink(event: MouseEvent): boolean {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  const link = (event.target as Element | null)?.closest?.("a[href]") as HTMLAnchorElement | null;
  if (!link || link.target === "_blank" || link.hasAttribute("download")) return false;
  const url = new URL(link.href, location.href);
  return url.origin === location.origin && (url.pathname !== location.pathname || url.search !== location.search);
}

/**
 * Feedback while the next page loads (a client-side navigation takes most of a second): a thin bar
 * at the top and, for screen readers, a polite "Loading". Links and search forms only; a form that
 * saves something shows its own pending button. The bar goes once the address has changed.
 */
export function NavigationProgress({ label }: { label: string }) {
  const pathname = usePathname();
  const search = useSearchParams();
  // Busy while the address is still the one the user left from: a new address ends it by itself.
  const here = `${pathname}?${search}`;
  const hereRef = useRef(here);
  const [leaving, setLeaving] = useState<string | null>(null);
  const busy = leaving === here;
  useEffect(() => {
    hereRef.current = here;
  }, [here]);
  useEffect(() => {
    if (!busy) return;
    const timer = setTimeout(() => setLeaving(null), GIVE_UP_MS);
    return () => clearTimeout(timer);
  }, [busy]);
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (isPageLink(event)) setLeaving(hereRef.current);
    };
    const onSubmit = (event: SubmitEvent) => {
      const form = event.target as HTMLFormElement | null;
      if (form?.method === "get") setLeaving(hereRef.current);
    };
    // Capture: Next's <Link> cancels the browser's navigation (it navigates itself) before a
    // bubbling listener on the document would hear of the click.
    document.addEventListener("click", onClick, true);
    document.addEventListener("submit", onSubmit, true);
    return () => {
      document.removeEventListener("click", onClick, true);
      document.removeEventListener("submit", onSubmit, true);
    };
  }, []);
  return (
    <div className="nav-progress" data-busy={busy ? "" : undefined} data-testid="navigation-progress">
      {/* A live region, not role="status": the page's own status notices keep that role to themselves. */}
      <span className="visually-hidden" aria-live="polite">
        {busy ? label : ""}
      </span>
    </div>
  );
}
