import { getT } from "@/i18n/server";
import { formatDate } from "@/i18n/format";
import { localeFrom } from "@/server/locale-param";
import { PublicShell } from "@/components/public-shell";
import { ACCESSIBILITY_STATEMENT_DATE, SUPERVISOR_URL, feedbackEmail } from "./statement";

// The accessibility statement that the Act on the Provision of Digital Services (306/2019) requires
// of a public web service. Built once per locale at build time: it reads no session, no request
// header and no data, so the same HTML serves everyone (the proxy gives it a script-free CSP, see
// src/server/content-security-policy.ts). It is also the static page the benchmark measures as
// its baseline.
export const dynamic = "error";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const t = await getT(await localeFrom(params));
  return { title: t("accessibilityStatement.title") };
}

export default async function AccessibilityStatementPage({ params }: Props) {
  const locale = await localeFrom(params);
  const t = await getT(locale);
  const s = (key: string) => t(`accessibilityStatement.${key}`);
  const email = feedbackEmail();
  return (
    <PublicShell locale={locale}>
      <h1>{s("title")}</h1>
      <p>{s("intro")}</p>

      <h2>{s("statusTitle")}</h2>
      <p>{s("status")}</p>

      <h2>{s("gapsTitle")}</h2>
      <p>{s("gapPdf")}</p>

      <h2>{s("alternativesTitle")}</h2>
      <p>{s("alternatives")}</p>

      <h2>{s("testedTitle")}</h2>
      <p>{s("tested")}</p>

      <h2>{s("feedbackTitle")}</h2>
      <p>{s("feedback")}</p>
      {email && (
        <p>
          {s("feedbackEmail")} <a href={`mailto:${email}`}>{email}</a>
        </p>
      )}

      <h2>{s("supervisionTitle")}</h2>
      <p>{s("supervision")}</p>
      <p>
        <a href={SUPERVISOR_URL}>{s("supervisionLink")}</a>
      </p>

      <p className="muted">
        {t("accessibilityStatement.prepared", { date: formatDate(ACCESSIBILITY_STATEMENT_DATE, locale) })}
      </p>
    </PublicShell>
  );
}
