import "server-only";
import type { Viewer } from "@/domain/visibility/common";

export type { Viewer };

/** An inclusive range of instants; an absent end is open. */
export type DateRange = { from?: Date; to?: Date };
