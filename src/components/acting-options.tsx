import { getT } from "@/i18n/server";
import { BoundFields } from "./bound-fields";
import type { Locale } from "@/i18n/settings";
import { listActingOptions } from "@/domain/relationships";
import type { PortalContext } from "@/server/portal-context";
import { switchSubjectAction } from "@/app/[locale]/(portal)/acting-actions";
import { isDisturbed } from "@/server/kanta/service-status";

/** Whom the signed-in person can act for, and why someone listed is not available. */
export async function ActingOptions({ locale, ctx }: { locale: Locale; ctx: PortalContext }) {
  const options = listActingOptions(ctx.actor.id, ctx.loaded.registers, ctx.at);
  if (options.length === 0) return null;
  const t = await getT(locale);
  if (await isDisturbed("MANDATE")) {
    return (
      <section aria-labelledby="act-for-heading">
        <h2 id="act-for-heading">{t("overview.actFor")}</h2>
        <p className="notice warning" data-testid="service-disturbance" data-service="MANDATE">
          {t("disturbance.alternatives.MANDATE")}
        </p>
      </section>
    );
  }
  return (
    <section aria-labelledby="act-for-heading">
      <h2 id="act-for-heading">{t("overview.actFor")}</h2>
      <p>{t("overview.actForIntro")}</p>
      <ul className="card-grid">
        {options.map((option) => {
          const person = ctx.loaded.persons.get(option.subjectId);
          if (!person) return null;
          const name = `${person.firstNames} ${person.lastName}`;
          return (
            <li key={option.subjectId} className="card" data-testid={`act-for-${option.subjectId}`}>
              <h3>{name}</h3>
              {option.result.ok ? (
                <form action={switchSubjectAction}>
                  <input type="hidden" name="personId" value={option.subjectId} />
                  <BoundFields locale={locale} subjectId={ctx.subject.id} />
                  <p className="muted">{t(`roles.${option.result.role}`)}</p>
                  <button type="submit" className="button">
                    {t("overview.choose")}
                    <span className="visually-hidden">: {name}</span>
                  </button>
                </form>
              ) : (
                <p>
                  <span className="badge warn">{t("overview.notAvailable")}</span>{" "}
                  {t([`refusal.${option.result.reason}`, "refusal.default"])}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
