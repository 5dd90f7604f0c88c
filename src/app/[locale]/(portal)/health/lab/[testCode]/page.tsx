import { notFound } from "next/navigation";
import { getT } from "@/i18n/server";
import { formatDate } from "@/i18n/format";
import { localeFrom } from "@/server/locale-param";
import { authorizePage } from "@/server/guard";
import { viewerOf } from "@/server/portal-context";
import { getLabHistory } from "@/server/kanta/patient-data-repository/get-lab-history";
import { HealthPageFrame } from "../../_components/health-page";
import { LabChart } from "../../_components/lab-chart";
import { LabTableHead, LabValueCells, formatLabValue, formatReference } from "../../_components/lab-format";
import styles from "../../_components/health.module.css";
import { portalMetadata } from "@/components/whose-page";

type Props = { params: Promise<{ locale: string; testCode: string }> };

/** Route params may arrive still percent-encoded; a code never contains "%" itself. */
function decodeParam(raw: string): string {
  if (!raw.includes("%")) return raw;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

// The test's code names the page: two histories are told apart without reading the record again.
export const generateMetadata = portalMetadata("health", async (t, { params }: Props) => [
  decodeParam((await params).testCode).slice(0, 60),
  t("labChart.title"),
  t("title"),
]);

export default async function LabTestPage({ params }: Props) {
  const locale = await localeFrom(params);
  const ctx = await authorizePage(locale, "health.view");
  const testCode = decodeParam((await params).testCode);
  const t = await getT(locale, "health");
  return (
    <HealthPageFrame ctx={ctx} locale={locale} t={t} current="lab" title={t("labChart.title")}>
      {async () => {
        const history = await getLabHistory(viewerOf(ctx), testCode);
        if (history.length === 0) notFound();
        const latest = history[history.length - 1]!;
        const numeric = history
          .filter((p) => p.value !== null)
          .map((p) => ({ at: p.listDate, value: p.value!, abnormal: p.abnormal }));
        const first = history[0]!;
        const caption = t("labChart.caption", {
          test: latest.testName,
          n: history.length,
          from: formatDate(first.listDate, locale),
          to: formatDate(latest.listDate, locale),
          latest: `${formatLabValue(latest, locale)} ${latest.unit ?? ""}`.trim(),
          reference: formatReference(latest, locale),
        });
        return (
          <>
            <h2 lang={latest.language}>{latest.testName}</h2>
            <p className="muted">
              {t("labChart.code", { code: testCode })}
              {latest.unit ? ` · ${t("labChart.unitIs", { unit: latest.unit })}` : ""}
            </p>
            <LabChart
              t={t}
              locale={locale}
              testName={latest.testName}
              unit={latest.unit}
              points={numeric}
              refLow={latest.refLow}
              refHigh={latest.refHigh}
              caption={caption}
            >
              {/* Scrolls sideways on a phone: a focusable, named region, so it scrolls from the keyboard too. */}
              <div
                className={styles.tableWrap}
                role="region"
                aria-labelledby="lab-history-caption"
                tabIndex={0}
              >
                <table data-testid="lab-history">
                  <caption id="lab-history-caption">{t("labChart.tableHeading")}</caption>
                  <LabTableHead t={t} first={t("labChart.date")} />
                  <tbody>
                    {[...history].reverse().map((p) => (
                      <tr key={p.id}>
                        <th scope="row">
                          <time dateTime={p.listDate.toISOString()}>{formatDate(p.listDate, locale)}</time>
                        </th>
                        <LabValueCells r={p} t={t} locale={locale} />
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </LabChart>
            <p>
              <a href={`/${locale}/health/lab`}>{t("labChart.back")}</a>
            </p>
          </>
        );
      }}
    </HealthPageFrame>
  );
}
