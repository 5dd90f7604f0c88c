import "server-only";
import type { Db } from "@/server/db";
import { hooks, testHooksEnabled } from "./test-hooks";

export type AccessLogWrite = {
  event: "SIGN_IN" | "ACT_FOR_START" | "ACT_FOR_END" | "SIGN_OUT" | "TIMEOUT";
  actorPersonId: string;
  actorHetu: string;
  subjectPersonId?: string;
  role?: string;
  sessionId?: string;
  at: Date;
};

/** The client inside an interactive transaction. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export class AccessLogUnavailableError extends Error {
  constructor(cause?: unknown) {
    super("access log write failed", { cause });
    this.name = "AccessLogUnavailableError";
  }
}

/**
 * S-6: writes one access-log entry inside the caller's transaction, so that access is only given
 * when the entry is stored. Any failure becomes AccessLogUnavailableError and the caller refuses.
 */
export async function writeAccessLog(tx: Tx, entry: AccessLogWrite): Promise<void> {
  try {
    if (testHooksEnabled() && hooks().failAccessLog) throw new Error("injected access-log failure");
    await tx.accessLogEntry.create({ data: entry });
  } catch (error) {
    throw new AccessLogUnavailableError(error);
  }
}
