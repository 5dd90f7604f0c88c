import { getT } from "@/i18n/server";
import type { Locale } from "@/i18n/settings";
import { decide } from "@/server/guard";
import { viewerOf, type PortalContext } from "@/server/portal-context";
import { serviceDb } from "@/server/kanta/service-status";
import { countExpiringPrescriptions } from "@/server/kanta/prescription-centre/count-expiring-prescriptions";
import { countRecentLabResults } from "@/server/kanta/patient-data-repository/count-recent-lab-results";

/** A count, or null when the feature is not allowed or its Kanta service is not answering. */
async function countIf(allowed: boolean, count: () => Promise<number>): Promise<number | null> {
  if (!allowed) return null;
  return count().catch(() => null); // a disturbed service must not take the front page down (D-1)
}

/** Front page: what is new for the person on screen, each item only where the role allows it. */
export async function NewItems({ locale, ctx }: { locale: Locale; ctx: PortalContext }) {
  const viewer = viewerOf(ctx);
  const [expiring, results] = await Promise.all([
    countIf(decide(ctx, "prescriptions.view").allowed, () => countExpiringPrescriptions(serviceDb("PRESCRIPTION_CENTRE"), viewer)),
    countIf(decide(ctx, "health.view").allowed, () => countRecentLabResults(serviceDb("PATIENT_DATA_REPOSITORY"), viewer)),
  ]);
  const items = [
    expiring ? { key: "expiring", href: `/${locale}/prescriptions?filter=valid`, text: "overview.expiringSoon", count: expiring } : null,
    results ? { key: "results", href: `/${locale}/health/lab`, text: "overview.newResults", count: results } : null,
  ].filter((i) => i !== null);
  if (items.length === 0) return null;
  const t = await getT(locale);
  return (
    <section aria-labelledby="new-items-heading">
      <h2 id="new-items-heading">{t("overview.newItems")}</h2>
      <ul>
        {items.map((i) => (
          <li key={i.key} data-testid={`new-${i.key}`}>
            <a href={i.href}>{t(i.text, { count: i.count })}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
