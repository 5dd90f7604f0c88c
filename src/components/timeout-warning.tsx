"use client";
import { useCallback, useEffect, useRef, useState } from "react";

type Strings = {
  title: string;
  body: string;
  continueLabel: string;
  signOut: string;
  lifetimeTitle: string;
  lifetimeBody: string;
  acknowledge: string;
};
type EndsBy = "idle" | "lifetime";
type Props = {
  locale: string;
  expiresAt: string;
  serverNow: string;
  endsBy: EndsBy;
  warnBeforeMs: number;
  /** The absolute lifetime, formatted for the warning's text. */
  lifetimeHours: string;
  strings: Strings;
};
type Status = { active: boolean; expiresAt?: string; serverNow?: string; endsBy?: EndsBy };

const CHANNEL = "mk-session";

/**
 * S-2 in the browser: a warning 5 minutes before the server ends an idle session, with "Continue".
 * The server is the authority: the dialog asks it (without counting as activity) before it opens,
 * and tabs tell each other when one of them continued. Before the absolute end (12 hours after
 * sign-in) the warning says so instead, and offers no "Continue": nothing can move that end. Once
 * acknowledged, it stays closed until the end.
 */
export function TimeoutWarning({ locale, expiresAt, serverNow, endsBy, warnBeforeMs, lifetimeHours, strings }: Props) {
  const expires = useRef(Date.parse(expiresAt));
  const ends = useRef<EndsBy>(endsBy);
  const acknowledged = useRef(false);
  const [endKind, setEndKind] = useState<EndsBy>(endsBy);
  const skew = useRef(0); // server clock minus browser clock, measured on mount
  const dialogRef = useRef<HTMLDialogElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const primaryRef = useRef<HTMLButtonElement>(null);
  const checking = useRef(false);
  const [remaining, setRemaining] = useState(() => Date.parse(expiresAt) - Date.parse(serverNow));
  const [open, setOpen] = useState(false);

  const adopt = useCallback((status: Status) => {
    if (!status.active || !status.expiresAt || !status.serverNow) return false;
    skew.current = Date.parse(status.serverNow) - Date.now();
    expires.current = Date.parse(status.expiresAt);
    ends.current = status.endsBy ?? "idle";
    setEndKind(ends.current);
    return true;
  }, []);

  useEffect(() => {
    skew.current = Date.parse(serverNow) - Date.now();
    // Marks that the clock is taken on the client; tests that move the clock wait for it.
    formRef.current?.setAttribute("data-timeout-armed", "");
    const channel = typeof BroadcastChannel === "undefined" ? null : new BroadcastChannel(CHANNEL);
    if (channel) {
      channel.onmessage = (event: MessageEvent<Status>) => {
        if (adopt(event.data)) setOpen(false);
      };
    }
    const timer = setInterval(() => {
      const left = expires.current - (Date.now() + skew.current);
      setRemaining(left);
      if (left <= 0) {
        formRef.current?.requestSubmit();
      } else if (left <= warnBeforeMs && !checking.current) {
        checking.current = true;
        // Another tab may have kept the session alive: ask the server before warning.
        fetch("/api/session/status", { cache: "no-store" })
          .then((r) => r.json() as Promise<Status>)
          .then((status) => {
            if (!status.active) formRef.current?.requestSubmit();
            else if (
              adopt(status) &&
              expires.current - (Date.now() + skew.current) <= warnBeforeMs &&
              !(ends.current === "lifetime" && acknowledged.current)
            )
              setOpen(true);
          })
          .catch(() => {
            if (!(ends.current === "lifetime" && acknowledged.current)) setOpen(true);
          })
          .finally(() => {
            checking.current = false;
          });
      }
    }, 1000);
    return () => {
      clearInterval(timer);
      channel?.close();
    };
  }, [adopt, warnBeforeMs, serverNow]);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      primaryRef.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  async function onContinue() {
    const response = await fetch("/api/session/extend", { method: "POST" });
    const status = (await response.json()) as Status;
    if (!adopt(status)) {
      formRef.current?.requestSubmit();
      return;
    }
    setOpen(false);
    if (typeof BroadcastChannel !== "undefined") {
      const channel = new BroadcastChannel(CHANNEL);
      channel.postMessage(status);
      channel.close();
    }
  }

  function onAcknowledge() {
    acknowledged.current = true;
    setOpen(false);
  }

  const lifetime = endKind === "lifetime";
  const seconds = Math.max(0, Math.ceil(remaining / 1000));
  const body = (lifetime ? strings.lifetimeBody : strings.body)
    .replace("{{hours}}", lifetimeHours)
    .replace("{{minutes}}", String(Math.floor(seconds / 60)))
    .replace("{{seconds}}", String(seconds % 60));

  return (
    <>
      <form ref={formRef} method="post" action="/api/session/signout" hidden>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="reason" value={lifetime ? "lifetime" : "timeout"} />
      </form>
      <dialog
        ref={dialogRef}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="timeout-title"
        aria-describedby="timeout-body"
        onCancel={(e) => {
          e.preventDefault(); // Escape must not silently dismiss the warning
          if (lifetime) onAcknowledge();
          else void onContinue();
        }}
      >
        <h2 id="timeout-title">{lifetime ? strings.lifetimeTitle : strings.title}</h2>
        <p id="timeout-body">{body}</p>
        <div className="actions">
          {lifetime ? (
            <button ref={primaryRef} type="button" className="button" onClick={onAcknowledge}>
              {strings.acknowledge}
            </button>
          ) : (
            <button ref={primaryRef} type="button" className="button" onClick={() => void onContinue()}>
              {strings.continueLabel}
            </button>
          )}
          <form method="post" action="/api/session/signout">
            <input type="hidden" name="locale" value={locale} />
            <button type="submit" className="button secondary">
              {strings.signOut}
            </button>
          </form>
        </div>
      </dialog>
    </>
  );
}
