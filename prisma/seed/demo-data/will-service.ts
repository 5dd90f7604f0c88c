// Will service (Viljeyttringstjänsten): Kanta information receipts, disclosure permissions,
// prohibitions and the adult-only wills. The receipts set up the matrix's footnote cases:
// Bengt has only 1.0 (C-2 refusal), Oona received 2.0 herself in health care (*** and, for her
// guardians, **), Ella received 1.0 herself (** for Matti and Liisa), Eetu has none.
import { PERSONAS, persona, type PersonaKey } from "../personas";
import type { DemoBuilder } from "./builder";
import { SEED_FACTS } from "./facts";

const CHILDREN_WITHOUT_RECEIPT: readonly PersonaKey[] = ["eetu", "niko", "aapo", "lumi", "veera"];

export function seedWillService(b: DemoBuilder): void {
  const c = b.clock;
  const id = (k: PersonaKey) => persona(k).id;

  const receipt = (who: PersonaKey, version: string, receivedAt: Date, ack?: { at: Date; by: PersonaKey }) =>
    b.rows.kantaInfoReceipt.push({
      id: b.id("kantaInfoReceipt"),
      personId: id(who),
      version,
      receivedAt,
      inHealthCare: true,
      acknowledgedAt: ack?.at ?? null,
      acknowledgedById: ack ? id(ack.by) : null,
    });
  const special: readonly PersonaKey[] = ["aino", "bengt", "oona", "ella", "toivo"];
  receipt("aino", "2.0", c.monthsAgo(36, 10), { at: c.monthsAgo(30, 18), by: "aino" });
  receipt("bengt", "1.0", c.monthsAgo(72, 10));
  receipt("oona", "2.0", c.atAge(b.birth("oona"), 10, 17, c.daysAgo(100, 11)));
  receipt("ella", "1.0", c.atAge(b.birth("ella"), 12, 12, c.monthsAgo(22, 10)));
  receipt("toivo", "2.0", c.monthsAgo(20, 9), { at: c.monthsAgo(6, 12), by: "mikko" });
  PERSONAS.forEach((p, i) => {
    if (special.includes(p.key) || CHILDREN_WITHOUT_RECEIPT.includes(p.key)) return;
    receipt(p.key, "2.0", c.monthsAgo(6 + (i % 18), 10));
  });

  // Disclosure permissions: one active key per person and domain while active (C-3).
  const aino = id("aino");
  b.rows.disclosurePermission.push(
    {
      id: b.id("disclosurePermission"),
      personId: aino,
      domain: "HEALTH",
      givenAt: c.monthsAgo(24, 11),
      givenById: aino,
      validFrom: c.monthsAgo(24, 11),
      activeKey: `${aino}:HEALTH`,
    },
    {
      id: b.id("disclosurePermission"),
      personId: aino,
      domain: "SOCIAL",
      givenAt: c.monthsAgo(36, 11),
      givenById: aino,
      validFrom: c.monthsAgo(36, 11),
      revokedAt: c.monthsAgo(12, 15),
      revokedById: aino,
      activeKey: null,
    },
    // Given by Mikko for his father under the mandate.
    {
      id: b.id("disclosurePermission"),
      personId: id("toivo"),
      domain: "HEALTH",
      givenAt: c.monthsAgo(6, 12),
      givenById: id("mikko"),
      validFrom: c.monthsAgo(6, 12),
      activeKey: `${id("toivo")}:HEALTH`,
    },
  );

  // Prohibitions (C-4); activeKey only while active.
  const f = SEED_FACTS.willService;
  const prohibition = (
    pid: string,
    domain: "HEALTH" | "PRESCRIPTION" | "SOCIAL",
    targetKind: "VISIT" | "SERVICE_PROVIDER" | "PRESCRIPTION" | "DOCUMENT" | "SERVICE_TASK",
    targetRef: string,
    targetLabel: string,
    createdAt: Date,
    removedAt?: Date,
  ) =>
    b.rows.prohibition.push({
      id: pid,
      personId: aino,
      domain,
      targetKind,
      targetRef,
      targetLabel,
      createdAt,
      createdById: aino,
      removedAt: removedAt ?? null,
      removedById: removedAt ? aino : null,
      activeKey: removedAt ? null : `${aino}:${domain}:${targetKind}:${targetRef}`,
    });
  const h = SEED_FACTS.health.aino;
  prohibition(
    f.ainoProhibitions.healthVisit,
    "HEALTH",
    "VISIT",
    h.prohibitedVisitId,
    `${h.prohibitedVisitTitle}, Terveystalo Kamppi`,
    c.daysAgo(120, 12),
  );
  prohibition(
    f.ainoProhibitions.healthServiceProvider,
    "HEALTH",
    "SERVICE_PROVIDER",
    f.prohibitedProvider,
    f.prohibitedProvider,
    c.monthsAgo(8, 12),
  );
  const rx = SEED_FACTS.prescriptions.aino.cancelledPatientRequest;
  prohibition(
    f.ainoProhibitions.prescription,
    "PRESCRIPTION",
    "PRESCRIPTION",
    rx.id,
    `${rx.drugName} 50 mg`,
    c.monthsAgo(8, 13),
  );
  prohibition(
    f.ainoProhibitions.socialServiceTask,
    "SOCIAL",
    "SERVICE_TASK",
    SEED_FACTS.social.aino.prohibitedServiceTask,
    "Vammaispalvelut",
    c.monthsAgo(5, 12),
  );
  prohibition(
    f.ainoProhibitions.removed,
    "HEALTH",
    "SERVICE_PROVIDER",
    f.removedProhibitionProvider,
    f.removedProhibitionProvider,
    c.monthsAgo(14, 12),
    c.monthsAgo(6, 9),
  );

  // EU patient summary consent, registry research contact ban, organ donation will, living will (C-5).
  b.rows.euPatientSummaryConsent.push({
    id: b.id("euConsent"),
    personId: aino,
    givenAt: c.monthsAgo(10, 12),
  });
  b.rows.registryResearchContactBan.push({
    id: b.id("contactBan"),
    personId: aino,
    createdAt: c.monthsAgo(16, 12),
  });
  b.rows.organDonationWill.push({
    id: b.id("organDonationWill"),
    personId: aino,
    willing: true,
    additionalInfo: f.ainoOrganDonationInfo,
    updatedAt: c.monthsAgo(24, 12),
  });
  b.rows.livingWill.push({
    id: b.id("livingWill"),
    personId: aino,
    updatedAt: c.monthsAgo(18, 12),
    text:
      `Hoitotahtoni\n\nJos sairastun vakavasti enkä pysty enää itse ilmaisemaan tahtoani, toivon seuraavaa:\n\n` +
      `${f.ainoLivingWillSnippet}, jos toipumisesta ei ole kohtuullista toivoa. Toivon riittävää kivun ja ahdistuksen lievitystä, ` +
      `vaikka se lyhentäisi elinaikaani.\n\nToivon saavani hoitoa kotona tai kodinomaisessa paikassa niin pitkään kuin mahdollista. ` +
      `Hoitoani koskevista asioista saa keskustella siskoni kanssa.\n\nAino Virtanen`,
  });
}
