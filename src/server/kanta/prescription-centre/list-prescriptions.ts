import "server-only";
import { prescriptionWhere, type Viewer } from "@/domain/visibility";
import type { Prisma } from "@/generated/prisma/client";
import { stateSelect, summarize } from "./prescription-state";
import { listFilterWhere, type ListFilter } from "./status-where";
import type { Db } from "./viewer";

export type ListQuery = {
  filter: ListFilter;
  q?: string;
  sort: "newest" | "oldest";
  page: number;
  pageSize: number;
};

/**
 * The prescription list (V-RX-1, V-RX-5): one page, newest or oldest first, hidden rows never loaded.
 * `anyVisible` says whether the viewer sees any prescription at all, whatever the filter.
 */
export async function listPrescriptions(db: Db, viewer: Viewer, query: ListQuery) {
  const search = query.q?.trim();
  const where = {
    AND: [
      prescriptionWhere(viewer),
      listFilterWhere(query.filter, viewer.now),
      ...(search ? [{ drugName: { contains: search, mode: "insensitive" } }] : []),
    ],
  } as Prisma.PrescriptionWhereInput;
  const total = await db.prescription.count({ where });
  const pages = Math.max(1, Math.ceil(total / query.pageSize));
  const page = Math.min(Math.max(1, query.page), pages);
  if (total === 0) {
    // An empty page under a filter or a search: does the viewer see any prescription at all? If
    // not, the page offers no filters, renewal or printouts (nothing there could apply).
    const narrowed = query.filter !== "all" || Boolean(search);
    const anyVisible =
      narrowed &&
      (await db.prescription.findFirst({
        where: prescriptionWhere(viewer) as Prisma.PrescriptionWhereInput,
        select: { id: true },
      })) !== null;
    return { total, page, pages, anyVisible, rows: [] };
  }
  const dir = query.sort === "oldest" ? "asc" : "desc";
  const rows = await db.prescription.findMany({
    where,
    select: { id: true, drugName: true, strength: true, form: true, language: true, ...stateSelect(viewer) },
    orderBy: [{ prescribedAt: dir }, { id: "asc" }],
    skip: (page - 1) * query.pageSize,
    take: query.pageSize,
  });
  return {
    total,
    page,
    pages,
    anyVisible: true,
    rows: rows.map((r) => ({
      id: r.id,
      drugName: r.drugName,
      strength: r.strength,
      form: r.form,
      language: r.language,
      prescribedAt: r.prescribedAt,
      validUntil: r.validUntil,
      ...summarize(r, viewer.now),
    })),
  };
}

export type PrescriptionListItem = Awaited<ReturnType<typeof listPrescriptions>>["rows"][number];
