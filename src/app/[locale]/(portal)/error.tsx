"use client";
import { startTransition } from "react";
import { useRouter } from "next/navigation";
import { useStrings } from "@/components/client-strings";

const DISTURBED = /^KANTA_DISTURBED:([A-Z_]+)$/;

// Only a real disturbance is reported as one: ServiceDisturbedError (a Kanta service's data access
// failed or timed out mid-page, D-1) carries its service in the digest. A section whose operator
// flag is set never gets here: the proxy answers it with the 503 notice rendered on the server.
// Anything else is a fault of ours: a generic page with the digest as the reference, which the
// server logged with the same id (src/instrumentation.ts). Never a blank page or a stack trace.
export default function SectionError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useStrings();
  const router = useRouter();
  const retry = () =>
    startTransition(() => {
      router.refresh(); // the failure was on the server: render the page there again
      reset();
    });
  const service = error.digest ? DISTURBED.exec(error.digest)?.[1] : undefined;
  if (!service) {
    return (
      <section className="notice error" aria-labelledby="error-title" data-testid="error-page">
        <title>{`${t("errors.genericTitle")} – ${t("app.name")}`}</title>
        <h1 id="error-title">{t("errors.genericTitle")}</h1>
        <p>{t("errors.generic")}</p>
        <p>{t("errors.genericHelp")}</p>
        {error.digest ? (
          <p>
            {t("errors.reference")}: <code data-testid="error-reference">{error.digest}</code>
          </p>
        ) : null}
        <button type="button" className="button" onClick={retry}>
          {t("disturbance.tryAgain")}
        </button>
      </section>
    );
  }
  return (
    <section className="notice warning" role="alert" data-testid="service-disturbance" data-service={service}>
      <title>{`${t("disturbance.title", { section: t(`disturbance.sections.${service}`) })} – ${t("app.name")}`}</title>
      <h1>{t("disturbance.title", { section: t(`disturbance.sections.${service}`) })}</h1>
      <p>{t("disturbance.intro")}</p>
      <p>
        <strong>{t("disturbance.meanwhile")}</strong> {t(`disturbance.alternatives.${service}`)}
      </p>
      <button type="button" className="button secondary" onClick={retry}>
        {t("disturbance.tryAgain")}
      </button>
    </section>
  );
}
