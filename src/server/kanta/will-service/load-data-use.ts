import "server-only";
import type { PermissionDomain, ProhibitionDomain } from "@/generated/prisma/client";
import type { Reader } from "./common";
import { LATEST_KANTA_INFO_VERSION } from "@/server/portal-context";
import { permissionState, type PermissionState } from "./permission-validity";

// Reads of the will service for the use-of-data page, each one query, scoped to the subject.

export async function listKantaInfoReceipts(db: Reader, personId: string) {
  const receipts = await db.kantaInfoReceipt.findMany({
    where: { personId },
    orderBy: [{ receivedAt: "desc" }, { version: "desc" }],
    select: { id: true, version: true, receivedAt: true, inHealthCare: true, acknowledgedAt: true },
  });
  const latest = receipts.find((r) => r.version === LATEST_KANTA_INFO_VERSION) ?? null;
  return { receipts, latest, latestVersion: LATEST_KANTA_INFO_VERSION };
}

export type PermissionView = {
  id: string;
  givenAt: Date;
  validFrom: Date;
  validUntil: Date | null;
  updatedAt: Date | null;
  revokedAt: Date | null;
  state: PermissionState;
};

/** The subject's permissions in a domain, newest first; `current` is the one holding the active slot. */
export async function listPermissions(db: Reader, personId: string, domain: PermissionDomain, at: Date) {
  const rows = await db.disclosurePermission.findMany({
    where: { personId, domain },
    orderBy: [{ givenAt: "desc" }, { id: "asc" }],
    take: 10,
    select: { id: true, givenAt: true, validFrom: true, validUntil: true, updatedAt: true, revokedAt: true, activeKey: true },
  });
  const views: (PermissionView & { holdsSlot: boolean })[] = rows.map(({ activeKey, ...p }) => ({
    ...p,
    state: permissionState(p, at),
    holdsSlot: activeKey !== null,
  }));
  const current = views.find((p) => p.holdsSlot && p.state === "active") ?? null;
  return { current, history: views.filter((p) => p !== current) };
}

export async function listActiveProhibitions(db: Reader, personId: string, domain: ProhibitionDomain) {
  return db.prohibition.findMany({
    where: { personId, domain, removedAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: { id: true, targetKind: true, targetRef: true, targetLabel: true, createdAt: true },
  });
}

export async function loadConsents(db: Reader, personId: string) {
  const [eu, contactBan] = await Promise.all([
    db.euPatientSummaryConsent.findUnique({ where: { personId }, select: { givenAt: true, revokedAt: true } }),
    db.registryResearchContactBan.findUnique({ where: { personId }, select: { createdAt: true, removedAt: true } }),
  ]);
  return {
    eu: eu && eu.revokedAt === null ? { givenAt: eu.givenAt } : null,
    contactBan: contactBan && contactBan.removedAt === null ? { since: contactBan.createdAt } : null,
  };
}
