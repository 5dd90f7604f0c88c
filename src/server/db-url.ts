// Where the database lives. One rule for the app, the scripts and the tests: a PostgreSQL URL in
// DATABASE_URL wins; otherwise an embedded, file-backed PGlite so a fresh clone runs without a server.
import path from "node:path";

export type DbTarget = { kind: "postgres"; url: string } | { kind: "pglite"; dir: string };

export function resolveDbTarget(env: Record<string, string | undefined> = process.env): DbTarget {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url))
      throw new Error(`DATABASE_URL must be a postgres:// URL, got ${redactUrl(url)}`);
    return { kind: "postgres", url };
  }
  return {
    kind: "pglite",
    dir: path.resolve(env.PGLITE_DIR?.trim() || path.join(process.cwd(), ".data/pglite")),
  };
}

/** For log lines: hides the password. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@");
}

export function describeTarget(target: DbTarget): string {
  return target.kind === "postgres" ? `PostgreSQL ${redactUrl(target.url)}` : `PGlite ${target.dir}`;
}
