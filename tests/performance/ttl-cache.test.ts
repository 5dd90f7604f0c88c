// The short-lived per-viewer cache of derived data (the health page's filter choices).
import { describe, expect, it } from "vitest";
import { viewerKey, type Viewer } from "@/domain/visibility";
import { ttlCache } from "@/server/ttl-cache";

describe("ttlCache", () => {
  it("answers from memory within the time to live, and loads again after it", async () => {
    const cache = ttlCache<number>(1000, 10);
    let loads = 0;
    const load = async () => ++loads;
    expect(await cache.get("a", 0, load)).toBe(1);
    expect(await cache.get("a", 999, load)).toBe(1);
    expect(await cache.get("a", 1000, load)).toBe(2);
    expect(await cache.get("b", 1000, load)).toBe(3);
    expect(loads).toBe(3);
  });

  it("a clock that went backwards loads again rather than trusting the entry", async () => {
    const cache = ttlCache<string>(1000, 10);
    await cache.get("a", 5000, async () => "first");
    expect(await cache.get("a", 4000, async () => "second")).toBe("second");
  });

  it("does not keep a failed load", async () => {
    const cache = ttlCache<string>(1000, 10);
    await expect(cache.get("a", 0, () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    await Promise.resolve(); // the rejection handler runs
    expect(await cache.get("a", 1, async () => "up")).toBe("up");
  });

  it("keeps at most the given number of entries, dropping the least recently loaded", async () => {
    const cache = ttlCache<string>(60_000, 2);
    await cache.get("a", 0, async () => "a1");
    await cache.get("b", 0, async () => "b1");
    await cache.get("c", 0, async () => "c1");
    expect(cache.size).toBe(2);
    expect(await cache.get("a", 1, async () => "a2")).toBe("a2");
    expect(await cache.get("c", 1, async () => "c2")).toBe("c1");
  });
});

describe("viewerKey: one key per viewer and Helsinki day", () => {
  const base: Viewer = {
    role: "guardian",
    subject: { id: "child-1", birthDate: new Date("2012-08-20T00:00:00Z") },
    now: new Date("2026-11-25T10:00:00Z"),
  };
  it("V-HEALTH-5: a different role, subject, birth date or Helsinki day is a different key", () => {
    const k = viewerKey(base);
    expect(viewerKey({ ...base, role: "informationRight" })).not.toBe(k);
    expect(viewerKey({ ...base, subject: { ...base.subject, id: "child-2" } })).not.toBe(k);
    expect(
      viewerKey({ ...base, subject: { ...base.subject, birthDate: new Date("2012-08-21T00:00:00Z") } }),
    ).not.toBe(k);
    // 22:30 UTC on 25 November is already 26 November in Helsinki.
    expect(viewerKey({ ...base, now: new Date("2026-11-25T22:30:00Z") })).not.toBe(k);
  });
  it("the same viewer later the same Helsinki day has the same key", () => {
    expect(viewerKey({ ...base, now: new Date("2026-11-25T21:59:00Z") })).toBe(viewerKey(base));
  });
});
