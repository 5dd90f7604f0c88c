import type { Prisma } from "@/generated/prisma/client";

/** A client or an interactive transaction: every use-case takes one, so tests can pass their own. */
export type Db = Prisma.TransactionClient;
