import type { TFunction } from "i18next";
import { locale as rootLocale } from "next/root-params";
import { explainRefusal, refusalMessageKey } from "@/domain/refusal";
import { getT } from "@/i18n/server";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/i18n/settings";
import { getPortalState, type PortalContext } from "@/server/portal-context";
import { refusalOfThisRequest } from "@/server/refusal-record";
import { ReturnToOwnButton } from "./return-to-own-button";

// The 403 and 404 pages of the signed-in portal (src/app/[locale]/(portal)/forbidden.tsx and
// not-found.tsx). They render inside the portal layout, so the header, the "showing the data of"
// banner, the navigation and sign-out stay; they say why in plain words and offer the way back.

/** Special files get no params; the locale is the root segment's. */
async function requestLocale(): Promise<Locale> {
  const value: unknown = await rootLocale();
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/** The signed-in context, or null (signed out, or the database unreachable): then a plain page. */
async function signedIn(): Promise<PortalContext | null> {
  try {
    const state = await getPortalState();
    return state.status === "active" ? state.ctx : null;
  } catch {
    return null;
  }
}

const fullName = (p: { firstNames: string; lastName: string }) => `${p.firstNames} ${p.lastName}`;

/** Back to one's own data when acting for someone; the front page always. */
function WayBack({ locale, ctx, t }: { locale: Locale; ctx: PortalContext | null; t: TFunction }) {
  return (
    <div className="actions">
      {ctx?.actingForOther ? <ReturnToOwnButton locale={locale} subjectId={ctx.subject.id} label={t("header.backToOwn")} /> : null}
      <a className="button secondary" href={ctx ? `/${locale}/overview` : `/${locale}`}>
        {t("errors.backHome")}
      </a>
    </div>
  );
}

export async function PortalForbidden() {
  const locale = await requestLocale();
  const [t, ctx] = await Promise.all([getT(locale), signedIn()]);
  // Waits for this request's permission check (the page runs beside this component).
  const refusal = ctx ? await refusalOfThisRequest() : null;
  const reason = ctx
    ? t(refusalMessageKey(explainRefusal(ctx.role, ctx.scopes, refusal)), { name: fullName(ctx.subject) })
    : t("errors.forbidden");
  return (
    <section aria-labelledby="refusal-title" data-testid="refusal">
      {/* React hoists it into the head: the page's own title would name what was refused. */}
      <title>{`${t("errors.forbiddenTitle")} – ${t("app.name")}`}</title>
      <h1 id="refusal-title">{t("errors.forbiddenTitle")}</h1>
      <p className="notice error" data-testid="refusal-reason">
        {reason}
      </p>
      <WayBack locale={locale} ctx={ctx} t={t} />
    </section>
  );
}

export async function PortalNotFound() {
  const locale = await requestLocale();
  const [t, ctx] = await Promise.all([getT(locale), signedIn()]);
  // Acting for someone, a record can also be hidden by the visibility rules: say both, never which.
  return (
    <section aria-labelledby="not-found-title" data-testid="not-found">
      <title>{`${t("errors.notFoundTitle")} – ${t("app.name")}`}</title>
      <h1 id="not-found-title">{t("errors.notFoundTitle")}</h1>
      <p className="notice error" data-testid="not-found-reason">
        {t(ctx?.actingForOther ? "errors.notFoundInRole" : "errors.notFound")}
      </p>
      <WayBack locale={locale} ctx={ctx} t={t} />
    </section>
  );
}
