import { notFound } from "next/navigation";
import { authorizePage, requireFeature } from "@/server/guard";
import { localeFrom } from "@/server/locale-param";
import { ConfirmView } from "./_components/confirm-view";
import { DataUseView } from "./_components/data-use-view";
import { INTENTS, isIntent, isProhibitionDomain } from "./_lib/intents";
import { portalMetadata } from "@/components/whose-page";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The confirmation step is its own page to the reader: it has its own title. */
export const generateMetadata = portalMetadata("dataUse", async (t, { searchParams }: Props) => {
  const intent = (await searchParams).confirm;
  return typeof intent === "string" && isIntent(intent) ? [t(`confirm.${intent}.title`), t("title")] : [t("title")];
});

/**
 * Use of data (C-1..C-5): the Kanta information, disclosure permissions, prohibitions, the EU
 * patient summary consent and the registry research contact ban. `?choose=<domain>` opens the choice of
 * a new prohibition's target; `?confirm=<intent>` shows the confirmation step of one change;
 * `?done=` / `?error=` the outcome of the last one.
 */
export default async function DataUsePage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const ctx = await authorizePage(locale, "kantaInfo.view");
  const query = await searchParams;
  const text = (k: string) => (typeof query[k] === "string" ? (query[k] as string) : undefined);
  const intent = text("confirm");
  if (intent !== undefined) {
    if (!isIntent(intent)) notFound();
    requireFeature(ctx, INTENTS[intent]); // here, in the page's own turn, so the 403 page has the reason
    return <ConfirmView locale={locale} ctx={ctx} intent={intent} params={query} />;
  }
  const choose = text("choose");
  const choosing = isProhibitionDomain(choose) ? choose : undefined;
  return <DataUseView locale={locale} ctx={ctx} done={text("done")} error={text("error")} choosing={choosing} />;
}
