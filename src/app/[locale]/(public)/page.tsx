import { redirect } from "next/navigation";
import { getT } from "@/i18n/server";
import { localeFrom } from "@/server/locale-param";
import { getPortalState } from "@/server/portal-context";
import { PublicShell } from "@/components/public-shell";
import { SignInButton } from "@/components/sign-in-button";
import { Announcements } from "@/components/announcements";
import { isDisturbed } from "@/server/kanta/service-status";

export default async function LandingPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeFrom(params);
  const state = await getPortalState();
  if (state.status === "active") redirect(`/${locale}/overview`);
  const t = await getT(locale);
  const identificationDown = await isDisturbed("IDENTIFICATION"); // D-3
  return (
    <PublicShell locale={locale}>
      <h1>{t("landing.title")}</h1>
      <p className="lead">{t("landing.intro")}</p>
      <Announcements locale={locale} />
      <p>{t("landing.identificationNote")}</p>
      {identificationDown ? (
        <p className="notice warning" role="alert" data-testid="service-disturbance" data-service="IDENTIFICATION">
          {t("disturbance.alternatives.IDENTIFICATION")}
        </p>
      ) : (
        <SignInButton locale={locale} label={t("landing.signIn")} />
      )}
    </PublicShell>
  );
}
