import { getT } from "@/i18n/server";
import { localeFrom } from "@/server/locale-param";
import { PublicShell } from "@/components/public-shell";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ reason?: string; state?: string }> };

export default async function SignedOutPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const { reason, state } = await searchParams;
  const why = reason ?? state; // the identification service returns our reason as "state"
  const t = await getT(locale);
  const message = why === "timeout" ? t("signedOut.timeout") : why === "manual" ? t("signedOut.manual") : t("signedOut.expired");
  return (
    <PublicShell locale={locale}>
      <h1>{t("signedOut.title")}</h1>
      <p className="notice" role="status">
        {message}
      </p>
      <a className="button" href={`/${locale}`}>
        {t("signedOut.signInAgain")}
      </a>
    </PublicShell>
  );
}
