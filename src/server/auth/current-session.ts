import "server-only";
import { cookies } from "next/headers";
import { decode } from "next-auth/jwt";
import { authConfig, SESSION_COOKIE } from "./config";
import { lookupSession, type SessionLookup } from "./portal-session";
import { now } from "@/server/clock";

/** The session id from the signed, encrypted session cookie, or null. */
export async function sessionIdFromCookie(): Promise<string | null> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!token) return null;
  try {
    const payload = await decode({ token, secret: authConfig.secret });
    return typeof payload?.sid === "string" ? payload.sid : null;
  } catch {
    return null;
  }
}

export async function currentSession(): Promise<SessionLookup> {
  return lookupSession(await sessionIdFromCookie(), now());
}
