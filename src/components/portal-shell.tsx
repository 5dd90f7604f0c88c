import type { ReactNode } from "react";
import { LOCALES, type Locale } from "@/i18n/settings";
import { getT } from "@/i18n/server";
import { visibleSections } from "@/domain/navigation";
import { WARN_BEFORE_END_MS } from "@/domain/session-policy";
import { authConfig } from "@/server/auth/config";
import { decide } from "@/server/guard";
import type { PortalContext } from "@/server/portal-context";
import { LanguageSwitch } from "./language-switch";
import { SiteFooter } from "./site-footer";
import { TimeoutWarning } from "./timeout-warning";
import { SectionNav } from "./section-nav";
import { NavigationProgress } from "./navigation-progress";
import { ReturnToOwnButton } from "./return-to-own-button";
import { StringsProvider } from "./client-strings";
import { RESOURCES } from "@/i18n/resources";
import { pickStrings } from "@/i18n/string-tree";
import { SECTION_ERROR_KEYS } from "./section-error-strings";

// Picked once per locale at start-up, not on every page render.
const SECTION_ERROR_STRINGS = Object.fromEntries(
  LOCALES.map((l) => [l, pickStrings(RESOURCES[l].common, SECTION_ERROR_KEYS)]),
) as Record<Locale, ReturnType<typeof pickStrings>>;

function fullName(p: { firstNames: string; lastName: string }) {
  return `${p.firstNames} ${p.lastName}`;
}

/** Header (service, language, who is signed in, whose data, sign-out), navigation and footer. */
export async function PortalShell({ locale, ctx, children }: { locale: Locale; ctx: PortalContext; children: ReactNode }) {
  const t = await getT(locale);
  const sections = visibleSections((feature) => decide(ctx, feature).allowed).map((s) => ({
    href: `/${locale}/${s.path}`,
    label: t(`nav.${s.key}`),
  }));
  return (
    <>
      <NavigationProgress label={t("nav.loading")} />
      <header className="site-header">
        <div className="header-inner">
          <a className="brand" href={`/${locale}/overview`}>
            {t("app.name")}
          </a>
          <div className="header-tools">
            <LanguageSwitch locale={locale} label={t("header.language")} />
            <span className="signed-in">{t("header.signedInAs", { name: fullName(ctx.actor) })}</span>
            <form method="post" action="/api/session/signout" className="sign-out">
              <input type="hidden" name="locale" value={locale} />
              <button type="submit" className="button secondary">
                {t("header.signOut")}
              </button>
            </form>
          </div>
        </div>
      </header>
      {ctx.actingForOther ? (
        <div className="subject-banner" role="region" aria-label={t("header.showingDataOf", { name: fullName(ctx.subject) })}>
          <div className="main-inner">
            <p>
              <strong data-testid="subject-name">{t("header.showingDataOf", { name: fullName(ctx.subject) })}</strong>{" "}
              <span>({t("header.actingAs", { role: t(`roles.${ctx.role}`) })})</span>
            </p>
            <ReturnToOwnButton locale={locale} subjectId={ctx.subject.id} label={t("header.backToOwn")} />
          </div>
        </div>
      ) : null}
      <SectionNav label={t("nav.label")} menuLabel={t("nav.menu")} items={sections} />
      <main id="main" tabIndex={-1}>
        <div className="main-inner">
          {ctx.actingEnded ? (
            <p className="notice warning" role="status" data-testid="acting-ended">
              {t("header.actingEnded", { name: fullName(ctx.actingEnded) })}
            </p>
          ) : null}
          {/* Only the strings the section error boundary needs travel to the browser. */}
          <StringsProvider strings={SECTION_ERROR_STRINGS[locale]}>
            {children}
          </StringsProvider>
        </div>
      </main>
      <SiteFooter t={t} locale={locale} />
      <TimeoutWarning
        locale={locale}
        expiresAt={ctx.session.expiresAt.toISOString()}
        serverNow={ctx.at.toISOString()}
        endsBy={ctx.session.endsBy}
        warnBeforeMs={WARN_BEFORE_END_MS}
        lifetimeHours={new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(authConfig.sessionAbsoluteLimitMs / 3_600_000)}
        strings={{
          title: t("timeout.title"),
          body: t("timeout.body"),
          continueLabel: t("timeout.continue"),
          signOut: t("timeout.signOut"),
          lifetimeTitle: t("timeout.lifetimeTitle"),
          lifetimeBody: t("timeout.lifetimeBody"),
          acknowledge: t("timeout.acknowledge"),
        }}
      />
    </>
  );
}
