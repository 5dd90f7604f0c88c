import "server-only";
import type { Db } from "@/server/db";
import { serviceDb } from "@/server/kanta/service-status";

/** D-1: the will service's data access, bounded in time; a failure means "not in use". */
export function willServiceDb(): Db {
  return serviceDb("WILL_SERVICE");
}
