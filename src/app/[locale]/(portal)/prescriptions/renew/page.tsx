import { randomUUID } from "node:crypto";
import { getT } from "@/i18n/server";
import { formatDate } from "@/i18n/format";
import { localeFrom } from "@/server/locale-param";
import { authorizePage } from "@/server/guard";
import { serviceDb } from "@/server/kanta/service-status";
import { listRenewalOptions } from "@/server/kanta/prescription-centre/list-renewal-options";
import { viewerOf } from "@/server/portal-context";
import { first, type SearchParams } from "../search-params";
import { RenewalForm, type RenewalStrings } from "./renewal-form-client";
import { PageHeading, portalMetadata, whoseText } from "@/components/whose-page";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export const generateMetadata = portalMetadata("prescriptions", (t) => [t("renew.title"), t("title")]);

const STRING_KEYS = [
  "renewableLegend",
  "noneRenewable",
  "unit",
  "unitHint",
  "chooseUnit",
  "suggestedUnits",
  "otherUnits",
  "phone",
  "phoneHint",
  "showOthers",
  "review",
  "reviewTitle",
  "reviewIntro",
  "summaryPrescriptions",
  "summaryUnit",
  "summaryPhone",
  "noPhone",
  "summaryShowOthers",
  "yes",
  "no",
  "send",
  "sending",
  "edit",
] as const satisfies readonly (keyof RenewalStrings)[];

export default async function RenewPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const ctx = await authorizePage(locale, "prescriptions.renew");
  const t = await getT(locale, "prescriptions");
  const preselected = first(await searchParams, "id");
  const options = await listRenewalOptions(serviceDb("PRESCRIPTION_CENTRE"), viewerOf(ctx));
  const renewable = options.prescriptions.filter((p) => p.renewable.ok);
  const notRenewable = options.prescriptions.flatMap((p) =>
    p.renewable.ok ? [] : [{ ...p, reason: p.renewable.reason }],
  );
  const strings = Object.fromEntries(STRING_KEYS.map((k) => [k, t(`renew.${k}`, whoseText(ctx))])) as RenewalStrings;

  return (
    <>
      <p>
        <a href={`/${locale}/prescriptions`}>{t("renew.backToList")}</a>
      </p>
      <PageHeading ctx={ctx}>{t("renew.title")}</PageHeading>
      <p className="lead">{t("renew.intro")}</p>
      <RenewalForm
        locale={locale}
        subjectId={ctx.subject.id}
        idempotencyKey={randomUUID()}
        preselected={preselected && renewable.some((p) => p.id === preselected) ? [preselected] : []}
        prescriptions={renewable.map((p) => ({
          id: p.id,
          label: `${p.drugName} ${p.strength}, ${p.form}`,
          language: p.language,
          detail: t("renew.dates", {
            written: formatDate(p.prescribedAt, locale),
            date: formatDate(p.validUntil, locale),
          }),
        }))}
        units={options.units}
        strings={strings}
      />
      {notRenewable.length > 0 ? (
        <section aria-labelledby="not-renewable">
          <h2 id="not-renewable">{t("renew.notRenewableTitle")}</h2>
          <ul data-testid="not-renewable">
            {notRenewable.map((p) => (
              <li key={p.id}>
                <a href={`/${locale}/prescriptions/${p.id}`} lang={p.language}>
                  {p.drugName} {p.strength}
                </a>
                : {t(`refusal.${p.reason}`)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
