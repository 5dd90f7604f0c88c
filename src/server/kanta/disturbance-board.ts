import { sectionService } from "@/domain/navigation";
import { isLocale } from "@/i18n/settings";

// D-1 for the proxy (src/proxy.ts): which Kanta services this process last saw marked disturbed.
// Every signed-in page reads the operator's flags anyway (the session frame, one statement), and
// posts them here; the proxy only looks them up, so it adds no query to any request. The proxy is
// bundled apart from the pages but runs in the same Node.js process, hence globalThis. A copy that
// is one request behind corrects itself: see answerDisturbed in src/server/guard.ts and the notice
// page src/app/[locale]/(portal)/section-unavailable/[section]/page.tsx.
// No "server-only" and no database here: the proxy imports this module.

const board = globalThis as unknown as { __mkDisturbedServices?: ReadonlySet<string> };
const NONE: ReadonlySet<string> = new Set();

/** The operator's flags as just read from the database. */
export function postDisturbedServices(services: ReadonlySet<string>): void {
  board.__mkDisturbedServices = services;
}

export function lastSeenDisturbedServices(): ReadonlySet<string> {
  return board.__mkDisturbedServices ?? NONE;
}

/** The locale and section of a page path ("/fi/prescriptions/123" → fi, prescriptions). */
function localeAndSection(pathname: string): { locale: string; section: string } | null {
  const [, locale, section] = pathname.split("/", 3);
  return isLocale(locale) && section ? { locale, section } : null;
}

/** The Kanta service that a page path's whole section reads from, when there is exactly one. */
export function sectionServiceOfPath(pathname: string) {
  const parts = localeAndSection(pathname);
  return parts ? sectionService(parts.section) : null;
}

/** Where the proxy sends a page of a disturbed section (answered with 503), or null. */
export function disturbanceNoticePath(pathname: string): string | null {
  const parts = localeAndSection(pathname);
  const service = parts ? sectionService(parts.section) : null;
  if (!parts || !service || !lastSeenDisturbedServices().has(service)) return null;
  return `/${parts.locale}/section-unavailable/${parts.section}`;
}
