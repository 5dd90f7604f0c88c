import type { TFunction } from "i18next";
import type { Locale } from "@/i18n/settings";

export function SiteFooter({ t, locale }: { t: TFunction; locale: Locale }) {
  return (
    <footer className="site-footer">
      <div className="footer-inner">
        <p>{t("footer.about")}</p>
        <p>
          <a href={`/${locale}/accessibility`}>{t("footer.accessibility")}</a>
        </p>
      </div>
    </footer>
  );
}
