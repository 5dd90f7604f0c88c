// One log line per request that failed on the server (src/instrumentation.ts). The reference is
// Next's error digest, the same id the error page shows the user, so support can find the line.
// The line holds no personal data: no URL (record ids), no message (a query's values), no person;
// only the route's pattern, the kind of request and the error's class.
// No "server-only": the instrumentation hook is not compiled for the React server.

export type FailedRequest = {
  digest?: string;
  errorName?: string;
  method: string;
  routePath: string;
  routeType: string;
};

const SAFE = /^[\w:./()[\]@-]{1,200}$/;
const safe = (value: string | undefined) => (value && SAFE.test(value) ? value : "-");

export function errorLogLine(failure: FailedRequest): string {
  return [
    "request failed",
    `ref=${safe(failure.digest)}`,
    `type=${safe(failure.routeType)}`,
    `method=${safe(failure.method)}`,
    `route=${safe(failure.routePath)}`,
    `error=${safe(failure.errorName)}`,
  ].join(" ");
}

// With TEST_HOOKS=1 the last lines are also kept, for the end-to-end tests (api/test/hooks).
const kept = globalThis as unknown as { __mkErrorLog?: string[] };
const KEEP = 50;

export function logFailedRequest(failure: FailedRequest): void {
  const line = errorLogLine(failure);
  console.error(line);
  if (process.env.TEST_HOOKS === "1") {
    const lines = (kept.__mkErrorLog ??= []);
    lines.push(line);
    if (lines.length > KEEP) lines.splice(0, lines.length - KEEP);
  }
}

export function recentErrorLines(): string[] {
  return [...(kept.__mkErrorLog ?? [])];
}
