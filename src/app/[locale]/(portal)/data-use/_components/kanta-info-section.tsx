import { featureCell } from "@/domain/permissions";
import { formatDate } from "@/i18n/format";
import { getT } from "@/i18n/server";
import type { Locale } from "@/i18n/settings";
import { decide, type Authorized } from "@/server/guard";
import type { listKantaInfoReceipts } from "@/server/kanta/will-service/load-data-use";
import styles from "./data-use.module.css";
import { TableRegion } from "@/components/table-region";
import { whoseText } from "@/components/whose-page";

type Receipts = Awaited<ReturnType<typeof listKantaInfoReceipts>>;

/** C-1: when the Kanta information was received, which version, and the acknowledgement. */
export async function KantaInfoSection({
  locale,
  ctx,
  info,
}: {
  locale: Locale;
  ctx: Authorized;
  info: Receipts;
}) {
  const t = await getT(locale, "dataUse");
  const canAcknowledge = decide(ctx, "kantaInfo.acknowledge").allowed;
  // Footnote **: a guardian cannot acknowledge for a minor who received the information in health care.
  const blockedByFootnote = !canAcknowledge && featureCell(ctx.role, "kantaInfo.acknowledge") === "enabled**";
  const needsAcknowledgement = info.latest === null || info.latest.acknowledgedAt === null;
  return (
    <section aria-labelledby="kanta-info-heading" id="kanta-info">
      <h2 id="kanta-info-heading">{t("kantaInfo.title")}</h2>
      <p className={styles.explain}>{t("kantaInfo.what", whoseText(ctx))}</p>
      {info.receipts.length === 0 ? (
        <p>{t("kantaInfo.noneReceived")}</p>
      ) : (
        <TableRegion label={t("kantaInfo.receiptsCaption")}>
          <table>
            <caption className="visually-hidden">{t("kantaInfo.receiptsCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("kantaInfo.version")}</th>
                <th scope="col">{t("kantaInfo.received")}</th>
                <th scope="col">{t("kantaInfo.where")}</th>
                <th scope="col">{t("kantaInfo.acknowledged")}</th>
              </tr>
            </thead>
            <tbody>
              {info.receipts.map((r) => (
                <tr key={r.id} data-testid={`kanta-info-${r.version}`}>
                  <td>{r.version}</td>
                  <td>{formatDate(r.receivedAt, locale)}</td>
                  <td>{r.inHealthCare ? t("kantaInfo.inHealthCare") : t("kantaInfo.elsewhere")}</td>
                  <td>
                    {r.acknowledgedAt ? formatDate(r.acknowledgedAt, locale) : t("kantaInfo.notAcknowledged")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      {info.latest ? (
        <p className="notice success" data-testid="kanta-info-latest">
          {t("kantaInfo.latestReceived", {
            version: info.latestVersion,
            date: formatDate(info.latest.receivedAt, locale),
          })}
        </p>
      ) : (
        <p className="notice warning" data-testid="kanta-info-latest">
          {t("kantaInfo.latestMissing", { version: info.latestVersion })}
        </p>
      )}
      {canAcknowledge && needsAcknowledgement ? (
        <form method="get" action={`/${locale}/data-use`}>
          <input type="hidden" name="confirm" value="acknowledgeKantaInfo" />
          <p>{info.latest ? t("kantaInfo.acknowledgeHint") : t("kantaInfo.readAndAcknowledgeHint")}</p>
          <button type="submit" className="button">
            {t("kantaInfo.acknowledgeButton", { version: info.latestVersion })}
          </button>
        </form>
      ) : null}
      {blockedByFootnote && needsAcknowledgement ? (
        <p className="muted">{t("footnotes.minorReceivedInfo")}</p>
      ) : null}
    </section>
  );
}
