// Every field a where builder names exists on the Prisma model it is meant for.
import { describe, expect, it } from "vitest";
import { ROLES } from "@/domain/permissions";
import * as vis from "@/domain/visibility";
import { schemaFields } from "../support/schema-fields";
import { whereFields } from "../support/match-where";
import { viewer } from "../support/arbitraries";

const BUILDERS: [string, (v: vis.Viewer) => vis.Where][] = [
  ["HealthDocument", vis.healthDocumentWhere],
  ["HealthDocument", (v) => vis.visitDocumentWhere(v, "INPATIENT")],
  ["HealthDocument", vis.hiddenFromGuardiansWhere],
  ["Prescription", vis.prescriptionWhere],
  ["SocialDocument", vis.socialDocumentWhere],
  ["SocialClientRelationship", vis.socialRelationshipWhere],
  ["Measurement", vis.measurementWhere],
  ["WellbeingAppRight", vis.wellbeingAppRightWhere],
  ["PrescriptionDisclosure", vis.prescriptionDisclosureWhere],
  ["Dispensing", vis.dispensingWhere],
  ["HealthDisclosure", vis.healthDisclosureWhere],
  ["SocialDisclosure", vis.socialDisclosureWhere],
];

describe("where builders use the schema's field names", () => {
  const models = schemaFields();
  it.each(BUILDERS.map(([m, b], i) => [m, i, b] as const))("%s builder #%d", (model, _i, build) => {
    const fields = models.get(model);
    expect(fields, model).toBeDefined();
    for (const role of [...ROLES, "forged"] as vis.Viewer["role"][]) {
      for (const f of whereFields(build(viewer(role, "2012-08-20", "2026-11-25T10:00:00Z")))) {
        expect(fields!.has(f), `${model}.${f}`).toBe(true);
      }
    }
  });
  it("the date range helper names a real field", () => {
    expect(
      models
        .get("HealthDocument")!
        .has(Object.keys(vis.dateRangeWhere("recordedAt", { from: new Date() }))[0]!),
    ).toBe(true);
  });
});
