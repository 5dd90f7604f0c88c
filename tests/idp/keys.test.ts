// The signing key file: created on first start (owner-only), reused afterwards.
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadOrCreateJwks } from "@/idp/keys";

describe("loadOrCreateJwks", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it("creates .data-style key files with mode 0600 and reuses them", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "idp-keys-"));
    dirs.push(dir);
    const file = path.join(dir, "nested", "idp-jwks.json");
    const first = loadOrCreateJwks(file);
    expect(first.keys[0]).toMatchObject({ kty: "RSA", alg: "RS256", use: "sig" });
    expect(first.keys[0]!.d).toBeTruthy();
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const second = loadOrCreateJwks(file);
    expect(second).toEqual(first);
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual(first);
  });

  it("returns a fresh in-memory key when no file is wanted", () => {
    expect(loadOrCreateJwks(false).keys[0]!.kid).not.toBe(loadOrCreateJwks(false).keys[0]!.kid);
  });
});
