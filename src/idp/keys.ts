// The ID-token signing key. Kept in .data/idp-jwks.json (git-ignored) so that ID tokens stay
// verifiable across restarts of the dev server; created on first start. Tests use an ephemeral key.
import { createHash, generateKeyPairSync, type JsonWebKey } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export type PrivateJwks = { keys: JsonWebKey[] };

export const DEFAULT_JWKS_FILE = ".data/idp-jwks.json";

function rfc7638Thumbprint(jwk: JsonWebKey): string {
  const canonical = JSON.stringify({ e: jwk.e, kty: jwk.kty, n: jwk.n });
  return createHash("sha256").update(canonical).digest("base64url");
}

export function generateSigningJwks(): PrivateJwks {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const jwk = privateKey.export({ format: "jwk" });
  return { keys: [{ ...jwk, kid: rfc7638Thumbprint(jwk), alg: "RS256", use: "sig" }] };
}

function isPrivateJwks(value: unknown): value is PrivateJwks {
  if (typeof value !== "object" || value === null) return false;
  const keys = (value as { keys?: unknown }).keys;
  return (
    Array.isArray(keys) &&
    keys.length > 0 &&
    keys.every((k) => typeof k === "object" && k !== null && "d" in k)
  );
}

/** Reads the key file, creating it (mode 0600) when missing. `false` means: ephemeral key. */
export function loadOrCreateJwks(file: string | false): PrivateJwks {
  if (file === false) return generateSigningJwks();
  const full = path.resolve(file);
  try {
    const parsed: unknown = JSON.parse(readFileSync(full, "utf8"));
    if (!isPrivateJwks(parsed)) throw new Error(`${full} is not a private JWKS`);
    return parsed;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
  }
  const jwks = generateSigningJwks();
  mkdirSync(path.dirname(full), { recursive: true });
  try {
    writeFileSync(full, JSON.stringify(jwks, null, 2) + "\n", { mode: 0o600, flag: "wx" });
  } catch (err) {
    // Another process created it first: use theirs, so both sign with the same key.
    if ((err as NodeJS.ErrnoException).code === "EEXIST") return loadOrCreateJwks(file);
    throw err;
  }
  return jwks;
}
