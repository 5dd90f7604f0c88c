"use client";
import { signIn } from "next-auth/react";
import { useState } from "react";

/** Starts the OpenID Connect flow at the identification service, in the page's language. */
export function SignInButton({ locale, label }: { locale: string; label: string }) {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className="button"
      aria-busy={busy}
      disabled={busy}
      onClick={() => {
        setBusy(true);
        void signIn("suomifi", { callbackUrl: `/${locale}/overview` }, { ui_locales: locale });
      }}
    >
      {label}
    </button>
  );
}
