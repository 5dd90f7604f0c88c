import { describe, expect, it } from "vitest";
import { accessNoteFor, type NoteDomain } from "@/domain/access-note";
import { ROLES } from "@/domain/permissions";
import { RESOURCES } from "@/i18n/resources";
import { LOCALES } from "@/i18n/settings";

const BOTH = { health: true, social: true };
const HEALTH = { health: true, social: false };
const SOCIAL = { health: false, social: true };
const DOMAINS: NoteDomain[] = ["health", "social", "all"];

describe("the note on data not shown while acting for someone (issue 15)", () => {
  it("is never shown on one's own data (adult, minor)", () => {
    for (const d of DOMAINS) {
      expect(accessNoteFor("adult", BOTH, d)).toBeNull();
      expect(accessNoteFor("minor", BOTH, d)).toBeNull();
    }
  });

  it("V-HEALTH-6/7, V-SOC-6: a guardian gets the general rules of the page's kind of data, the same for every child", () => {
    // The function takes no fact about the child (age, assessment, prohibition): it cannot tell.
    expect(accessNoteFor.length).toBe(3);
    expect(accessNoteFor("guardian", BOTH, "health")?.sentences).toEqual(["title", "guardian.health", "closing"]);
    expect(accessNoteFor("guardian", BOTH, "social")?.sentences).toEqual(["title", "guardian.social", "closing"]);
    expect(accessNoteFor("guardian", BOTH, "all")?.sentences).toEqual(["title", "guardian.health", "guardian.social", "closing"]);
  });

  it("an information-right holder is told the scope of the right, then the guardians' rules within it", () => {
    expect(accessNoteFor("informationRight", HEALTH, "all")).toEqual({
      sentences: ["title", "informationRight.scope", "informationRight.child", "guardian.health", "closing"],
      scope: "health",
    });
    expect(accessNoteFor("informationRight", SOCIAL, "health")).toEqual({
      sentences: ["title", "informationRight.scope", "closing"],
      scope: "social",
    });
  });

  it("a mandate holder is told the scope of the mandate only", () => {
    expect(accessNoteFor("mandate", HEALTH, "all")).toEqual({ sentences: ["title", "mandate.scope", "closing"], scope: "health" });
    expect(accessNoteFor("mandate", BOTH, "social")?.scope).toBe("both");
  });

  it("every sentence it names exists in fi, sv and en", () => {
    for (const role of ROLES)
      for (const scopes of [BOTH, HEALTH, SOCIAL])
        for (const d of DOMAINS) {
          const note = accessNoteFor(role, scopes, d);
          for (const key of note?.sentences ?? [])
            for (const l of LOCALES) {
              const value = key.split(".").reduce<unknown>((n, k) => (n as Record<string, unknown>)?.[k], RESOURCES[l].common.accessNote);
              expect(typeof value, `${l} accessNote.${key}`).toBe("string");
            }
        }
  });
});
