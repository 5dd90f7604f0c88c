// Prescriptions of the other personas. The children's carry the flags that decide what their
// guardians see (V-HEALTH-6 applies to prescriptions too); Ella's dispensings give disclosure
// events from before and after she turned 10 (footnote * of the matrix).
import { addMonths, atTime } from "../lib/dates";
import type { PersonaKey } from "../personas";
import type { DemoBuilder, RxInput } from "./builder";
import { PHARMACIES } from "./care-units";
import { SEED_FACTS } from "./facts";

type Simple = Omit<RxInput, "patient" | "prescribedAt" | "dispensings"> & {
  monthsAgo: number;
  dispensed?: number;
  pharmacy?: string;
};

export function seedOtherPrescriptions(b: DemoBuilder): void {
  const c = b.clock;
  const f = SEED_FACTS.prescriptions;

  /** A prescription issued `monthsAgo` months ago and dispensed `dispensed` packages the next day. */
  const simple = (patient: PersonaKey, s: Simple) => {
    const { monthsAgo, dispensed = 1, pharmacy = PHARMACIES.kalasatama, ...rest } = s;
    const at = c.monthsAgo(monthsAgo, 9, 30);
    return b.prescription({
      patient,
      prescribedAt: at,
      dispensings: dispensed > 0 ? [{ at: b.nextDay(at), pharmacy, amount: dispensed }] : [],
      ...rest,
    });
  };

  // Bengt, in Swedish.
  simple("bengt", {
    id: f.bengt.renewable.id,
    drugName: "Enalapril Orion",
    strength: "10 mg",
    form: "tablett",
    atcCode: "C09AA02",
    packageSize: "100 st",
    packages: 2,
    dosage: "1 tablett en gång dagligen på morgonen",
    reason: "Mot högt blodtryck",
    monthsAgo: 7,
    prescriber: "ML Johan Björkqvist",
    unit: "vasaHc",
    pharmacy: PHARMACIES.vasa,
  });
  simple("bengt", {
    drugName: "Simvastatin Actavis",
    strength: "20 mg",
    form: "filmdragerad tablett",
    atcCode: "C10AA01",
    packageSize: "100 st",
    packages: 2,
    dosage: "1 tablett på kvällen",
    reason: "För att sänka kolesterolet",
    monthsAgo: 14,
    dispensed: 2,
    prescriber: "ML Karin Sundström",
    unit: "vasa",
    pharmacy: PHARMACIES.vasa,
  });

  // Eetu (7): everything is from under 10, so his guardians see it all.
  simple("eetu", {
    id: f.eetu.renewable.id,
    drugName: "Flixotide Evohaler",
    strength: "50 mikrog/annos",
    form: "inhalaatiosumute, suspensio",
    atcCode: "R03BA05",
    packageSize: "120 annosta",
    packages: 3,
    dosage: "2 inhalaatiota 2 kertaa päivässä tilajatkeen kautta",
    reason: "Astman hoitoon",
    monthsAgo: 5,
    prescriber: "LT Riitta Hakala",
    unit: "childrensHospital",
  });
  simple("eetu", {
    drugName: "Airomir Autohaler",
    strength: "0,1 mg/annos",
    form: "inhalaatiosumute, suspensio",
    atcCode: "R03AC02",
    packageSize: "200 annosta",
    packages: 2,
    dosage: "2 inhalaatiota tilajatkeen kautta tarvittaessa hengenahdistukseen",
    reason: "Astman kohtausoireisiin",
    monthsAgo: 5,
    prescriber: "LT Riitta Hakala",
    unit: "childrensHospital",
  });
  simple("eetu", {
    drugName: "Amoxin",
    strength: "100 mg/ml",
    form: "jauhe oraalisuspensiota varten",
    atcCode: "J01CA04",
    packageSize: "60 ml",
    packages: 1,
    dosage: "4 ml 2 kertaa päivässä 7 vuorokauden ajan",
    reason: "Välikorvatulehdukseen",
    monthsAgo: 13,
    prescriber: "LL Timo Kallio",
    unit: "kalasatama",
  });

  // Ella (14).
  const ellaNine = atTime(addMonths(b.birthday("ella", 9), 8), 9, 0);
  b.prescription({
    id: f.ella.beforeTen.id,
    patient: "ella",
    drugName: "Aerius",
    strength: "0,5 mg/ml",
    form: "oraaliliuos",
    atcCode: "R06AX27",
    packageSize: "150 ml",
    packages: 1,
    dosage: "5 ml kerran päivässä",
    reason: "Allergiseen nuhaan",
    prescribedAt: ellaNine,
    prescriber: "LL Timo Kallio",
    unit: "kalasatama",
    expired: true,
    dispensings: [{ at: b.nextDay(ellaNine), pharmacy: PHARMACIES.kalasatama, amount: 1 }],
  });
  const teen = (days: number, hour = 10) => c.atAge(b.birth("ella"), 10, 17, c.daysAgo(days, hour));
  const ellaSprain = teen(60, 13);
  b.prescription({
    id: f.ella.assessedAllowed.id,
    patient: "ella",
    drugName: "Burana",
    strength: "400 mg",
    form: "tabletti, kalvopäällysteinen",
    atcCode: "M01AE01",
    packageSize: "30 tabl",
    packages: 1,
    dosage: "1 tabletti tarvittaessa enintään 3 kertaa päivässä kipuun",
    reason: "Nilkan nyrjähdyksen kipuun",
    prescribedAt: ellaSprain,
    prescriber: "LT Riitta Hakala",
    unit: "childrensHospital",
    decisionCapacityAssessed: true,
    dispensings: [
      { at: new Date(ellaSprain.getTime() + 2 * 3_600_000), pharmacy: PHARMACIES.kalasatama, amount: 1 },
    ],
  });
  b.prescription({
    id: f.ella.notAssessed.id,
    patient: "ella",
    drugName: "Epiduo",
    strength: "0,1 % / 2,5 %",
    form: "geeli",
    atcCode: "D10AD53",
    packageSize: "30 g",
    packages: 1,
    dosage: "Ohut kerros iltaisin puhdistetulle iholle",
    reason: "Aknen hoitoon",
    prescribedAt: teen(150),
    prescriber: "LL Timo Kallio",
    unit: "schoolHealth",
  });
  b.prescription({
    id: f.ella.assessedForbidden.id,
    patient: "ella",
    drugName: "Melatonin Vitabalans",
    strength: "3 mg",
    form: "tabletti",
    atcCode: "N05CH01",
    packageSize: "30 tabl",
    packages: 1,
    dosage: "1 tabletti iltaisin tuntia ennen nukkumaanmenoa",
    reason: "Nukahtamisvaikeuksiin",
    prescribedAt: teen(250),
    prescriber: "LL Elina Kivelä",
    unit: "youthStation",
    decisionCapacityAssessed: true,
    minorForbidsGuardians: true,
  });
  b.prescription({
    id: f.ella.systemNotUpdated.id,
    patient: "ella",
    drugName: "Dalacin",
    strength: "10 mg/ml",
    form: "liuos iholle",
    atcCode: "D10AF01",
    packageSize: "30 ml",
    packages: 1,
    dosage: "Sivellään aamuin illoin aknealueille",
    reason: "Aknen hoitoon",
    prescribedAt: teen(400),
    prescriber: "LT Outi Saarinen",
    unit: "childrensHospital",
    systemUpdatedForAssessment: false,
  });

  // Oona (16) forbids showing her data to her guardians.
  const oonaAt = c.atAge(b.birth("oona"), 10, 17, c.daysAgo(100, 11));
  b.prescription({
    id: f.oona.forbidden.id,
    patient: "oona",
    drugName: "Yasmin",
    strength: "0,03 mg/3 mg",
    form: "tabletti, kalvopäällysteinen",
    atcCode: "G03AA12",
    packageSize: "3 x 21 tabl",
    packages: 2,
    dosage: "1 tabletti päivittäin 21 päivän ajan, sitten 7 päivän tauko",
    reason: "Raskauden ehkäisyyn",
    prescribedAt: oonaAt,
    prescriber: "LL Elina Kivelä",
    unit: "youthStation",
    decisionCapacityAssessed: true,
    minorForbidsGuardians: true,
    dispensings: [{ at: b.nextDay(oonaAt), pharmacy: PHARMACIES.kalasatama, amount: 1 }],
  });

  // Niko (12): from a system not updated for the capacity assessment.
  const nikoAt = c.atAge(b.birth("niko"), 10, 17, c.monthsAgo(3, 12));
  b.prescription({
    id: f.niko.systemNotUpdated.id,
    patient: "niko",
    drugName: "Concerta",
    strength: "18 mg",
    form: "depottabletti",
    atcCode: "N06BA04",
    packageSize: "30 tabl",
    packages: 3,
    dosage: "1 depottabletti kerran päivässä aamulla",
    reason: "ADHD:n hoitoon",
    validityClass: "ONE_YEAR",
    prescribedAt: nikoAt,
    prescriber: "LT Outi Saarinen",
    unit: "childrensHospital",
    systemUpdatedForAssessment: false,
    dispensings: [
      { at: b.nextDay(nikoAt), pharmacy: PHARMACIES.kalasatama, amount: 1 },
      { at: b.nextDay(nikoAt, 31), pharmacy: PHARMACIES.kalasatama, amount: 1 },
    ],
  });

  // Helmi, Toivo (Tampere) and Aune (Vaasa, Swedish): Mikko's principals.
  const tampere = PHARMACIES.tampere;
  simple("helmi", {
    id: f.helmi.renewable.id,
    drugName: "Marevan",
    strength: "3 mg",
    form: "tabletti",
    atcCode: "B01AA03",
    packageSize: "100 tabl",
    packages: 2,
    dosage: "Annostus INR-arvon mukaan erillisen annosteluohjeen mukaisesti",
    reason: "Veritulppien ehkäisyyn (eteisvärinä)",
    monthsAgo: 6,
    prescriber: "LL Minna Lehtonen",
    unit: "hervanta",
    pharmacy: tampere,
  });
  simple("helmi", {
    drugName: "Bisoprolol Orion",
    strength: "5 mg",
    form: "tabletti",
    atcCode: "C07AB07",
    packageSize: "100 tabl",
    packages: 2,
    dosage: "1 tabletti kerran päivässä aamulla",
    reason: "Sydämen rytmihäiriöön",
    monthsAgo: 11,
    dispensed: 2,
    prescriber: "LT Heikki Koivisto",
    unit: "tays",
    pharmacy: tampere,
  });
  simple("helmi", {
    drugName: "Furesis",
    strength: "40 mg",
    form: "tabletti",
    atcCode: "C03CA01",
    packageSize: "100 tabl",
    packages: 1,
    dosage: "1 tabletti aamulla",
    reason: "Turvotuksiin",
    monthsAgo: 3,
    dispensed: 0,
    prescriber: "LL Minna Lehtonen",
    unit: "hervanta",
  });
  simple("toivo", {
    id: f.toivo.renewable.id,
    drugName: "Donepezil Krka",
    strength: "10 mg",
    form: "tabletti, kalvopäällysteinen",
    atcCode: "N06DA02",
    packageSize: "98 tabl",
    packages: 2,
    dosage: "1 tabletti kerran päivässä illalla",
    reason: "Muistisairauden hoitoon",
    monthsAgo: 8,
    prescriber: "LL Minna Lehtonen",
    unit: "hervanta",
    pharmacy: tampere,
  });
  simple("toivo", {
    drugName: "Memantine Accord",
    strength: "20 mg",
    form: "tabletti, kalvopäällysteinen",
    atcCode: "N06DX01",
    packageSize: "98 tabl",
    packages: 2,
    dosage: "1 tabletti kerran päivässä",
    reason: "Muistisairauden hoitoon",
    monthsAgo: 8,
    prescriber: "LL Minna Lehtonen",
    unit: "hervanta",
    pharmacy: tampere,
  });
  simple("toivo", {
    drugName: "Movicol",
    strength: "13,7 g",
    form: "jauhe oraaliliuosta varten, annospussi",
    atcCode: "A06AD65",
    packageSize: "100 annospussia",
    packages: 1,
    dosage: "1 annospussi päivittäin 125 ml:aan vettä liuotettuna",
    reason: "Ummetukseen",
    monthsAgo: 2,
    dispensed: 0,
    prescriber: "LL Minna Lehtonen",
    unit: "hervanta",
  });
  simple("aune", {
    id: f.aune.renewable.id,
    drugName: "Levaxin",
    strength: "75 mikrog",
    form: "tablett",
    atcCode: "H03AA01",
    packageSize: "100 st",
    packages: 2,
    dosage: "1 tablett på morgonen på fastande mage",
    reason: "Mot underfunktion av sköldkörteln",
    monthsAgo: 9,
    prescriber: "ML Johan Björkqvist",
    unit: "vasaHc",
    pharmacy: PHARMACIES.vasa,
  });
  simple("aune", {
    drugName: "Calcichew-D3",
    strength: "500 mg/400 IE",
    form: "tuggtablett",
    atcCode: "A12AX",
    packageSize: "100 st",
    packages: 2,
    dosage: "1 tablett två gånger dagligen",
    reason: "För att förebygga benskörhet",
    monthsAgo: 4,
    prescriber: "ML Johan Björkqvist",
    unit: "vasaHc",
    pharmacy: PHARMACIES.vasa,
  });

  // One prescription each for the rest, so every persona's list has something.
  const tabs = { form: "tabletti, kalvopäällysteinen", packageSize: "100 tabl", packages: 1 } as const;
  simple("matti", {
    ...tabs,
    drugName: "Cetirizin ratiopharm",
    strength: "10 mg",
    atcCode: "R06AE07",
    dosage: "1 tabletti kerran päivässä",
    reason: "Allergiseen nuhaan",
    monthsAgo: 3,
    prescriber: "LL Juha Mäkinen",
    unit: "kamppi",
    pharmacy: PHARMACIES.kamppi,
  });
  simple("liisa", {
    ...tabs,
    drugName: "Ibuprofen Orion",
    strength: "400 mg",
    packageSize: "30 tabl",
    atcCode: "M01AE01",
    dosage: "1 tabletti tarvittaessa enintään 3 kertaa päivässä",
    reason: "Migreeniin",
    monthsAgo: 6,
    prescriber: "LL Katariina Aaltonen",
    unit: "kalasatama",
  });
  simple("mikko", {
    ...tabs,
    drugName: "Atorvastatin Orion",
    strength: "40 mg",
    atcCode: "C10AA05",
    dosage: "1 tabletti kerran päivässä illalla",
    reason: "Kolesterolin alentamiseen",
    monthsAgo: 5,
    prescriber: "LL Katariina Aaltonen",
    unit: "kalasatama",
  });
  simple("sanna", {
    ...tabs,
    drugName: "Sertralin Krka",
    strength: "50 mg",
    packageSize: "98 tabl",
    atcCode: "N06AB06",
    dosage: "1 tabletti kerran päivässä aamulla",
    reason: "Masennuksen hoitoon",
    monthsAgo: 4,
    prescriber: "LL Juha Mäkinen",
    unit: "kamppi",
    pharmacy: PHARMACIES.kamppi,
  });
  simple("jari", {
    drugName: "Ventoline Evohaler",
    strength: "0,1 mg/annos",
    form: "inhalaatiosumute, suspensio",
    atcCode: "R03AC02",
    packageSize: "200 annosta",
    packages: 2,
    dosage: "1–2 inhalaatiota tarvittaessa",
    reason: "Astman kohtausoireisiin",
    monthsAgo: 9,
    prescriber: "LL Juha Mäkinen",
    unit: "kamppi",
    pharmacy: PHARMACIES.kamppi,
  });
  simple("aapo", {
    drugName: "Cetirizin ratiopharm",
    strength: "1 mg/ml",
    form: "oraaliliuos",
    atcCode: "R06AE07",
    packageSize: "200 ml",
    packages: 1,
    dosage: "5 ml kerran päivässä",
    reason: "Allergiseen nuhaan",
    monthsAgo: 3,
    prescriber: "LL Juha Mäkinen",
    unit: "kamppi",
    pharmacy: PHARMACIES.kamppi,
  });
  simple("petri", {
    ...tabs,
    drugName: "Losartan Krka",
    strength: "50 mg",
    packageSize: "98 tabl",
    atcCode: "C09CA01",
    dosage: "1 tabletti kerran päivässä",
    reason: "Verenpaineen hoitoon",
    monthsAgo: 7,
    prescriber: "LL Pekka Väisänen",
    unit: "oulu",
    pharmacy: PHARMACIES.oulu,
  });
  simple("lumi", {
    drugName: "Ibuxin",
    strength: "20 mg/ml",
    form: "oraalisuspensio",
    atcCode: "M01AE01",
    packageSize: "100 ml",
    packages: 1,
    dosage: "7,5 ml tarvittaessa enintään 3 kertaa vuorokaudessa",
    reason: "Kuumeeseen ja kipuun",
    monthsAgo: 4,
    prescriber: "LL Pekka Väisänen",
    unit: "oulu",
    pharmacy: PHARMACIES.oulu,
  });
  simple("kari", {
    ...tabs,
    drugName: "Burana",
    strength: "600 mg",
    packageSize: "30 tabl",
    atcCode: "M01AE01",
    dosage: "1 tabletti tarvittaessa enintään 3 kertaa päivässä",
    reason: "Olkapään kipuun",
    monthsAgo: 2,
    prescriber: "LL Katariina Aaltonen",
    unit: "kalasatama",
  });
  simple("veera", {
    drugName: "Amoxin",
    strength: "100 mg/ml",
    form: "jauhe oraalisuspensiota varten",
    atcCode: "J01CA04",
    packageSize: "60 ml",
    packages: 1,
    dosage: "3 ml 2 kertaa päivässä 7 vuorokauden ajan",
    reason: "Välikorvatulehdukseen",
    monthsAgo: 7,
    prescriber: "LL Timo Kallio",
    unit: "kalasatama",
  });
  simple("riikka", {
    ...tabs,
    drugName: "Thyroxin",
    strength: "50 mikrog",
    form: "tabletti",
    atcCode: "H03AA01",
    dosage: "1 tabletti aamulla tyhjään mahaan",
    reason: "Kilpirauhasen vajaatoimintaan",
    monthsAgo: 10,
    prescriber: "LL Katariina Aaltonen",
    unit: "kalasatama",
  });
  simple("tuomas", {
    drugName: "Omeprazol Actavis",
    strength: "20 mg",
    form: "enterokapsel, hård",
    atcCode: "A02BC01",
    packageSize: "28 st",
    packages: 2,
    dosage: "1 kapsel på morgonen före frukost",
    reason: "Mot halsbränna",
    monthsAgo: 3,
    prescriber: "ML Karin Sundström",
    unit: "vasa",
    pharmacy: PHARMACIES.vasa,
  });
  simple("marja", {
    ...tabs,
    drugName: "Bisoprolol Orion",
    strength: "2,5 mg",
    form: "tabletti",
    atcCode: "C07AB07",
    dosage: "1 tabletti kerran päivässä",
    reason: "Sydämen tykytyksiin",
    monthsAgo: 6,
    prescriber: "LL Katariina Aaltonen",
    unit: "kalasatama",
  });
  // Emil, prescribed at 17 with his capacity assessed.
  simple("emil", {
    drugName: "Ventoline Evohaler",
    strength: "0,1 mg/annos",
    form: "inhalaatiosumute, suspensio",
    atcCode: "R03AC02",
    packageSize: "200 annosta",
    packages: 2,
    dosage: "1–2 inhalaatiota tarvittaessa ennen liikuntaa",
    reason: "Rasitusastmaan",
    monthsAgo: 6,
    prescriber: "LL Timo Kallio",
    unit: "schoolHealth",
    decisionCapacityAssessed: true,
  });
}
