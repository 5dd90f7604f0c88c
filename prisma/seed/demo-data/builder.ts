// Collects the demo rows. Small helpers keep the per-area files readable: they derive what can
// be derived (age at recording, amount left, the version group, the dispensing disclosures) so
// that the invariants the tests rely on hold by construction.
import type {
  CancellationReason,
  HealthDocumentType,
  Language,
  ServiceEventKind,
  ServiceTask,
  SocialDocumentType,
  ValidityClass,
} from "../../../src/generated/prisma/client";
import { labResultListDate } from "../../../src/domain/visibility/health";
import { persona, type Persona, type PersonaKey } from "../personas";
import { addDays, addYears, ageAt, isoDate, type SeedClock } from "../lib/dates";
import { IdSequence, type IdKind } from "../lib/ids";
import { emptyRows, type SeedRows } from "../lib/rows";
import { CARE_UNITS, type UnitKey } from "./care-units";

/** Flags that decide what guardians see of a minor's rows (V-HEALTH-6). */
export type MinorFlags = {
  decisionCapacityAssessed?: boolean;
  minorForbidsGuardians?: boolean;
  systemUpdatedForAssessment?: boolean;
};

export type VisitInput = {
  id?: string;
  patient: PersonaKey;
  unit: UnitKey;
  kind?: ServiceEventKind;
  startAt: Date;
  endAt?: Date;
  professional?: string;
  language?: Language;
};

export type LabInput = {
  testCode: string;
  testName: string;
  value?: number;
  valueText?: string;
  unit?: string;
  refLow?: number;
  refHigh?: number;
  refText?: string;
  abnormal?: boolean;
  sampledAt?: Date;
};

export type DocInput = MinorFlags & {
  id?: string;
  patient: PersonaKey;
  visit?: string;
  type: HealthDocumentType;
  title: string;
  text?: string;
  recordedAt: Date;
  storedAt?: Date;
  language?: Language;
  journalForm?: boolean;
  versionGroupId?: string;
  version?: number;
  previousVersionId?: string;
  isLatest?: boolean;
  cancelled?: boolean;
  delayedDisplayUntil?: Date;
  containsOtherPersonData?: boolean;
  heldBackUntilReleased?: boolean;
  author?: string;
  diagnoses?: { icd10: string; name: string; primary?: boolean; permanent?: boolean }[];
  labs?: LabInput[];
  imaging?: { modality: string; bodyPart: string; statement?: string; studyAt?: Date }[];
  risks?: { kind: string; description: string; severity?: string }[];
  vaccinations?: { vaccine: string; atcCode?: string; dose?: number; givenAt?: Date; batch?: string }[];
  certificates?: { kind: string; title: string; text: string; validUntil?: Date }[];
};

export type DispensingInput = { at: Date; pharmacy: string; amount: number; productName?: string };

export type RxInput = MinorFlags & {
  id?: string;
  patient: PersonaKey;
  drugName: string;
  strength: string;
  form: string;
  atcCode: string;
  packageSize: string;
  packages: number;
  dosage: string;
  reason?: string;
  prescribedAt: Date;
  validityClass?: ValidityClass;
  prescriber: string;
  unit: UnitKey;
  expired?: boolean;
  cancelled?: { reason: CancellationReason; at: Date };
  locked?: { at: Date; reason: string };
  renewalRequested?: boolean;
  iteration?: number;
  renewalOfId?: string;
  dispensings?: DispensingInput[];
  language?: Language;
};

export type SocialDocInput = {
  id?: string;
  client: PersonaKey;
  relationshipId?: string;
  serviceTask: ServiceTask;
  type: SocialDocumentType;
  title: string;
  content: string;
  organisation: string;
  author?: string;
  recordedAt: Date;
  phase?: number;
  language?: Language;
  versionGroupId?: string;
  version?: number;
  isLatest?: boolean;
  cancelled?: boolean;
  specialContent?: boolean;
  delayedDisplayUntil?: Date;
  restrictedFromGuardians?: boolean;
  isAttachmentOfId?: string;
};

export class DemoBuilder {
  readonly rows: SeedRows = emptyRows();
  private readonly seq = new IdSequence("de");

  constructor(readonly clock: SeedClock) {}

  id(kind: IdKind): string {
    return this.seq.id(kind);
  }

  p(key: PersonaKey): Persona {
    return persona(key);
  }

  birth(key: PersonaKey): Date {
    return isoDate(persona(key).birthDate);
  }

  /** The day the persona turns `years` (midnight UTC). */
  birthday(key: PersonaKey, years: number): Date {
    return addYears(this.birth(key), years);
  }

  ageAt(key: PersonaKey, at: Date): number {
    return ageAt(this.birth(key), at);
  }

  visit(v: VisitInput): string {
    const id = v.id ?? this.id("serviceEvent");
    this.rows.serviceEvent.push({
      id,
      patientId: persona(v.patient).id,
      kind: v.kind ?? "OUTPATIENT",
      unitId: CARE_UNITS[v.unit].id,
      professionalName: v.professional ?? null,
      startAt: v.startAt,
      endAt: v.endAt ?? new Date(v.startAt.getTime() + 30 * 60_000),
      language: v.language ?? persona(v.patient).language,
    });
    return id;
  }

  document(d: DocInput): string {
    const id = d.id ?? this.id("healthDocument");
    const p = persona(d.patient);
    this.rows.healthDocument.push({
      id,
      patientId: p.id,
      serviceEventId: d.visit ?? null,
      type: d.type,
      title: d.title,
      text: d.text ?? null,
      language: d.language ?? p.language,
      journalForm: d.journalForm ?? true,
      versionGroupId: d.versionGroupId ?? id,
      version: d.version ?? 1,
      previousVersionId: d.previousVersionId ?? null,
      isLatest: d.isLatest ?? true,
      cancelled: d.cancelled ?? false,
      delayedDisplayUntil: d.delayedDisplayUntil ?? null,
      containsOtherPersonData: d.containsOtherPersonData ?? false,
      recordedAt: d.recordedAt,
      storedAt: d.storedAt ?? new Date(d.recordedAt.getTime() + 2 * 3_600_000),
      recordedAtAge: this.ageAt(d.patient, d.recordedAt),
      decisionCapacityAssessed: d.decisionCapacityAssessed ?? false,
      minorForbidsGuardians: d.minorForbidsGuardians ?? false,
      systemUpdatedForAssessment: d.systemUpdatedForAssessment ?? true,
      heldBackUntilReleased: d.heldBackUntilReleased ?? false,
      authorName: d.author ?? null,
    });
    for (const dx of d.diagnoses ?? []) {
      this.rows.diagnosis.push({
        id: this.id("diagnosis"),
        documentId: id,
        icd10: dx.icd10,
        name: dx.name,
        primary: dx.primary ?? false,
        permanent: dx.permanent ?? false,
      });
    }
    const visit = d.visit ? this.rows.serviceEvent.find((e) => e.id === d.visit) : undefined;
    const event = visit ? { startAt: new Date(visit.startAt) } : null;
    for (const lab of d.labs ?? []) {
      const sampledAt = lab.sampledAt ?? d.recordedAt;
      this.rows.labResult.push({
        id: this.id("labResult"),
        documentId: id,
        patientId: p.id,
        listDate: labResultListDate({ sampledAt }, event),
        testCode: lab.testCode,
        testName: lab.testName,
        value: lab.value ?? null,
        valueText: lab.valueText ?? null,
        unit: lab.unit ?? null,
        refLow: lab.refLow ?? null,
        refHigh: lab.refHigh ?? null,
        refText: lab.refText ?? null,
        abnormal: lab.abnormal ?? isAbnormal(lab),
        sampledAt,
      });
    }
    for (const im of d.imaging ?? []) {
      this.rows.imagingStudy.push({
        id: this.id("imagingStudy"),
        documentId: id,
        modality: im.modality,
        bodyPart: im.bodyPart,
        studyAt: im.studyAt ?? d.recordedAt,
        statement: im.statement ?? null,
      });
    }
    for (const r of d.risks ?? []) {
      this.rows.riskInformation.push({
        id: this.id("riskInformation"),
        documentId: id,
        kind: r.kind,
        description: r.description,
        severity: r.severity ?? null,
      });
    }
    for (const v of d.vaccinations ?? []) {
      this.rows.vaccination.push({
        id: this.id("vaccination"),
        documentId: id,
        vaccine: v.vaccine,
        atcCode: v.atcCode ?? null,
        dose: v.dose ?? 1,
        givenAt: v.givenAt ?? d.recordedAt,
        batch: v.batch ?? null,
      });
    }
    for (const c of d.certificates ?? []) {
      this.rows.certificate.push({
        id: this.id("certificate"),
        documentId: id,
        kind: c.kind,
        title: c.title,
        text: c.text,
        validUntil: c.validUntil ?? null,
      });
    }
    return id;
  }

  /** An outpatient visit with its journal-text document. Returns both ids. */
  outpatient(v: Omit<VisitInput, "kind"> & { title: string; text: string; doc?: Partial<DocInput> }): {
    visitId: string;
    docId: string;
  } {
    const visitId = this.visit(v);
    const docId = this.document({
      patient: v.patient,
      visit: visitId,
      type: "JOURNAL_TEXT",
      title: v.title,
      text: v.text,
      recordedAt: v.startAt,
      author: v.professional,
      language: v.language,
      ...v.doc,
    });
    return { visitId, docId };
  }

  prescription(r: RxInput): string {
    const id = r.id ?? this.id("prescription");
    const p = persona(r.patient);
    const validityClass = r.validityClass ?? "TWO_YEARS";
    const validUntil = addYears(r.prescribedAt, validityClass === "ONE_YEAR" ? 1 : 2);
    const dispensed = (r.dispensings ?? []).reduce((s, d) => s + d.amount, 0);
    const status = r.cancelled
      ? "CANCELLED"
      : r.expired
        ? "EXPIRED"
        : r.renewalRequested
          ? "RENEWAL_REQUESTED"
          : "VALID";
    if (!r.expired && !r.cancelled && validUntil < this.clock.now) {
      throw new Error(
        `prescription ${r.drugName} for ${r.patient} would be past its validity without expired: true`,
      );
    }
    const unitWord = p.language === "sv" || r.language === "sv" ? "förp." : "pkt";
    this.rows.prescription.push({
      id,
      patientId: p.id,
      drugName: r.drugName,
      strength: r.strength,
      form: r.form,
      atcCode: r.atcCode,
      packageSize: r.packageSize,
      quantityText: `${r.packages} x ${r.packageSize} (${r.packages} ${unitWord})`,
      amountPrescribed: r.packages,
      amountRemaining: Math.max(0, r.packages - dispensed),
      dosageInstructions: r.dosage,
      reasonForUse: r.reason ?? null,
      language: r.language ?? p.language,
      prescribedAt: r.prescribedAt,
      validUntil,
      validityClass,
      prescriberName: r.prescriber,
      unitId: CARE_UNITS[r.unit].id,
      status,
      cancellationReason: r.cancelled?.reason ?? null,
      cancelledAt: r.cancelled?.at ?? null,
      lockedAt: r.locked?.at ?? null,
      lockedReason: r.locked?.reason ?? null,
      iteration: r.iteration ?? 1,
      renewalOfId: r.renewalOfId ?? null,
      decisionCapacityAssessed: r.decisionCapacityAssessed ?? false,
      minorForbidsGuardians: r.minorForbidsGuardians ?? false,
      systemUpdatedForAssessment: r.systemUpdatedForAssessment ?? true,
    });
    for (const d of r.dispensings ?? []) {
      this.rows.dispensing.push({
        id: this.id("dispensing"),
        prescriptionId: id,
        pharmacyName: d.pharmacy,
        dispensedAt: d.at,
        amount: d.amount,
        productName: d.productName ?? `${r.drugName} ${r.strength} ${r.packageSize}`,
      });
      // The prescription centre logs a disclosure to the pharmacy each time it reads the
      // prescription for dispensing.
      this.rows.prescriptionDisclosure.push({
        id: this.id("prescriptionDisclosure"),
        patientId: p.id,
        prescriptionId: id,
        recipient: d.pharmacy,
        disclosedAt: new Date(d.at.getTime() - 5 * 60_000),
        what:
          p.language === "sv"
            ? `Receptuppgifter för expediering: ${r.drugName}`
            : `Reseptin tiedot toimitusta varten: ${r.drugName}`,
      });
    }
    return id;
  }

  socialDocument(s: SocialDocInput): string {
    const id = s.id ?? this.id("socialDocument");
    const p = persona(s.client);
    this.rows.socialDocument.push({
      id,
      clientId: p.id,
      relationshipId: s.relationshipId ?? null,
      serviceTask: s.serviceTask,
      type: s.type,
      phase: s.phase ?? 2,
      title: s.title,
      content: s.content,
      language: s.language ?? p.language,
      organisation: s.organisation,
      authorName: s.author ?? null,
      recordedAt: s.recordedAt,
      versionGroupId: s.versionGroupId ?? id,
      version: s.version ?? 1,
      isLatest: s.isLatest ?? true,
      cancelled: s.cancelled ?? false,
      specialContent: s.specialContent ?? false,
      delayedDisplayUntil: s.delayedDisplayUntil ?? null,
      restrictedFromGuardians: s.restrictedFromGuardians ?? false,
      isAttachmentOfId: s.isAttachmentOfId ?? null,
    });
    return id;
  }

  /** One day later at 10:00: when a request is handled, a document stored, etc. */
  nextDay(d: Date, days = 1): Date {
    const r = addDays(d, days);
    r.setUTCHours(10, 0, 0, 0);
    return r;
  }
}

function isAbnormal(lab: LabInput): boolean {
  if (lab.value === undefined) return false;
  if (lab.refLow !== undefined && lab.value < lab.refLow) return true;
  if (lab.refHigh !== undefined && lab.value > lab.refHigh) return true;
  return false;
}
