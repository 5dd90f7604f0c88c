import type { TFunction } from "i18next";
import type { PrescriptionSummary } from "@/server/kanta/prescription-centre/prescription-state";

type Tone = "ok" | "warn" | "error" | "";

/** The V-RX-5 states and the renewal status as badges, in a fixed order. */
export function statusBadges(
  t: TFunction,
  s: Pick<PrescriptionSummary, "state" | "renewal">,
): { text: string; tone: Tone }[] {
  const { state, renewal } = s;
  const out: { text: string; tone: Tone }[] = [];
  if (state.cancelled) {
    const reason = state.cancelled.reason;
    out.push({
      text: reason
        ? t("status.cancelledWithReason", { reason: t(`status.cancelReason.${reason}`) })
        : t("status.cancelled"),
      tone: "error",
    });
  } else if (state.expired) out.push({ text: t("status.expired"), tone: "error" });
  else if (state.expiringSoon) out.push({ text: t("status.expiringSoon"), tone: "warn" });
  else out.push({ text: t("status.valid"), tone: "ok" });
  out.push({ text: t(`status.dispensing.${state.dispensing}`), tone: "" });
  if (state.locked) out.push({ text: t("status.locked"), tone: "error" });
  if (renewal) {
    const tone: Tone =
      renewal.status === "ACCEPTED" ? "ok" : renewal.status === "REJECTED" ? "error" : "warn";
    out.push({ text: t(`renewalStatus.${renewal.status}`), tone });
  }
  return out;
}

export function StatusBadges({
  t,
  summary,
}: {
  t: TFunction;
  summary: Pick<PrescriptionSummary, "state" | "renewal">;
}) {
  return (
    <span style={{ display: "inline-flex", flexWrap: "wrap", gap: "0.3rem" }}>
      {statusBadges(t, summary).map((b) => (
        <span key={b.text} className={`badge ${b.tone}`.trim()}>
          {b.text}
        </span>
      ))}
    </span>
  );
}
