import { headers } from "next/headers";
import { getT } from "@/i18n/server";
import { DEFAULT_LOCALE, isLocale } from "@/i18n/settings";

/** Special files (403, 404) get no params: the proxy passes the locale in a request header. */
export async function requestLocale() {
  const value = (await headers()).get("x-mk-locale") ?? "";
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

export async function ErrorPage({ kind }: { kind: "forbidden" | "notFound" | "unavailable" }) {
  const locale = await requestLocale();
  const t = await getT(locale);
  return (
    <main id="main" tabIndex={-1}>
      <div className="main-inner">
        <h1>{t(`errors.${kind}Title`)}</h1>
        <p className="notice error">{t(`errors.${kind}`)}</p>
        <a href={`/${locale}/overview`}>{t("errors.backHome")}</a>
      </div>
    </main>
  );
}
