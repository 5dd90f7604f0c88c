import { formatDate } from "@/i18n/format";
import { getT } from "@/i18n/server";
import type { Locale } from "@/i18n/settings";
import { TableRegion } from "@/components/table-region";

type Row = { id: string; title: string; date: Date; detail?: string | null };

/**
 * The `limited` matrix cells: a minor sees which of their data are hidden from their guardians,
 * and nothing else to manage. The same rule hides them from every guardian alike (V-HEALTH-7).
 */
export async function HiddenFromGuardians({
  locale,
  kind,
  rows,
}: {
  locale: Locale;
  kind: "health" | "prescriptions" | "social";
  rows: Row[];
}) {
  const t = await getT(locale, "dataUse");
  return (
    <section aria-labelledby={`hidden-${kind}-heading`} data-testid={`hidden-${kind}`}>
      <h3 id={`hidden-${kind}-heading`}>{t(`hidden.${kind}.title`)}</h3>
      <p>{t(`hidden.${kind}.what`)}</p>
      {rows.length === 0 ? (
        <p>{t(`hidden.${kind}.none`)}</p>
      ) : (
        <TableRegion label={t(`hidden.${kind}.title`)}>
          <table>
            <caption className="visually-hidden">{t(`hidden.${kind}.title`)}</caption>
            <thead>
              <tr>
                <th scope="col">{t("hidden.date")}</th>
                <th scope="col">{t(`hidden.${kind}.item`)}</th>
                <th scope="col">{t("hidden.detail")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td>{formatDate(r.date, locale)}</td>
                  <td>{r.title}</td>
                  <td>{r.detail ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </section>
  );
}
