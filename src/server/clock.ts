import "server-only";
import { hooks, testHooksEnabled } from "./test-hooks";

/** The server's clock; end-to-end tests can move it forward (see test-hooks.ts). */
export function now(): Date {
  const offset = testHooksEnabled() ? (hooks().clockOffsetMs ?? 0) : 0;
  return new Date(Date.now() + offset);
}
