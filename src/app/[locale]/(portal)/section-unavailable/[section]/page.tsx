import { sectionService } from "@/domain/navigation";
import { getT } from "@/i18n/server";
import { authorizeDisturbedSection } from "@/server/guard";
import { localeFrom } from "@/server/locale-param";

type Props = { params: Promise<{ locale: string; section: string }> };

export async function generateMetadata({ params }: Props) {
  const locale = await localeFrom(params);
  const service = sectionService((await params).section);
  const t = await getT(locale);
  return { title: service ? t("disturbance.title", { section: t(`disturbance.sections.${service}`) }) : t("errors.notFoundTitle") };
}

/**
 * D-1: a section whose Kanta service an operator marked disturbed. The proxy (src/proxy.ts) answers
 * the section's addresses with this page and HTTP 503, the address unchanged; it is rendered on the
 * server inside the portal frame, so it reads the same without JavaScript.
 */
export default async function SectionUnavailablePage({ params }: Props) {
  const locale = await localeFrom(params);
  const { section } = await params;
  const { service, back } = await authorizeDisturbedSection(locale, section);
  const t = await getT(locale);
  const sectionName = t(`disturbance.sections.${service}`);
  return (
    <section className="notice warning" aria-labelledby="disturbance-title" data-testid="service-disturbance" data-service={service}>
      <h1 id="disturbance-title">{t("disturbance.title", { section: sectionName })}</h1>
      <p>{t("disturbance.intro")}</p>
      <p>
        <strong>{t("disturbance.meanwhile")}</strong> {t(`disturbance.alternatives.${service}`)}
      </p>
      <div className="actions">
        <a className="button secondary" href={back}>
          {t("disturbance.tryAgain")}
        </a>
        <a className="button secondary" href={`/${locale}/overview`}>
          {t("errors.backHome")}
        </a>
      </div>
    </section>
  );
}
