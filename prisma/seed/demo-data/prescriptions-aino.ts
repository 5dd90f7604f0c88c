// Aino's prescriptions: one for every state the prescription centre has (V-RX-5) and a renewal
// request in every status (V-RX-6). Only the request sent two days ago is pending, so it alone
// carries pendingKey (the database refuses a second pending request for one prescription).
import { persona } from "../personas";
import type { DemoBuilder } from "./builder";
import { CARE_UNITS, PHARMACIES } from "./care-units";
import { SEED_FACTS } from "./facts";

const DR_KALASATAMA = "LL Katariina Aaltonen";
const DR_KAMPPI = "LL Juha Mäkinen";
const DR_OULU = "LL Pekka Väisänen";

export function seedAinoPrescriptions(b: DemoBuilder): void {
  const c = b.clock;
  const f = SEED_FACTS.prescriptions.aino;
  const day = (d: Date, n: number) => b.nextDay(d, n);

  b.prescription({
    id: f.notDispensed.id,
    patient: "aino",
    drugName: "Atorvastatin Orion",
    strength: "20 mg",
    form: "tabletti, kalvopäällysteinen",
    atcCode: "C10AA05",
    packageSize: "100 tabl",
    packages: 3,
    dosage: "1 tabletti kerran päivässä illalla",
    reason: "Kolesterolin alentamiseen",
    prescribedAt: c.daysAgo(25, 9, 40),
    prescriber: DR_KALASATAMA,
    unit: "kalasatama",
  });

  const metforminAt = c.monthsAgo(10, 9, 15);
  b.prescription({
    id: f.renewable.id,
    patient: "aino",
    drugName: "Metformin Sandoz",
    strength: "500 mg",
    form: "tabletti, kalvopäällysteinen",
    atcCode: "A10BA02",
    packageSize: "100 tabl",
    packages: 4,
    dosage: "1 tabletti 2 kertaa päivässä aamulla ja illalla aterian yhteydessä",
    reason: "Diabeteksen hoitoon",
    prescribedAt: metforminAt,
    prescriber: DR_KALASATAMA,
    unit: "kalasatama",
    dispensings: [
      { at: day(metforminAt, 1), pharmacy: PHARMACIES.kalasatama, amount: 1 },
      { at: c.monthsAgo(6, 14, 20), pharmacy: PHARMACIES.kalasatama, amount: 1 },
      { at: c.monthsAgo(2, 12, 5), pharmacy: PHARMACIES.hertta, amount: 1 },
    ],
  });

  const buranaAt = c.monthsAgo(5, 10, 30);
  b.prescription({
    id: f.fullyDispensed.id,
    patient: "aino",
    drugName: "Burana",
    strength: "600 mg",
    form: "tabletti, kalvopäällysteinen",
    atcCode: "M01AE01",
    packageSize: "30 tabl",
    packages: 1,
    dosage: "1 tabletti tarvittaessa enintään 3 kertaa päivässä kipuun",
    reason: "Särkylääke alaselkäkipuun",
    prescribedAt: buranaAt,
    prescriber: DR_KAMPPI,
    unit: "kamppi",
    dispensings: [
      { at: new Date(buranaAt.getTime() + 2 * 3_600_000), pharmacy: PHARMACIES.kamppi, amount: 1 },
    ],
  });

  b.prescription({
    id: f.locked.id,
    patient: "aino",
    drugName: "Thyroxin",
    strength: "100 mikrog",
    form: "tabletti",
    atcCode: "H03AA01",
    packageSize: "100 tabl",
    packages: 2,
    dosage: "1/2 tablettia kerran päivässä aamulla tyhjään mahaan, 0,1 mg vuorokaudessa",
    reason: "Kilpirauhasen vajaatoimintaan",
    prescribedAt: c.daysAgo(14, 11, 0),
    prescriber: DR_KALASATAMA,
    unit: "kalasatama",
    locked: { at: c.daysAgo(12, 13, 45), reason: f.locked.lockedReason },
  });

  const ramiprilAt = c.monthsAgo(23, 9, 0);
  b.prescription({
    id: f.cancelledCare.id,
    patient: "aino",
    drugName: "Ramipril Actavis",
    strength: "5 mg",
    form: "tabletti",
    atcCode: "C09AA05",
    packageSize: "100 tabl",
    packages: 1,
    dosage: "1 tabletti kerran päivässä",
    reason: "Verenpaineen hoitoon",
    prescribedAt: ramiprilAt,
    prescriber: DR_KALASATAMA,
    unit: "kalasatama",
    dispensings: [{ at: day(ramiprilAt, 1), pharmacy: PHARMACIES.kalasatama, amount: 1 }],
    cancelled: { reason: "CARE", at: c.monthsAgo(22, 10, 0) },
  });

  const omeprazolAt = c.monthsAgo(15, 8, 30);
  b.prescription({
    id: f.cancelledTechnical.id,
    patient: "aino",
    drugName: "Omeprazol ratiopharm",
    strength: "20 mg",
    form: "enterokapseli, kova",
    atcCode: "A02BC01",
    packageSize: "28 kaps",
    packages: 1,
    dosage: "1 kapseli kerran päivässä ennen aamiaista",
    reason: "Närästykseen",
    prescribedAt: omeprazolAt,
    prescriber: DR_KAMPPI,
    unit: "kamppi",
    cancelled: { reason: "TECHNICAL", at: new Date(omeprazolAt.getTime() + 20 * 60_000) },
  });

  const sertralinAt = c.monthsAgo(8, 12, 0);
  b.prescription({
    id: f.cancelledPatientRequest.id,
    patient: "aino",
    drugName: "Sertralin Krka",
    strength: "50 mg",
    form: "tabletti, kalvopäällysteinen",
    atcCode: "N06AB06",
    packageSize: "98 tabl",
    packages: 1,
    dosage: "1/2 tablettia kerran päivässä aamulla 1 viikon ajan, sitten 1 tabletti kerran päivässä",
    reason: "Masennuksen hoitoon",
    prescribedAt: sertralinAt,
    prescriber: DR_KAMPPI,
    unit: "kamppi",
    cancelled: { reason: "PATIENT_REQUEST", at: day(sertralinAt, 3) },
  });

  const cetirizinAt = c.monthsAgo(26, 10, 0);
  b.prescription({
    id: f.expired.id,
    patient: "aino",
    drugName: "Cetirizin ratiopharm",
    strength: "10 mg",
    form: "tabletti, kalvopäällysteinen",
    atcCode: "R06AE07",
    packageSize: "100 tabl",
    packages: 2,
    dosage: "1 tabletti kerran päivässä siitepölykaudella",
    reason: "Allergiseen nuhaan",
    prescribedAt: cetirizinAt,
    prescriber: DR_KALASATAMA,
    unit: "kalasatama",
    expired: true,
    dispensings: [{ at: day(cetirizinAt, 2), pharmacy: PHARMACIES.kalasatama, amount: 1 }],
  });

  // Issued 23 months ago: a 2-year prescription that expires in about a month.
  const ventolineAt = c.monthsAgo(23, 9, 30);
  b.prescription({
    id: f.expiringSoon.id,
    patient: "aino",
    drugName: "Ventoline Evohaler",
    strength: "0,1 mg/annos",
    form: "inhalaatiosumute, suspensio",
    atcCode: "R03AC02",
    packageSize: "200 annosta",
    packages: 3,
    dosage: "1–2 inhalaatiota tarvittaessa hengenahdistukseen, enintään 8 inhalaatiota vuorokaudessa",
    reason: "Astman kohtausoireisiin",
    prescribedAt: ventolineAt,
    prescriber: DR_KALASATAMA,
    unit: "kalasatama",
    dispensings: [
      { at: day(ventolineAt, 1), pharmacy: PHARMACIES.kalasatama, amount: 1 },
      { at: c.monthsAgo(11, 15, 0), pharmacy: PHARMACIES.kamppi, amount: 1 },
    ],
  });

  const zolpidemAt = c.monthsAgo(4, 13, 10);
  b.prescription({
    id: f.oneYearCns.id,
    patient: "aino",
    drugName: "Zolpidem Orion",
    strength: "10 mg",
    form: "tabletti, kalvopäällysteinen",
    atcCode: "N05CF02",
    packageSize: "30 tabl",
    packages: 2,
    validityClass: "ONE_YEAR",
    dosage: "1/2–1 tablettia tarvittaessa illalla nukahtamisvaikeuksiin, enintään 1 tabletti vuorokaudessa",
    reason: "Tilapäisiin univaikeuksiin",
    prescribedAt: zolpidemAt,
    prescriber: DR_KAMPPI,
    unit: "kamppi",
    dispensings: [{ at: day(zolpidemAt, 1), pharmacy: PHARMACIES.kamppi, amount: 1 }],
  });

  const amlodipinAt = c.monthsAgo(20, 10, 20);
  b.prescription({
    id: f.pendingRenewal.id,
    patient: "aino",
    drugName: "Amlodipin Accord",
    strength: "5 mg",
    form: "tabletti",
    atcCode: "C08CA01",
    packageSize: "100 tabl",
    packages: 2,
    dosage: "1 tabletti kerran päivässä aamulla",
    reason: "Verenpaineen hoitoon",
    prescribedAt: amlodipinAt,
    prescriber: DR_KALASATAMA,
    unit: "kalasatama",
    renewalRequested: true,
    dispensings: [
      { at: day(amlodipinAt, 1), pharmacy: PHARMACIES.kalasatama, amount: 1 },
      { at: c.monthsAgo(14, 11, 30), pharmacy: PHARMACIES.kalasatama, amount: 1 },
    ],
  });

  const symbicortAt = c.monthsAgo(18, 8, 50);
  b.prescription({
    id: f.lapsedRenewal.id,
    patient: "aino",
    drugName: "Symbicort Turbuhaler",
    strength: "160/4,5 mikrog/annos",
    form: "inhalaatiojauhe",
    atcCode: "R03AK07",
    packageSize: "120 annosta",
    packages: 3,
    dosage: "1–2 inhalaatiota 2 kertaa päivässä, suu huuhdeltava inhalaation jälkeen",
    reason: "Astman hoitoon",
    prescribedAt: symbicortAt,
    prescriber: DR_KALASATAMA,
    unit: "kalasatama",
    dispensings: [
      { at: day(symbicortAt, 1), pharmacy: PHARMACIES.kalasatama, amount: 1 },
      { at: c.monthsAgo(12, 16, 0), pharmacy: PHARMACIES.kalasatama, amount: 1 },
      { at: c.monthsAgo(6, 10, 40), pharmacy: PHARMACIES.hertta, amount: 1 },
    ],
  });

  const losartanAt = c.monthsAgo(21, 9, 20);
  b.prescription({
    id: f.acceptedRenewal.id,
    patient: "aino",
    drugName: "Losartan Krka",
    strength: "50 mg",
    form: "tabletti, kalvopäällysteinen",
    atcCode: "C09CA01",
    packageSize: "98 tabl",
    packages: 2,
    dosage: "1 tabletti kerran päivässä",
    reason: "Verenpaineen hoitoon",
    prescribedAt: losartanAt,
    prescriber: DR_KALASATAMA,
    unit: "kalasatama",
    dispensings: [
      { at: day(losartanAt, 1), pharmacy: PHARMACIES.kalasatama, amount: 1 },
      { at: c.monthsAgo(16, 13, 0), pharmacy: PHARMACIES.kalasatama, amount: 1 },
    ],
  });
  const renewedAt = c.daysAgo(38, 11, 0);
  b.prescription({
    id: f.renewedPrescription.id,
    patient: "aino",
    drugName: "Losartan Krka",
    strength: "50 mg",
    form: "tabletti, kalvopäällysteinen",
    atcCode: "C09CA01",
    packageSize: "98 tabl",
    packages: 4,
    dosage: "1 tabletti kerran päivässä",
    reason: "Verenpaineen hoitoon",
    prescribedAt: renewedAt,
    prescriber: DR_KALASATAMA,
    unit: "kalasatama",
    iteration: 2,
    renewalOfId: f.acceptedRenewal.id,
    dispensings: [{ at: c.daysAgo(36, 12, 30), pharmacy: PHARMACIES.kalasatama, amount: 1 }],
  });

  const pantoAt = c.monthsAgo(15, 14, 0);
  b.prescription({
    id: f.rejectedRenewal.id,
    patient: "aino",
    drugName: "Pantoprazol Actavis",
    strength: "40 mg",
    form: "enterotabletti",
    atcCode: "A02BC02",
    packageSize: "56 tabl",
    packages: 2,
    dosage: "1 tabletti kerran päivässä aamulla ennen ruokailua",
    reason: "Närästykseen",
    prescribedAt: pantoAt,
    prescriber: DR_KAMPPI,
    unit: "kamppi",
    dispensings: [
      { at: day(pantoAt, 1), pharmacy: PHARMACIES.kamppi, amount: 1 },
      { at: c.monthsAgo(12, 9, 30), pharmacy: PHARMACIES.kamppi, amount: 1 },
    ],
  });

  const panadolAt = c.monthsAgo(9, 10, 10);
  b.prescription({
    id: f.returnedRenewal.id,
    patient: "aino",
    drugName: "Panadol Forte",
    strength: "1 g",
    form: "tabletti, kalvopäällysteinen",
    atcCode: "N02BE01",
    packageSize: "100 tabl",
    packages: 1,
    dosage: "1 tabletti tarvittaessa enintään 3 kertaa vuorokaudessa kipuun",
    reason: "Nivelkipuihin",
    prescribedAt: panadolAt,
    prescriber: DR_OULU,
    unit: "oulu",
    dispensings: [
      { at: new Date(panadolAt.getTime() + 3 * 3_600_000), pharmacy: PHARMACIES.oulu, amount: 1 },
    ],
  });

  const doxiAt = c.monthsAgo(34, 12, 0);
  b.prescription({
    id: f.olderThanVisibility.id,
    patient: "aino",
    drugName: "Doxitab",
    strength: "100 mg",
    form: "tabletti",
    atcCode: "J01AA02",
    packageSize: "10 tabl",
    packages: 1,
    dosage: "2 tablettia ensimmäisenä päivänä, sitten 1 tabletti kerran päivässä",
    reason: "Poskiontelotulehdukseen",
    prescribedAt: doxiAt,
    prescriber: DR_KAMPPI,
    unit: "kamppi",
    expired: true,
    dispensings: [{ at: new Date(doxiAt.getTime() + 3_600_000), pharmacy: PHARMACIES.kamppi, amount: 1 }],
  });

  // Renewal requests, one per status.
  const aino = persona("aino").id;
  const r = SEED_FACTS.renewalRequests;
  const request = (
    id: string,
    prescriptionId: string,
    unit: keyof typeof CARE_UNITS,
    sentAt: Date,
    rest: {
      status: "SENT" | "ACCEPTED" | "REJECTED" | "RETURNED";
      handledAt?: Date;
      note?: string;
      pending?: boolean;
      sms?: boolean;
      showOthers?: boolean;
    },
  ) => {
    b.rows.renewalRequest.push({
      id,
      prescriptionId,
      requesterId: aino,
      receivingUnitId: CARE_UNITS[unit].id,
      phoneForSms: rest.sms ? "050 000 0902" : null,
      showOtherPrescriptions: rest.showOthers ?? false,
      status: rest.status,
      sentAt,
      handledAt: rest.handledAt ?? null,
      handlerNote: rest.note ?? null,
      idempotencyKey: `seed:${id}`,
      pendingKey: rest.pending ? prescriptionId : null,
    });
  };
  request(r.pending, f.pendingRenewal.id, "kalasatama", c.daysAgo(2, 7, 45), {
    status: "SENT",
    pending: true,
    sms: true,
    showOthers: true,
  });
  request(r.lapsed, f.lapsedRenewal.id, "kalasatama", c.daysAgo(12, 14, 5), { status: "SENT" });
  request(r.accepted, f.acceptedRenewal.id, "kalasatama", c.daysAgo(40, 8, 30), {
    status: "ACCEPTED",
    handledAt: renewedAt,
    note: "Resepti uusittu vuodeksi. Verenpaine tavoitteessa.",
    sms: true,
  });
  request(r.rejected, f.rejectedRenewal.id, "kamppi", c.daysAgo(60, 9, 0), {
    status: "REJECTED",
    handledAt: c.daysAgo(58, 12, 0),
    note: "Pitkäaikaista happosalpaajalääkitystä ei jatketa ilman vastaanottokäyntiä. Varaa tarvittaessa aika lääkärille.",
  });
  request(r.returned, f.returnedRenewal.id, "oulu", c.daysAgo(25, 10, 0), {
    status: "RETURNED",
    handledAt: c.daysAgo(24, 9, 15),
    note: "Pyyntö palautettu: osoita uusimispyyntö omalle terveysasemallesi, jossa hoitosuhteesi on.",
  });

  // Other prescription disclosures than the pharmacies' (those come with each dispensing).
  const disclose = (recipient: string, at: Date, what: string, prescriptionId: string | null) =>
    b.rows.prescriptionDisclosure.push({
      id: b.id("prescriptionDisclosure"),
      patientId: aino,
      prescriptionId,
      recipient,
      disclosedAt: at,
      what,
    });
  disclose(
    "Kansaneläkelaitos (Kela)",
    c.monthsAgo(2, 12, 10),
    "Reseptin ja toimituksen tiedot lääkekorvauksen käsittelyä varten",
    f.renewable.id,
  );
  disclose(
    "HUS-yhtymä, Meilahden sairaala",
    c.monthsAgo(36, 10, 0),
    "Voimassa olevat reseptit lääkityksen tarkistamiseksi osastohoidossa",
    null,
  );
  disclose(
    "Terveystalo Oy, Terveystalo Kamppi",
    c.daysAgo(40, 9, 0),
    "Voimassa olevat reseptit vastaanottokäyntiä varten",
    null,
  );
}
