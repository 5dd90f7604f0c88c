import type { TFunction } from "i18next";
import type { Locale } from "@/i18n/settings";
import styles from "./health.module.css";

export const HEALTH_PAGES = [
  "visits",
  "lab",
  "imaging",
  "diagnoses",
  "risks",
  "vaccinations",
  "certificates",
  "disclosures",
] as const;
export type HealthPage = (typeof HEALTH_PAGES)[number];

const PATH: Record<HealthPage, string> = {
  visits: "",
  lab: "/lab",
  imaging: "/imaging",
  diagnoses: "/diagnoses",
  risks: "/risks",
  vaccinations: "/vaccinations",
  certificates: "/certificates",
  disclosures: "/disclosures",
};

export function healthHref(locale: Locale, page: HealthPage): string {
  return `/${locale}/health${PATH[page]}`;
}

/** The health section's own pages; disclosures only where the matrix allows them. */
export function HealthNav({
  locale,
  t,
  current,
  showDisclosures,
}: {
  locale: Locale;
  t: TFunction;
  current: HealthPage;
  showDisclosures: boolean;
}) {
  const pages = HEALTH_PAGES.filter((p) => p !== "disclosures" || showDisclosures);
  return (
    <nav aria-label={t("nav.label")} className="no-print">
      <ul className={styles.subnav}>
        {pages.map((p) => (
          <li key={p}>
            <a href={healthHref(locale, p)} aria-current={p === current ? "page" : undefined}>
              {t(`nav.${p}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
