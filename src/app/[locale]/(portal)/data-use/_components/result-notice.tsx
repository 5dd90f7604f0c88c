import { getT } from "@/i18n/server";
import type { Locale } from "@/i18n/settings";

const KEY = /^[A-Za-z][A-Za-z._]{0,80}$/;

/**
 * The outcome of the last action, shown after the redirect (?done=key or ?error=key). Only keys
 * that exist in the translations are shown, so a crafted query string cannot put text on the page.
 */
export async function ResultNotice({ locale, done, error }: { locale: Locale; done?: string; error?: string }) {
  const t = await getT(locale, "dataUse");
  const common = await getT(locale);
  if (done && /^[A-Za-z]{1,60}$/.test(done)) {
    const text = t(`results.${done}`, { defaultValue: "" });
    if (text) {
      return (
        <p className="notice success" role="status" data-testid="result">
          {text}
        </p>
      );
    }
  }
  if (error && KEY.test(error)) {
    // Our keys (errors.*), the guard's (common errors.*), or a full common key such as disturbance.action.WILL_SERVICE.
    const text =
      t(`errors.${error}`, { defaultValue: "" }) ||
      common(`errors.${error}`, { defaultValue: "" }) ||
      (error.includes(".") ? common(error, { defaultValue: "" }) : "") ||
      common("errors.generic");
    return (
      <p className="notice error" role="alert" data-testid="result">
        {text}
      </p>
    );
  }
  return null;
}
