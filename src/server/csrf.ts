import "server-only";

/**
 * Route handlers that change state accept only same-origin requests (server actions get the same
 * check from Next.js itself). Browsers send Origin on every POST; Sec-Fetch-Site is the fallback.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  const expected = new Set([new URL(request.url).origin]);
  if (process.env.NEXTAUTH_URL) expected.add(new URL(process.env.NEXTAUTH_URL).origin);
  const host = request.headers.get("host");
  if (host) expected.add(`${new URL(request.url).protocol}//${host}`);
  if (origin) return expected.has(origin);
  const site = request.headers.get("sec-fetch-site");
  return site === "same-origin" || site === "none";
}

export function crossOriginRefused(): Response {
  return new Response("Cross-origin request refused", { status: 403 });
}
