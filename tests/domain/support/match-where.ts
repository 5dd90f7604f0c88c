// A tiny evaluator for the subset of Prisma `where` syntax the visibility builders use, with SQL's
// three-valued logic (a comparison with NULL is unknown, and unknown rows do not match), so that a
// builder that forgets a NULL case disagrees with its predicate here as it would in PostgreSQL.

type TV = boolean | null;
type Row = Record<string, unknown>;

const OPS = new Set(["equals", "not", "lt", "lte", "gt", "gte", "in", "notIn"]);

const and = (xs: TV[]): TV => (xs.includes(false) ? false : xs.includes(null) ? null : true);
const or = (xs: TV[]): TV => (xs.includes(true) ? true : xs.includes(null) ? null : false);
const not = (x: TV): TV => (x === null ? null : !x);

const isFilterObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !(v instanceof Date) && !Array.isArray(v);

function scalar(v: unknown): unknown {
  return v instanceof Date ? v.getTime() : v;
}

function compare(a: unknown, b: unknown): number {
  const x = scalar(a) as number | string;
  const y = scalar(b) as number | string;
  return x < y ? -1 : x > y ? 1 : 0;
}

function evalFilter(value: unknown, filter: Record<string, unknown>): TV {
  const results: TV[] = [];
  for (const [op, arg] of Object.entries(filter)) {
    if (!OPS.has(op)) throw new Error(`matchesWhere: unsupported operator ${op}`);
    if (op === "in" || op === "notIn") {
      const list = arg as unknown[];
      if (list.length === 0)
        results.push(op === "notIn"); // Prisma: constant false / true
      else if (value === null) results.push(null);
      else {
        const hit = list.some((x) => scalar(x) === scalar(value));
        results.push(op === "in" ? hit : !hit);
      }
      continue;
    }
    if (op === "not") {
      if (arg === null) results.push(value !== null);
      else if (isFilterObject(arg)) results.push(not(evalFilter(value, arg)));
      else results.push(value === null ? null : scalar(value) !== scalar(arg));
      continue;
    }
    if (op === "equals") {
      results.push(arg === null ? value === null : value === null ? null : scalar(value) === scalar(arg));
      continue;
    }
    if (value === null || arg === null) {
      results.push(null);
      continue;
    }
    const c = compare(value, arg);
    results.push(op === "lt" ? c < 0 : op === "lte" ? c <= 0 : op === "gt" ? c > 0 : c >= 0);
  }
  return and(results);
}

export function evalWhere(row: Row, where: Record<string, unknown>): TV {
  const results: TV[] = [];
  for (const [key, cond] of Object.entries(where)) {
    if (key === "AND") {
      const list = Array.isArray(cond) ? cond : [cond];
      results.push(and(list.map((w) => evalWhere(row, w as Record<string, unknown>))));
    } else if (key === "OR") {
      results.push(or((cond as Record<string, unknown>[]).map((w) => evalWhere(row, w))));
    } else if (key === "NOT") {
      const list = Array.isArray(cond) ? cond : [cond];
      results.push(and(list.map((w) => not(evalWhere(row, w as Record<string, unknown>)))));
    } else {
      if (!(key in row)) throw new Error(`matchesWhere: row has no field ${key}`);
      const value = row[key];
      if (cond === null) results.push(value === null);
      else if (isFilterObject(cond)) results.push(evalFilter(value, cond));
      else results.push(value === null ? null : scalar(value) === scalar(cond));
    }
  }
  return and(results);
}

export function matchesWhere(row: object, where: Record<string, unknown>): boolean {
  return evalWhere(row as Row, where) === true;
}

/** Every field name a where object mentions (to check against the Prisma schema). */
export function whereFields(where: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(where)) for (const w of where) whereFields(w, out);
  else if (isFilterObject(where)) {
    for (const [key, cond] of Object.entries(where)) {
      if (key === "AND" || key === "OR" || key === "NOT") whereFields(cond, out);
      else out.add(key);
    }
  }
  return out;
}
