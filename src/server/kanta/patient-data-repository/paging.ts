// Offset paging with one extra row fetched to know whether a next page exists (no count query).

export type PageRequest = { page: number; size: number };
export type Page<T> = { items: T[]; page: number; hasNext: boolean };

export function pageArgs({ page, size }: PageRequest): { skip: number; take: number } {
  return { skip: (Math.max(1, page) - 1) * size, take: size + 1 };
}

export function toPage<T>(rows: T[], { page, size }: PageRequest): Page<T> {
  return { items: rows.slice(0, size), page: Math.max(1, page), hasNext: rows.length > size };
}
