import type { TFunction } from "i18next";

export function SiteFooter({ t }: { t: TFunction }) {
  return (
    <footer className="site-footer">
      <div className="footer-inner">
        <p>{t("footer.about")}</p>
      </div>
    </footer>
  );
}
