// Query-string parsing for the GET forms (they work without JavaScript). Anything unexpected falls
// back to the default instead of failing: a stale bookmark still opens the page.
import { isListFilter, type ListFilter } from "@/server/kanta/prescription-centre/status-where";

export type SearchParams = Record<string, string | string[] | undefined>;

export function first(sp: SearchParams, key: string): string | undefined {
  const v = sp[key];
  return Array.isArray(v) ? v[0] : v;
}

export const PAGE_SIZE = 10;

export function parseListParams(sp: SearchParams) {
  const filter: ListFilter = isListFilter(first(sp, "filter"))
    ? (first(sp, "filter") as ListFilter)
    : "valid";
  const q = (first(sp, "q") ?? "").trim().slice(0, 100);
  const sort: "newest" | "oldest" = first(sp, "sort") === "oldest" ? "oldest" : "newest";
  const pageNum = Number.parseInt(first(sp, "page") ?? "1", 10);
  const page = Number.isFinite(pageNum) && pageNum > 0 ? pageNum : 1;
  return { filter, q, sort, page, pageSize: PAGE_SIZE };
}

/** A query string with the given values, leaving out empty ones and defaults. */
export function queryString(values: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) if (v !== undefined && v !== "") params.set(k, String(v));
  const s = params.toString();
  return s ? `?${s}` : "";
}
