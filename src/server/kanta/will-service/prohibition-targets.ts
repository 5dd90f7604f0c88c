import "server-only";
import { healthDocumentWhere, prescriptionWhere, socialDocumentWhere, socialRelationshipWhere, type Viewer } from "@/domain/visibility";
import type { Prisma, ProhibitionDomain, ProhibitionTarget } from "@/generated/prisma/client";
import { ServiceTask } from "@/generated/prisma/enums";
import type { Reader } from "./common";

// C-4: what a prohibition can target, per domain: a visit or a service provider (patient data), a
// prescription, a document or a service task (social data). The choices come from what the
// subject can see, and the server resolves the label itself: nothing from the form is trusted.

export const TARGET_KINDS = {
  HEALTH: ["VISIT", "SERVICE_PROVIDER"],
  PRESCRIPTION: ["PRESCRIPTION"],
  SOCIAL: ["DOCUMENT", "SERVICE_TASK"],
} as const satisfies Record<ProhibitionDomain, readonly ProhibitionTarget[]>;

export type TargetOption = { kind: ProhibitionTarget; ref: string; label: string; date?: Date; detail?: string };

const LIMIT = 200;

const isServiceTask = (x: string): x is ServiceTask => (Object.values(ServiceTask) as string[]).includes(x);

const visibleVisits = (v: Viewer): Prisma.ServiceEventWhereInput => ({
  patientId: v.subject.id,
  documents: { some: healthDocumentWhere(v) as Prisma.HealthDocumentWhereInput },
});

async function healthTargets(db: Reader, v: Viewer): Promise<TargetOption[]> {
  const visits = await db.serviceEvent.findMany({
    where: visibleVisits(v),
    orderBy: [{ startAt: "desc" }, { id: "asc" }],
    take: LIMIT,
    select: {
      id: true,
      startAt: true,
      unit: { select: { name: true, organisation: true } },
      documents: {
        where: healthDocumentWhere(v) as Prisma.HealthDocumentWhereInput,
        orderBy: [{ recordedAt: "asc" }, { id: "asc" }],
        take: 1,
        select: { title: true },
      },
    },
  });
  const providers = [...new Set(visits.map((e) => e.unit.organisation))].sort((a, b) => a.localeCompare(b, "fi"));
  return [
    ...visits.map((e) => ({
      kind: "VISIT" as const,
      ref: e.id,
      label: e.documents[0]?.title ?? e.unit.name,
      date: e.startAt,
      detail: e.unit.name,
    })),
    ...providers.map((p) => ({ kind: "SERVICE_PROVIDER" as const, ref: p, label: p })),
  ];
}

async function prescriptionTargets(db: Reader, v: Viewer): Promise<TargetOption[]> {
  const rows = await db.prescription.findMany({
    where: prescriptionWhere(v) as Prisma.PrescriptionWhereInput,
    orderBy: [{ prescribedAt: "desc" }, { id: "asc" }],
    take: LIMIT,
    select: { id: true, drugName: true, strength: true, prescribedAt: true },
  });
  return rows.map((p) => ({ kind: "PRESCRIPTION" as const, ref: p.id, label: `${p.drugName} ${p.strength}`, date: p.prescribedAt }));
}

async function socialTargets(db: Reader, v: Viewer): Promise<TargetOption[]> {
  const [documents, relationships] = await Promise.all([
    db.socialDocument.findMany({
      where: socialDocumentWhere(v) as Prisma.SocialDocumentWhereInput,
      orderBy: [{ recordedAt: "desc" }, { id: "asc" }],
      take: LIMIT,
      select: { id: true, title: true, recordedAt: true, organisation: true },
    }),
    db.socialClientRelationship.findMany({
      where: socialRelationshipWhere(v) as Prisma.SocialClientRelationshipWhereInput,
      select: { serviceTask: true },
    }),
  ]);
  const tasks = [...new Set(relationships.map((r) => r.serviceTask))].sort();
  return [
    ...documents.map((d) => ({ kind: "DOCUMENT" as const, ref: d.id, label: d.title, date: d.recordedAt, detail: d.organisation })),
    ...tasks.map((t) => ({ kind: "SERVICE_TASK" as const, ref: t, label: t })),
  ];
}

/** Everything the subject could put a prohibition on, in the domain. */
export function listProhibitionTargets(db: Reader, v: Viewer, domain: ProhibitionDomain): Promise<TargetOption[]> {
  switch (domain) {
    case "HEALTH":
      return healthTargets(db, v);
    case "PRESCRIPTION":
      return prescriptionTargets(db, v);
    case "SOCIAL":
      return socialTargets(db, v);
  }
}

/** The target as the server sees it, or null when it is not the subject's or not visible to them. */
export async function resolveProhibitionTarget(
  db: Reader,
  v: Viewer,
  domain: ProhibitionDomain,
  kind: ProhibitionTarget,
  ref: string,
): Promise<TargetOption | null> {
  if (!(TARGET_KINDS[domain] as readonly ProhibitionTarget[]).includes(kind)) return null;
  switch (kind) {
    case "VISIT": {
      const e = await db.serviceEvent.findFirst({
        where: { AND: [{ id: ref }, visibleVisits(v)] },
        select: {
          id: true,
          startAt: true,
          unit: { select: { name: true } },
          documents: {
            where: healthDocumentWhere(v) as Prisma.HealthDocumentWhereInput,
            orderBy: [{ recordedAt: "asc" }, { id: "asc" }],
            take: 1,
            select: { title: true },
          },
        },
      });
      return e ? { kind, ref: e.id, label: e.documents[0]?.title ?? e.unit.name, date: e.startAt, detail: e.unit.name } : null;
    }
    case "SERVICE_PROVIDER": {
      const e = await db.serviceEvent.findFirst({
        where: { AND: [{ unit: { organisation: ref } }, visibleVisits(v)] },
        select: { unit: { select: { organisation: true } } },
      });
      return e ? { kind, ref: e.unit.organisation, label: e.unit.organisation } : null;
    }
    case "PRESCRIPTION": {
      const p = await db.prescription.findFirst({
        where: { AND: [{ id: ref }, prescriptionWhere(v) as Prisma.PrescriptionWhereInput] },
        select: { id: true, drugName: true, strength: true, prescribedAt: true },
      });
      return p ? { kind, ref: p.id, label: `${p.drugName} ${p.strength}`, date: p.prescribedAt } : null;
    }
    case "DOCUMENT": {
      const d = await db.socialDocument.findFirst({
        where: { AND: [{ id: ref }, socialDocumentWhere(v) as Prisma.SocialDocumentWhereInput] },
        select: { id: true, title: true, recordedAt: true, organisation: true },
      });
      return d ? { kind, ref: d.id, label: d.title, date: d.recordedAt, detail: d.organisation } : null;
    }
    case "SERVICE_TASK": {
      if (!isServiceTask(ref)) return null;
      const r = await db.socialClientRelationship.findFirst({
        where: { AND: [{ serviceTask: ref }, socialRelationshipWhere(v) as Prisma.SocialClientRelationshipWhereInput] },
        select: { serviceTask: true },
      });
      return r ? { kind, ref: r.serviceTask, label: r.serviceTask } : null;
    }
  }
}
