import "server-only";
import type { ReactNode } from "react";
import type { Metadata } from "next";
import type { TFunction } from "i18next";
import { getT } from "@/i18n/server";
import type { Namespace } from "@/i18n/settings";
import { localeFrom } from "@/server/locale-param";
import { getPortalState, type PortalContext } from "@/server/portal-context";

// Whose data is on screen, said where a reader and a screen reader look first: the <title> and the
// h1. Every portal page names its title parts here; while acting for someone, their name comes first.

type Whose = Pick<PortalContext, "actingForOther" | "subject">;

/** The person on screen while acting for them, as titles and headings name them (first given name and surname). */
export function subjectLabel(ctx: Whose): string | null {
  if (!ctx.actingForOther) return null;
  return `${ctx.subject.firstNames.split(" ")[0]} ${ctx.subject.lastName}`;
}

/**
 * t() options for a text that speaks of the person on screen: while acting, i18next's context picks
 * `<key>_acting` (which names {{name}}) where the locales have one, and falls back to `<key>`.
 */
export function whoseText(ctx: Whose): { context?: "acting"; name?: string } {
  const name = subjectLabel(ctx);
  return name ? { context: "acting", name } : {};
}

/** "Ella Korhonen – Uusimispyyntö – Reseptit": the root layout's template adds " – OmaKanta". */
export function whoseTitle(name: string | null, parts: readonly string[]): string {
  return [...(name ? [name] : []), ...parts].join(" – ");
}

type PageProps = { params: Promise<{ locale: string }>; searchParams?: Promise<Record<string, string | string[] | undefined>> };
type PartsOf<P> = (t: TFunction, props: P) => readonly string[] | Promise<readonly string[]>;

/**
 * A page's generateMetadata: its title from the most specific part to the section's, e.g.
 * `portalMetadata("prescriptions", (t) => [t("renew.title"), t("title")])`. Reads the same
 * request-memoised portal state the page reads; it decides nothing (the page's guard does).
 */
export function portalMetadata<P extends PageProps>(ns: Namespace, parts: PartsOf<P>) {
  return async function generateMetadata(props: P): Promise<Metadata> {
    const t = await getT(await localeFrom(props.params), ns);
    const state = await getPortalState();
    const name = state.status === "active" ? subjectLabel(state.ctx) : null;
    return { title: whoseTitle(name, await parts(t, props)) };
  };
}

/** The page's h1; while acting, the person's name leads it ("Ella Korhonen – Reseptit"). */
export function PageHeading({ ctx, id, lang, children }: { ctx: Whose; id?: string; lang?: string; children: ReactNode }) {
  const name = subjectLabel(ctx);
  return (
    <h1 id={id} lang={lang}>
      {name ? (
        <span className="heading-subject" data-testid="heading-subject">
          {name}
          <span className="visually-hidden"> – </span>
        </span>
      ) : null}
      {children}
    </h1>
  );
}
