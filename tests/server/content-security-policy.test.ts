import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, isStaticPage } from "@/server/content-security-policy";

const directive = (csp: string, name: string) => csp.split("; ").find((d) => d.startsWith(`${name} `)) ?? "";

describe("content security policy", () => {
  it("dynamic pages: scripts only with this request's nonce, never unsafe-inline", () => {
    const csp = contentSecurityPolicy("abc123", { production: true, oidcIssuer: "https://idp.example" });
    expect(directive(csp, "script-src")).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(directive(csp, "script-src")).not.toContain("unsafe-inline");
    expect(directive(csp, "form-action")).toContain("https://idp.example");
    expect(directive(csp, "frame-ancestors")).toBe("frame-ancestors 'none'");
  });

  it("development adds unsafe-eval (React's debugging), production never", () => {
    expect(directive(contentSecurityPolicy("n", { production: false }), "script-src")).toContain(
      "'unsafe-eval'",
    );
    expect(directive(contentSecurityPolicy("n", { production: true }), "script-src")).not.toContain(
      "'unsafe-eval'",
    );
  });

  it("static pages run no script at all", () => {
    const csp = contentSecurityPolicy(null, { production: true });
    expect(directive(csp, "script-src")).toBe("script-src 'none'");
    expect(directive(csp, "object-src")).toBe("object-src 'none'");
  });

  it("knows the static pages by locale and path, nothing else", () => {
    expect(isStaticPage("/fi/accessibility")).toBe(true);
    expect(isStaticPage("/sv/accessibility/")).toBe(true);
    expect(isStaticPage("/en/accessibility")).toBe(true);
    expect(isStaticPage("/de/accessibility")).toBe(false);
    expect(isStaticPage("/fi/accessibility/extra")).toBe(false);
    expect(isStaticPage("/fi/overview")).toBe(false);
    expect(isStaticPage("/fi")).toBe(false);
    expect(isStaticPage("/accessibility")).toBe(false);
  });
});
