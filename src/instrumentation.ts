import type { Instrumentation } from "next";
import { logFailedRequest } from "@/server/error-log";

// Every request that fails on the server is logged once with the reference the error page shows
// (the digest); see src/server/error-log.ts for what the line may contain.
export const onRequestError: Instrumentation.onRequestError = (error, request, context) => {
  const e = (typeof error === "object" && error !== null ? error : {}) as { digest?: unknown; name?: unknown };
  logFailedRequest({
    digest: typeof e.digest === "string" ? e.digest : undefined,
    errorName: typeof e.name === "string" ? e.name : undefined,
    method: request.method,
    routePath: context.routePath,
    routeType: context.routeType,
  });
};
