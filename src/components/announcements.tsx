import { getT } from "@/i18n/server";
import type { Locale } from "@/i18n/settings";
import { activeAnnouncements } from "@/server/kanta/portal/announcements";
import { now } from "@/server/clock";

const TEXT = { fi: "textFi", sv: "textSv", en: "textEn" } as const;

export async function Announcements({ locale }: { locale: Locale }) {
  const items = await activeAnnouncements(now());
  if (items.length === 0) return null;
  const t = await getT(locale);
  return (
    <section aria-labelledby="announcements-heading">
      <h2 id="announcements-heading">{t("landing.announcements")}</h2>
      {items.map((a) => (
        <p key={a.id} className={`notice ${a.severity === "info" ? "" : "warning"}`}>
          {a[TEXT[locale]]}
        </p>
      ))}
    </section>
  );
}
