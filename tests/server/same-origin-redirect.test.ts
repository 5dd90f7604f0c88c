import { describe, expect, it } from "vitest";
import { sameOriginRedirect } from "@/server/auth/same-origin-redirect";

const BASE = "http://localhost:3000";

describe("the redirect after sign-in stays on the portal", () => {
  it("keeps the portal's own paths and URLs", () => {
    expect(sameOriginRedirect("/fi/overview", BASE)).toBe(`${BASE}/fi/overview`);
    expect(sameOriginRedirect("/sv/prescriptions?filter=valid#list", BASE)).toBe(
      `${BASE}/sv/prescriptions?filter=valid#list`,
    );
    expect(sameOriginRedirect(`${BASE}/en/health`, BASE)).toBe(`${BASE}/en/health`);
    expect(sameOriginRedirect(BASE, BASE)).toBe(`${BASE}/`);
  });

  it.each([
    "http://localhost:3000@evil.example/x",
    "http://localhost:3000.evil.example/x",
    "http://localhost:30000/x",
    "http://user:pw@localhost:3000/x",
    "https://localhost:3000/x",
    "https://evil.example/x",
    "//evil.example",
    "//evil.example/fi/overview",
    "/\\evil.example",
    "/\\/evil.example",
    "\\\\evil.example",
    "/\t/evil.example",
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "",
  ])("refuses %j and falls back to the front page", (url) => {
    expect(sameOriginRedirect(url, BASE)).toBe(`${BASE}/`);
  });
});
