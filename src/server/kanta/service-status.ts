import "server-only";
import { cache } from "react";
import { featureService, type FeatureId } from "@/domain/permissions";
import type { PrismaClient } from "@/generated/prisma/client";
import { getPrisma } from "@/server/db";
import { hooks, testHooksEnabled } from "@/server/test-hooks";
import { postDisturbedServices } from "./disturbance-board";

// D-1..D-3: each section reads through the module of its Kanta service. A service is "not in use"
// when an operator marked it disturbed (npm run ops -- disturb <service>) or when its data access
// fails or times out; then only that section says so, and its actions change nothing.

import { KANTA_SERVICES, type KantaService } from "./service-status-names";

export { KANTA_SERVICES, type KantaService };

export function isKantaService(value: unknown): value is KantaService {
  return typeof value === "string" && (KANTA_SERVICES as readonly string[]).includes(value);
}

/** The Kanta service a feature reads from; the portal's own features depend on none. */
export function serviceOfFeature(feature: FeatureId): KantaService | null {
  const service = featureService(feature);
  return service === "PORTAL" ? null : service;
}

export class ServiceDisturbedError extends Error {
  readonly digest: string;
  constructor(readonly service: KantaService, cause?: unknown) {
    super(`kanta service not in use: ${service}`, { cause });
    this.name = "ServiceDisturbedError";
    this.digest = `KANTA_DISTURBED:${service}`; // survives to the error boundary in production
  }
}

const QUERY_TIMEOUT_MS = Number(process.env.KANTA_QUERY_TIMEOUT_MS ?? 8000);

// Per request: the flags when they were already read with the session frame (session-frame.ts),
// so a signed-in page does not read them again.
const primedFlags = cache((): { services: ReadonlySet<KantaService> | null } => ({ services: null }));

/** Hands this request the operator flags read elsewhere in the same request. */
export function primeDisturbedServices(services: readonly string[]): void {
  const set = new Set(services.filter(isKantaService));
  primedFlags().services = set;
  postDisturbedServices(set);
}

/** Operator flags, read once per request. A failing read of the flags disturbs nothing by itself. */
export const disturbedServices = cache(async (): Promise<ReadonlySet<KantaService>> => {
  const primed = primedFlags().services;
  if (primed) return primed;
  try {
    const rows = await getPrisma().serviceStatus.findMany({ where: { disturbed: true }, select: { service: true } });
    const set = new Set(rows.map((r) => r.service).filter(isKantaService));
    postDisturbedServices(set);
    return set;
  } catch {
    return new Set();
  }
});

export async function isDisturbed(service: KantaService): Promise<boolean> {
  return (await disturbedServices()).has(service);
}


function withTimeout<T>(promise: Promise<T>, service: KantaService): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ServiceDisturbedError(service, new Error("timeout"))), QUERY_TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const clients = new Map<KantaService, PrismaClient>();

/**
 * The database client of one Kanta service. Every query is bounded in time, and any failure is
 * reported as that service being not in use, so a broken query never becomes a blank page.
 */
export function serviceDb(service: KantaService): PrismaClient {
  let client = clients.get(service);
  if (!client) {
    client = getPrisma().$extends({
      query: {
        async $allOperations({ args, query }) {
          if (testHooksEnabled() && hooks().failServices?.includes(service)) {
            throw new ServiceDisturbedError(service, new Error("injected data-access failure"));
          }
          try {
            return await withTimeout(query(args), service);
          } catch (error) {
            if (error instanceof ServiceDisturbedError) throw error;
            // Unique-constraint and validation errors are the caller's to answer; the rest is an outage.
            if (isExpectedDataError(error)) throw error;
            throw new ServiceDisturbedError(service, error);
          }
        },
      },
    }) as unknown as PrismaClient;
    clients.set(service, client);
  }
  return client;
}

function isExpectedDataError(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === "string" && /^P20(00|02|03|06|07|11|25)$/.test(code);
}
