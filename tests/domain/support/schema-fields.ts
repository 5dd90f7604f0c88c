// Field names per model, read from prisma/schema.prisma, so the where builders are checked against
// the real schema without importing Prisma.
import { readFileSync } from "node:fs";
import path from "node:path";

export function schemaFields(): Map<string, Set<string>> {
  const text = readFileSync(path.resolve(import.meta.dirname, "../../../prisma/schema.prisma"), "utf8");
  const models = new Map<string, Set<string>>();
  let current: Set<string> | undefined;
  for (const line of text.split("\n")) {
    const start = /^model\s+(\w+)\s*\{/.exec(line);
    if (start) {
      current = new Set();
      models.set(start[1]!, current);
      continue;
    }
    if (/^\}/.test(line)) current = undefined;
    const field = /^\s+(\w+)\s+\w/.exec(line);
    if (current && field) current.add(field[1]!);
  }
  return models;
}
