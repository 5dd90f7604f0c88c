import { getT } from "@/i18n/server";
import { SubjectChangedNotice } from "@/components/subject-changed-notice";
import { formatDateTime } from "@/i18n/format";
import { localeFrom } from "@/server/locale-param";
import { authorizePage, decide } from "@/server/guard";
import { previousUse } from "@/server/auth/portal-session";
import { visibleSections } from "@/domain/navigation";
import { Announcements } from "@/components/announcements";
import { ActingOptions } from "@/components/acting-options";
import { NewItems } from "@/components/new-items";
import { AccessNote } from "@/components/access-note";
import { PageHeading, portalMetadata } from "@/components/whose-page";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ switch?: string; error?: string }> };

export const generateMetadata = portalMetadata("common", (t) => [t("overview.title")]);

const SWITCH_MESSAGES = {
  ok: "switch.switched",
  refused: "switch.refused",
  refusedLog: "switch.refusedLog",
  mandateService: "disturbance.alternatives.MANDATE",
} as const;

export default async function OverviewPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const ctx = await authorizePage(locale, "lastLogin.view");
  const t = await getT(locale);
  const { switch: switched, error } = await searchParams;
  const lastUse = await previousUse(ctx.actor.id, ctx.session.id);
  const subjectName = `${ctx.subject.firstNames} ${ctx.subject.lastName}`;
  const viewerName = ctx.actor.firstNames.split(" ")[0];
  // S-5 is the signed-in person's own previous use: while acting for someone, say so (not theirs).
  const acting = ctx.actingForOther ? "Acting" : "";
  const lastUseText = lastUse
    ? t(`overview.lastUse${acting}`, { when: formatDateTime(lastUse, locale), name: viewerName })
    : t(`overview.firstUse${acting}`, { name: viewerName });
  const shortcuts = visibleSections((f) => decide(ctx, f).allowed).filter((s) => s.key !== "overview");
  const message = switched && switched in SWITCH_MESSAGES ? SWITCH_MESSAGES[switched as keyof typeof SWITCH_MESSAGES] : null;

  return (
    <>
      {ctx.actingForOther ? (
        <PageHeading ctx={ctx}>{t("overview.title")}</PageHeading>
      ) : (
        <h1>{t("overview.welcome", { name: viewerName })}</h1>
      )}
      {message ? (
        <p className={`notice ${switched === "ok" ? "success" : "error"}`} role={switched === "ok" ? "status" : "alert"}>
          {t(message, { name: subjectName })}
        </p>
      ) : null}
      <SubjectChangedNotice locale={locale} error={error} />
      <p data-testid="last-use">{lastUseText}</p>
      <AccessNote t={t} ctx={ctx} domain="all" />
      <Announcements locale={locale} />
      <NewItems locale={locale} ctx={ctx} />
      <section aria-labelledby="shortcuts-heading">
        <h2 id="shortcuts-heading">{t("overview.shortcuts")}</h2>
        <ul className="card-grid">
          {shortcuts.map((s) => (
            <li key={s.key} className="card">
              <a href={`/${locale}/${s.path}`}>{t(`nav.${s.key}`)}</a>
            </li>
          ))}
        </ul>
      </section>
      {!ctx.actingForOther ? <ActingOptions locale={locale} ctx={ctx} /> : null}
    </>
  );
}
