// One load measurement with autocannon: every response's latency is kept (autocannon's histogram
// has no p95), and the status codes are counted, so a redirect to the sign-in page or a 403 shows
// up as an error rather than as fast throughput.
import autocannon from "autocannon";

export type LoadRequest = {
  url: string;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
  /** The status every response must have (default 200). */
  expectStatus?: number;
};

export type LoadResult = {
  concurrency: number;
  durationS: number;
  requests: number;
  rps: number;
  latencyMs: { mean: number; p50: number; p95: number; p99: number; max: number };
  /** Connection errors and timeouts. */
  errors: number;
  /** Responses whose status is not the expected one. */
  unexpected: number;
  statusCodes: Record<string, number>;
  /** Mean response size in bytes (as sent, i.e. compressed when the server compressed). */
  bytesPerResponse: number;
};

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

const round = (n: number, digits = 1) => (Number.isFinite(n) ? Number(n.toFixed(digits)) : n);

export async function runLoad(req: LoadRequest, opts: { connections: number; durationS: number; timeoutS?: number }): Promise<LoadResult> {
  const latencies: number[] = [];
  const statusCodes: Record<string, number> = {};
  let bytes = 0;
  const expected = req.expectStatus ?? 200;
  const started = process.hrtime.bigint();
  const instance = autocannon({
    url: req.url,
    method: req.method ?? "GET",
    headers: req.headers,
    body: req.body,
    connections: opts.connections,
    duration: opts.durationS,
    timeout: opts.timeoutS ?? 30,
  });
  instance.on("response", (_client: unknown, statusCode: number, resBytes: number, responseTime: number) => {
    latencies.push(responseTime);
    statusCodes[statusCode] = (statusCodes[statusCode] ?? 0) + 1;
    bytes += resBytes;
  });
  const result = await instance;
  const elapsedS = Number(process.hrtime.bigint() - started) / 1e9;
  latencies.sort((a, b) => a - b);
  const total = latencies.length;
  const unexpected = Object.entries(statusCodes)
    .filter(([code]) => Number(code) !== expected)
    .reduce((a, [, n]) => a + n, 0);
  return {
    concurrency: opts.connections,
    durationS: round(elapsedS, 2),
    requests: total,
    rps: round(total / Math.max(opts.durationS, 1e-9), 1),
    latencyMs: {
      mean: round(total ? latencies.reduce((a, b) => a + b, 0) / total : NaN),
      p50: round(percentile(latencies, 50)),
      p95: round(percentile(latencies, 95)),
      p99: round(percentile(latencies, 99)),
      max: round(latencies.at(-1) ?? NaN),
    },
    errors: result.errors, // includes timeouts
    unexpected,
    statusCodes,
    bytesPerResponse: total ? Math.round(bytes / total) : 0,
  };
}
