/**
 * Where the portal may send the browser after sign-in (next-auth's redirect callback): only to its
 * own pages. A path is resolved against the portal's origin and must stay on it, so
 * `//evil.example`, `/\evil.example` and `http://portal@evil.example/` (a prefix match on the
 * portal's URL) all fall back to the front page. Absolute URLs of the portal itself are accepted.
 */
export function sameOriginRedirect(url: string, baseUrl: string): string {
  const base = new URL(baseUrl);
  const fallback = `${base.origin}/`;
  // Browsers read a backslash as a slash and ignore tabs and newlines in URLs: refuse them outright.
  if (/[\\\s]/.test(url)) return fallback;
  let target: URL;
  try {
    target = new URL(url, fallback);
  } catch {
    return fallback;
  }
  if (target.origin !== base.origin || target.username || target.password) return fallback;
  if (!target.pathname.startsWith("/") || target.pathname.startsWith("//")) return fallback;
  return `${base.origin}${target.pathname}${target.search}${target.hash}`;
}
