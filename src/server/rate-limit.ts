import "server-only";

// Per-client token buckets for the sign-in endpoints, in memory. The portal's workers on one machine
// (scripts/portal-cluster.ts) get connections round-robin, so each keeps its share of the budget;
// several machines behind a load balancer would share a store (e.g. Redis) instead.
type Bucket = { tokens: number; at: number };
const buckets = new Map<string, Bucket>();
const WORKERS = Math.max(1, Number(process.env.PORTAL_WORKERS) || 1);
const PER_MINUTE = Math.max(1, Math.ceil(Number(process.env.SIGNIN_RATE_LIMIT_PER_MINUTE ?? 30) / WORKERS));

/** Takes one token for the key; returns 0 when allowed, else the seconds to wait. */
export function takeSignInToken(key: string, now = Date.now()): number {
  const refill = PER_MINUTE / 60_000;
  const b = buckets.get(key) ?? { tokens: PER_MINUTE, at: now };
  b.tokens = Math.min(PER_MINUTE, b.tokens + (now - b.at) * refill);
  b.at = now;
  if (buckets.size > 10_000) buckets.clear(); // bounded memory under a flood of addresses
  if (b.tokens < 1) {
    buckets.set(key, b);
    return Math.ceil((1 - b.tokens) / refill / 1000);
  }
  b.tokens -= 1;
  buckets.set(key, b);
  return 0;
}

export function clientKey(request: Request): string {
  // Behind a trusted proxy the first X-Forwarded-For hop is the client; locally it is absent.
  const forwarded =
    process.env.TRUST_PROXY === "1"
      ? request.headers.get("x-forwarded-for")?.split(",")[0]?.trim()
      : undefined;
  return forwarded || request.headers.get("x-real-ip") || "local";
}
