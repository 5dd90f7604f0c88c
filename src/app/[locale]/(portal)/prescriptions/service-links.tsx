import type { TFunction } from "i18next";
import type { FeatureId } from "@/domain/permissions";

const LINKS = [
  { feature: "prescriptions.renew", path: "renew", key: "actions.renew" },
  { feature: "prescriptions.printSummary", path: "print/summary", key: "actions.printSummary" },
  { feature: "prescriptions.printOwnList", path: "print/list", key: "actions.printOwnList" },
] as const satisfies readonly { feature: FeatureId; path: string; key: string }[];

/** Links to the renewal and print pages, only those the role may use (each page checks again). */
export function ServiceLinks({
  t,
  locale,
  allowed,
}: {
  t: TFunction;
  locale: string;
  allowed: (f: FeatureId) => boolean;
}) {
  const links = LINKS.filter((l) => allowed(l.feature));
  if (links.length === 0) return null;
  return (
    <nav aria-label={t("actions.label")} className="no-print">
      <ul className="actions" style={{ listStyle: "none", padding: 0 }}>
        {links.map((l) => (
          <li key={l.path}>
            <a
              className={l.feature === "prescriptions.renew" ? "button" : "button secondary"}
              href={`/${locale}/prescriptions/${l.path}`}
            >
              {t(l.key)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
