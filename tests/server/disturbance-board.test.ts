import { afterEach, describe, expect, it } from "vitest";
import { sectionService } from "@/domain/navigation";
import { disturbanceNoticePath, postDisturbedServices, sectionServiceOfPath } from "@/server/kanta/disturbance-board";

afterEach(() => postDisturbedServices(new Set()));

describe("D-1: which addresses the proxy answers with a section's 503 notice", () => {
  it("a section that reads from one Kanta service maps to it; mixed and portal sections do not", () => {
    expect(sectionService("prescriptions")).toBe("PRESCRIPTION_CENTRE");
    expect(sectionService("health")).toBe("PATIENT_DATA_REPOSITORY");
    expect(sectionService("covid-certificate")).toBe("PATIENT_DATA_REPOSITORY");
    expect(sectionService("social")).toBe("SOCIAL_CLIENT_DATA_REPOSITORY");
    expect(sectionService("wellbeing")).toBe("OWN_DATA_REPOSITORY");
    expect(sectionService("data-use")).toBe("WILL_SERVICE");
    expect(sectionService("wills")).toBe("WILL_SERVICE");
    expect(sectionService("disclosures")).toBeNull(); // three services: each part says its own state
    expect(sectionService("overview")).toBeNull();
    expect(sectionService("section-unavailable")).toBeNull(); // the notice itself: never a loop
  });

  it("only pages under a locale, only while this process has seen the service disturbed", () => {
    expect(sectionServiceOfPath("/fi/prescriptions/123")).toBe("PRESCRIPTION_CENTRE");
    expect(sectionServiceOfPath("/xx/prescriptions")).toBeNull();
    expect(sectionServiceOfPath("/api/prescriptions")).toBeNull();
    expect(disturbanceNoticePath("/fi/prescriptions/123")).toBeNull();
    postDisturbedServices(new Set(["PRESCRIPTION_CENTRE"]));
    expect(disturbanceNoticePath("/fi/prescriptions/123")).toBe("/fi/section-unavailable/prescriptions");
    expect(disturbanceNoticePath("/sv/prescriptions")).toBe("/sv/section-unavailable/prescriptions");
    expect(disturbanceNoticePath("/fi/health")).toBeNull();
    expect(disturbanceNoticePath("/fi/section-unavailable/prescriptions")).toBeNull();
    postDisturbedServices(new Set());
    expect(disturbanceNoticePath("/fi/prescriptions")).toBeNull();
  });
});
