import NextAuth from "next-auth";
import { authOptions } from "@/server/auth/options";
import { clientKey, takeSignInToken } from "@/server/rate-limit";

const handler = NextAuth(authOptions);

// Starting a sign-in and completing one (the callback) are rate-limited per client.
const LIMITED = /\/api\/auth\/(signin|callback)\//;

async function limited(request: Request, context: unknown) {
  if (LIMITED.test(new URL(request.url).pathname)) {
    const wait = takeSignInToken(clientKey(request));
    if (wait > 0) return new Response("Too many sign-in attempts. Try again shortly.", { status: 429, headers: { "retry-after": String(wait) } });
  }
  return (handler as (req: Request, ctx: unknown) => Promise<Response>)(request, context);
}

export { limited as GET, limited as POST };
