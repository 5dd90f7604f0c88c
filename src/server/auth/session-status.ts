import type { SessionTiming } from "@/domain/session-policy";

/** What the browser's timeout warning needs to know about the session (status and extend routes). */
export type SessionStatus = {
  active: true;
  expiresAt: string;
  warnAt: string;
  serverNow: string;
  /** "lifetime": the end is the absolute one, and "Continue" cannot move it. */
  endsBy: SessionTiming["endsBy"];
};

export function sessionStatus(timing: SessionTiming, at: Date): SessionStatus {
  return {
    active: true,
    expiresAt: timing.expiresAt.toISOString(),
    warnAt: timing.warnAt.toISOString(),
    serverNow: at.toISOString(),
    endsBy: timing.endsBy,
  };
}
