import "server-only";

// Fault injection and clock control for end-to-end tests. Enabled only with TEST_HOOKS=1 (set by
// the Playwright web server), so a normal start can never be steered from outside.
// failPages: every page throws an unexpected error once authorised (the generic error page).
type HookState = { failAccessLog?: boolean; clockOffsetMs?: number; failServices?: string[]; failPages?: boolean };
const state = globalThis as unknown as { __mkTestHooks?: HookState };

export function testHooksEnabled(): boolean {
  return process.env.TEST_HOOKS === "1";
}

export function hooks(): HookState {
  state.__mkTestHooks ??= {};
  return state.__mkTestHooks;
}

export function setHooks(patch: HookState): HookState {
  if (!testHooksEnabled()) throw new Error("test hooks are disabled");
  Object.assign(hooks(), patch);
  return hooks();
}
