import "server-only";
import type { Prisma, ServiceTask } from "@/generated/prisma/client";
import { socialDocumentWhere, socialRelationshipWhere, type Viewer } from "@/domain/visibility";
import { type Db } from "@/server/db";
import { serviceDb } from "@/server/kanta/service-status";

/** V-SOC-1: the order of the service tasks on the page (as the seed lists them). */
export const SERVICE_TASK_ORDER = [
  "ELDERLY",
  "SUBSTANCE_ABUSE",
  "FAMILIES_WITH_CHILDREN",
  "WORKING_AGE",
  "CHILD_WELFARE",
  "DISABILITY",
  "FAMILY_LAW",
] as const satisfies readonly ServiceTask[];

const relationshipFields = {
  id: true,
  serviceTask: true,
  organisation: true,
  startDate: true,
  contactPersonName: true,
  contactPersonTitle: true,
  contactPersonPhone: true,
  contactPersonEmail: true,
} as const satisfies Prisma.SocialClientRelationshipSelect;

// No content here: the list shows titles only, the text is loaded on the detail page.
const documentFields = {
  id: true,
  serviceTask: true,
  type: true,
  title: true,
  language: true,
  organisation: true,
  recordedAt: true,
} as const satisfies Prisma.SocialDocumentSelect;

export type SocialRelationshipItem = Prisma.SocialClientRelationshipGetPayload<{
  select: typeof relationshipFields;
}>;
export type SocialDocumentItem = Prisma.SocialDocumentGetPayload<{ select: typeof documentFields }>;
export type SocialTaskGroup = {
  serviceTask: ServiceTask;
  relationships: SocialRelationshipItem[];
  documents: SocialDocumentItem[];
};

/**
 * The subject's social welfare client data grouped by service task (V-SOC-1): client relationships
 * (start date, contact person) and the documents the viewer may see. Two queries, whatever the data;
 * the where-builders leave never-shown, not-yet-shown, restricted and delayed rows in the database.
 */
export async function listSocialRecords(viewer: Viewer, db: Db = serviceDb("SOCIAL_CLIENT_DATA_REPOSITORY")): Promise<SocialTaskGroup[]> {
  const [relationships, documents] = await Promise.all([
    db.socialClientRelationship.findMany({
      where: socialRelationshipWhere(viewer) as Prisma.SocialClientRelationshipWhereInput,
      select: relationshipFields,
      orderBy: [{ startDate: "asc" }, { id: "asc" }],
    }),
    db.socialDocument.findMany({
      where: socialDocumentWhere(viewer) as Prisma.SocialDocumentWhereInput,
      select: documentFields,
      orderBy: [{ recordedAt: "desc" }, { id: "asc" }],
    }),
  ]);
  return SERVICE_TASK_ORDER.map((serviceTask) => ({
    serviceTask,
    relationships: relationships.filter((r) => r.serviceTask === serviceTask),
    documents: documents.filter((d) => d.serviceTask === serviceTask),
  })).filter((g) => g.relationships.length > 0 || g.documents.length > 0);
}
