// A small in-process cache with a time to live, for derived data that is costly to compute on every
// page and harmless when a few seconds old. Each portal worker keeps its own. A failed load is not
// kept, so the next request tries again.

export type TtlCache<V> = {
  get(key: string, nowMs: number, load: () => Promise<V>): Promise<V>;
  readonly size: number;
};

export function ttlCache<V>(ttlMs: number, maxEntries: number): TtlCache<V> {
  const entries = new Map<string, { at: number; value: Promise<V> }>();
  return {
    get(key, nowMs, load) {
      const hit = entries.get(key);
      if (hit && nowMs - hit.at >= 0 && nowMs - hit.at < ttlMs) return hit.value;
      const value = load();
      entries.delete(key); // re-inserted last: the Map's order is the eviction order
      entries.set(key, { at: nowMs, value });
      value.catch(() => {
        if (entries.get(key)?.value === value) entries.delete(key);
      });
      for (const oldest of entries.keys()) {
        if (entries.size <= maxEntries) break;
        entries.delete(oldest);
      }
      return value;
    },
    get size() {
      return entries.size;
    },
  };
}
