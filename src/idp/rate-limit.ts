// A small in-memory token bucket per key (the client IP). Good enough for one mock process; a
// real deployment would keep this in a shared store.

export type RateLimiter = {
  /** Takes one token; returns 0 when allowed, else the seconds until a token is available. */
  take(key: string): number;
};

export function createRateLimiter(opts: {
  capacity: number;
  perMinute: number;
  now?: () => number;
  maxKeys?: number;
}): RateLimiter {
  const { capacity, perMinute } = opts;
  const now = opts.now ?? Date.now;
  const maxKeys = opts.maxKeys ?? 10_000;
  const refillPerMs = perMinute / 60_000;
  const buckets = new Map<string, { tokens: number; at: number }>();

  function prune(t: number) {
    // Buckets that have refilled completely carry no information: drop them.
    for (const [key, b] of buckets) {
      if (b.tokens + (t - b.at) * refillPerMs >= capacity) buckets.delete(key);
    }
  }

  return {
    take(key) {
      const t = now();
      if (buckets.size >= maxKeys) prune(t);
      const b = buckets.get(key) ?? { tokens: capacity, at: t };
      b.tokens = Math.min(capacity, b.tokens + (t - b.at) * refillPerMs);
      b.at = t;
      if (b.tokens >= 1) {
        b.tokens -= 1;
        buckets.set(key, b);
        return 0;
      }
      buckets.set(key, b);
      return Math.max(1, Math.ceil((1 - b.tokens) / refillPerMs / 1000));
    },
  };
}
