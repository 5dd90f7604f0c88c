import "server-only";
import { cache } from "react";
import type { Refusal } from "@/domain/refusal";

// How a page's refusal reaches the 403 page. Next renders a segment's forbidden.tsx with every page
// of the segment, beside the page rather than after it, so the 403 page waits for the outcome of
// this request's permission check: the guard settles it with the refusal just before forbidden(),
// or with "allowed" once the page's own follow-up checks of the same turn have had their chance.

type Slot = { settled: boolean; refusal: Refusal | null; promise: Promise<void>; settle: () => void };

const slot = cache((): Slot => {
  let settle!: () => void;
  const promise = new Promise<void>((resolve) => (settle = resolve));
  const s: Slot = { settled: false, refusal: null, promise, settle: () => {} };
  s.settle = () => {
    s.settled = true;
    settle();
  };
  return s;
});

/** The permission check refused: recorded before forbidden() is thrown. */
export function recordRefusal(refusal: Refusal): void {
  const s = slot();
  s.refusal ??= refusal;
  s.settle();
}

/**
 * The check passed (or the user was sent elsewhere). Settled on the next turn of the event loop,
 * so that a page that checks a second feature right after the first (a confirmation step, the
 * wills) still records its refusal first.
 */
export function recordAllowed(): void {
  const s = slot();
  if (s.settled) return;
  setImmediate(() => s.settle());
}

/** A safety net for a page that throws before its permission check: the 403 page never hangs. */
const UNSETTLED_AFTER_MS = 1000;

/** This request's refusal, once the permission check has decided; null when it passed or never ran. */
export async function refusalOfThisRequest(): Promise<Refusal | null> {
  const s = slot();
  if (!s.settled) {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, UNSETTLED_AFTER_MS)));
    await Promise.race([s.promise, timeout]).finally(() => clearTimeout(timer));
  }
  return s.refusal;
}
