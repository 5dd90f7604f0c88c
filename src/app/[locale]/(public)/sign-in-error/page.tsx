import { getT } from "@/i18n/server";
import { localeFrom } from "@/server/locale-param";
import { PublicShell } from "@/components/public-shell";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ reason?: string }> };
const REASONS = ["accessLog", "unknownPerson", "generic"] as const;

export default async function SignInErrorPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const { reason } = await searchParams;
  const key = REASONS.find((r) => r === reason) ?? "generic";
  const t = await getT(locale);
  return (
    <PublicShell locale={locale}>
      <h1>{t("signInError.title")}</h1>
      <p className="notice error" role="alert">
        {t(`signInError.${key}`)}
      </p>
      <a className="button" href={`/${locale}`}>
        {t("signInError.tryAgain")}
      </a>
    </PublicShell>
  );
}
