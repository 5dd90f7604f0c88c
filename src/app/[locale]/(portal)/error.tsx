"use client";
import { usePathname } from "next/navigation";
import { SECTIONS } from "@/domain/navigation";
import { featureService } from "@/domain/permissions";
import { useStrings } from "@/components/client-strings";

const DISTURBED = /^KANTA_DISTURBED:([A-Z_]+)$/;

/** The Kanta service behind the failed page: from the error, else from the section in the URL. */
function serviceOf(digest: string | undefined, pathname: string): string | null {
  const fromDigest = digest ? DISTURBED.exec(digest)?.[1] : undefined;
  if (fromDigest) return fromDigest;
  const segment = pathname.split("/")[2];
  const section = SECTIONS.find((s) => s.path === segment);
  const service = section ? featureService(section.features[0]) : null;
  return service && service !== "PORTAL" ? service : null;
}

// D-1: a section whose Kanta service fails says it is not in use and where to get the data
// meanwhile; the shell and every other section keep working. Never a blank page or a stack trace.
export default function SectionError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useStrings();
  const pathname = usePathname() ?? "";
  const service = serviceOf(error.digest, pathname);
  if (!service) {
    return (
      <section className="notice error" role="alert">
        <h1>{t("errors.unavailableTitle")}</h1>
        <p>{t("errors.unavailable")}</p>
        <button type="button" className="button" onClick={reset}>
          {t("disturbance.tryAgain")}
        </button>
      </section>
    );
  }
  return (
    <section className="notice warning" role="alert" data-testid="service-disturbance" data-service={service}>
      <h1>{t("disturbance.title", { section: t(`disturbance.sections.${service}`) })}</h1>
      <p>{t("disturbance.intro")}</p>
      <p>
        <strong>{t("disturbance.meanwhile")}</strong> {t(`disturbance.alternatives.${service}`)}
      </p>
      <button type="button" className="button secondary" onClick={reset}>
        {t("disturbance.tryAgain")}
      </button>
    </section>
  );
}
