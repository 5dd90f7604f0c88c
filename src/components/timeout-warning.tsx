"use client";
import { useCallback, useEffect, useRef, useState } from "react";

type Strings = { title: string; body: string; continueLabel: string; signOut: string };
type Props = { locale: string; expiresAt: string; serverNow: string; warnBeforeMs: number; strings: Strings };
type Status = { active: boolean; expiresAt?: string; serverNow?: string };

const CHANNEL = "mk-session";

/**
 * S-2 in the browser: a warning 5 minutes before the server ends an idle session, with "Continue".
 * The server is the authority: the dialog asks it (without counting as activity) before it opens,
 * and tabs tell each other when one of them continued.
 */
export function TimeoutWarning({ locale, expiresAt, serverNow, warnBeforeMs, strings }: Props) {
  const expires = useRef(Date.parse(expiresAt));
  const skew = useRef(0); // server clock minus browser clock, measured on mount
  const dialogRef = useRef<HTMLDialogElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const continueRef = useRef<HTMLButtonElement>(null);
  const checking = useRef(false);
  const [remaining, setRemaining] = useState(() => Date.parse(expiresAt) - Date.parse(serverNow));
  const [open, setOpen] = useState(false);

  const adopt = useCallback((status: Status) => {
    if (!status.active || !status.expiresAt || !status.serverNow) return false;
    skew.current = Date.parse(status.serverNow) - Date.now();
    expires.current = Date.parse(status.expiresAt);
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
            else if (adopt(status) && expires.current - (Date.now() + skew.current) <= warnBeforeMs) setOpen(true);
          })
          .catch(() => setOpen(true))
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
      continueRef.current?.focus();
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

  const seconds = Math.max(0, Math.ceil(remaining / 1000));
  const body = strings.body
    .replace("{{minutes}}", String(Math.floor(seconds / 60)))
    .replace("{{seconds}}", String(seconds % 60));

  return (
    <>
      <form ref={formRef} method="post" action="/api/session/signout" hidden>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="reason" value="timeout" />
      </form>
      <dialog
        ref={dialogRef}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="timeout-title"
        aria-describedby="timeout-body"
        onCancel={(e) => {
          e.preventDefault(); // Escape must not silently dismiss the warning
          void onContinue();
        }}
      >
        <h2 id="timeout-title">{strings.title}</h2>
        <p id="timeout-body">{body}</p>
        <div className="actions">
          <button ref={continueRef} type="button" className="button" onClick={() => void onContinue()}>
            {strings.continueLabel}
          </button>
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
