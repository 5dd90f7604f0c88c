import { describe, expect, it } from "vitest";
import { feedbackEmail } from "@/app/[locale]/(public)/accessibility/statement";

describe("accessibility statement: the feedback address (ACCESSIBILITY_FEEDBACK_EMAIL)", () => {
  it("is shown only when set, trimmed", () => {
    expect(feedbackEmail({})).toBeNull();
    expect(feedbackEmail({ ACCESSIBILITY_FEEDBACK_EMAIL: "  " })).toBeNull();
    expect(feedbackEmail({ ACCESSIBILITY_FEEDBACK_EMAIL: " saavutettavuus@example.fi " })).toBe(
      "saavutettavuus@example.fi",
    );
  });

  it("stops the build when it is not an e-mail address", () => {
    expect(() => feedbackEmail({ ACCESSIBILITY_FEEDBACK_EMAIL: "not an address" })).toThrow(
      /ACCESSIBILITY_FEEDBACK_EMAIL/,
    );
    expect(() => feedbackEmail({ ACCESSIBILITY_FEEDBACK_EMAIL: "javascript:alert(1)" })).toThrow();
  });
});
