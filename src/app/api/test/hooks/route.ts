import { z } from "zod";
import { setHooks, testHooksEnabled } from "@/server/test-hooks";
import { recentErrorLines } from "@/server/error-log";

const hooksSchema = z.object({
  failAccessLog: z.boolean().optional(),
  clockOffsetMs: z.number().int().optional(),
  failServices: z.array(z.string().max(64)).max(10).optional(),
  failPages: z.boolean().optional(),
});

// Only with TEST_HOOKS=1 (the Playwright web server): fault injection and the server clock. The
// answer also carries the error lines the server logged lately, so a test can match a reference id.
export async function POST(request: Request) {
  if (!testHooksEnabled()) return new Response("Not found", { status: 404 });
  const parsed = hooksSchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: "invalid" }, { status: 400 });
  return Response.json({ ...setHooks(parsed.data), errorLog: recentErrorLines() });
}
