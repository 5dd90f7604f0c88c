// The list's status filters (valid / expired / cancelled) as a Prisma-shaped where, agreeing with
// prescriptionDisplayState: expired = past the Helsinki calendar day of validUntil or marked so.
import { helsinkiDate, helsinkiMidnight } from "@/domain/dates";
import type { Where } from "@/domain/visibility";

export const LIST_FILTERS = ["valid", "expired", "cancelled", "all"] as const;
export type ListFilter = (typeof LIST_FILTERS)[number];

export function isListFilter(value: unknown): value is ListFilter {
  return typeof value === "string" && (LIST_FILTERS as readonly string[]).includes(value);
}

const notCancelled = (): Where[] => [{ status: { not: "CANCELLED" } }, { cancelledAt: null }];

export function listFilterWhere(filter: ListFilter, now: Date): Where {
  const todayStart = helsinkiMidnight(helsinkiDate(now));
  switch (filter) {
    case "cancelled":
      return { OR: [{ status: "CANCELLED" }, { cancelledAt: { not: null } }] };
    case "expired":
      return {
        AND: [...notCancelled(), { OR: [{ status: "EXPIRED" }, { validUntil: { lt: todayStart } }] }],
      };
    case "valid":
      return {
        AND: [...notCancelled(), { status: { not: "EXPIRED" } }, { validUntil: { gte: todayStart } }],
      };
    default:
      return {};
  }
}
