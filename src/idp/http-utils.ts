// Small helpers for the node:http handlers of the interaction pages.
import type { IncomingMessage, ServerResponse } from "node:http";

const MAX_FORM_BYTES = 16 * 1024;

/** Reads an application/x-www-form-urlencoded body (first value per name). */
export async function readForm(req: IncomingMessage): Promise<Record<string, string>> {
  const type = (req.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_FORM_BYTES) throw Object.assign(new Error("form too large"), { status: 413 });
    chunks.push(chunk as Buffer);
  }
  if (type !== "application/x-www-form-urlencoded") return {};
  const out: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(Buffer.concat(chunks).toString("utf8"))) {
    if (!(key in out)) out[key] = value;
  }
  return out;
}

export function securityHeaders(formActionOrigins: string[]): Record<string, string> {
  return {
    "Content-Security-Policy": [
      "default-src 'none'",
      "style-src 'self'",
      "img-src 'self'",
      // Chrome applies form-action to the redirects after a POST too: the flow ends at the portal.
      `form-action 'self' ${formActionOrigins.join(" ")}`,
      "frame-ancestors 'none'",
      "base-uri 'none'",
    ].join("; "),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
  };
}

export function sendHtml(
  res: ServerResponse,
  status: number,
  html: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    ...headers,
    "Content-Type": "text/html; charset=utf-8",
    "Content-Length": Buffer.byteLength(html),
  });
  res.end(html);
}

export function redirect(res: ServerResponse, location: string): void {
  res.writeHead(303, { Location: location, "Content-Length": "0", "Cache-Control": "no-store" });
  res.end();
}

/** The client address used for rate limiting; X-Forwarded-For only when the proxy is trusted. */
export function clientIp(req: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = req.headers["x-forwarded-for"];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
    if (first) return first;
  }
  return req.socket.remoteAddress ?? "unknown";
}

/**
 * Refuses cross-site form posts. The interaction cookie is SameSite=Lax and bound to the
 * interaction uid, which already stops CSRF; this check is a second, cheap line.
 */
export function isCrossSitePost(req: IncomingMessage, ownOrigin: string): boolean {
  const origin = req.headers.origin;
  if (origin && origin !== "null" && origin !== ownOrigin) return true;
  return req.headers["sec-fetch-site"] === "cross-site";
}
