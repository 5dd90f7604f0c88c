// Aino's patient data: ten years of visits at her health centre and elsewhere, two inpatient
// episodes, a diabetes lab series, imaging, risks, vaccinations, certificates, and one document
// for each rule that hides something (V-HEALTH-1..4, 9).
import { addDays, isoDate } from "../lib/dates";
import { persona } from "../personas";
import type { DemoBuilder } from "./builder";
import { SEED_FACTS } from "./facts";
import { LAB } from "./labs";

const DR = "LL Katariina Aaltonen";
const NURSE = "Sh Sari Laine";

export function seedAinoHealth(b: DemoBuilder): void {
  const c = b.clock;
  const f = SEED_FACTS.health.aino;
  const week = (d: Date) => addDays(d, -7); // lab samples are drawn a week before the visit

  /** A diabetes control with its lab results (listed under the visit's date, V-HEALTH-9). */
  const diabetesControl = (
    at: Date,
    title: string,
    v: { hba1c: number; gluk: number; krea?: number; ldl?: number; rr: string; weight: number },
    assessment: string,
  ) => {
    const { visitId } = b.outpatient({
      patient: "aino",
      unit: "kalasatama",
      startAt: at,
      professional: DR,
      title,
      text:
        `Tulosyy: Tyypin 2 diabeteksen seurantakäynti.\n` +
        `Esitiedot: Tyypin 2 diabetes, verenpainetauti, astma. Lääkityksenä metformiini, losartaani ja inhaloitavat astmalääkkeet.\n` +
        `Nykytila: Vointi hyvä. Ei hypoglykemiaoireita. Liikkuu päivittäin kävellen noin 40 minuuttia.\n` +
        `Status: RR ${v.rr} mmHg, paino ${v.weight} kg. Jalkojen tunto monofilamentilla normaali, ei haavaumia.\n` +
        `Laboratorio: HbA1c ${v.hba1c} mmol/mol, fP-Gluk ${String(v.gluk).replace(".", ",")} mmol/l.\n` +
        `Arvio ja suunnitelma: ${assessment}`,
    });
    const labs = [LAB.hba1c(v.hba1c, week(at)), LAB.glucose(v.gluk, week(at))];
    if (v.krea !== undefined) labs.push(LAB.creatinine(v.krea, week(at)));
    if (v.ldl !== undefined) labs.push(LAB.ldl(v.ldl, week(at)));
    b.document({
      patient: "aino",
      visit: visitId,
      type: "LAB_RESULTS",
      title: "Laboratoriotulokset: diabeteksen seuranta",
      recordedAt: week(at),
      storedAt: at,
      labs,
      author: "HUSLAB",
    });
    return visitId;
  };

  // ── Inside the last 12 months ──────────────────────────────────────────────────────────────
  const recent = diabetesControl(
    c.daysAgo(20, 9, 0),
    f.recentVisitTitle,
    { hba1c: 54, gluk: 7.4, krea: 84, ldl: 2.4, rr: "136/82", weight: 79 },
    "Hoitotasapaino lähes tavoitteessa. LDL-kolesteroli tavoitetason yläpuolella, aloitetaan atorvastatiini 20 mg. Seuraava kontrolli 6 kk kuluttua laboratoriokokeineen.",
  );
  b.document({
    patient: "aino",
    visit: recent,
    type: "DIAGNOSES",
    title: "Diagnoosit: pitkäaikaissairaudet",
    recordedAt: c.daysAgo(20, 9, 30),
    author: DR,
    diagnoses: [
      { icd10: "E11.9", name: "Tyypin 2 diabetes ilman komplikaatioita", primary: true, permanent: true },
      { icd10: "I10", name: "Verenpainetauti", permanent: true },
      { icd10: "J45.9", name: "Astma, määrittämätön", permanent: true },
      { icd10: "E78.0", name: "Puhdas hyperkolesterolemia" },
    ],
  });
  // V-HEALTH-4: a free-form note, not in journal form.
  b.document({
    patient: "aino",
    visit: recent,
    type: "JOURNAL_TEXT",
    title: f.nonJournalFormTitle,
    journalForm: false,
    recordedAt: c.daysAgo(19, 12, 0),
    author: NURSE,
    text: "Soitettu potilaalle laboratoriovastauksista. Potilas tietoinen, ei kysyttävää. (Vapaamuotoinen puhelinmuistio)",
  });

  // V-HEALTH-9: a result the doctor holds back until going through it with the patient.
  const labVisit = b.visit({
    patient: "aino",
    unit: "kalasatama",
    startAt: c.daysAgo(5, 7, 30),
    professional: "Bioanalyytikko Petra Holm",
  });
  b.document({
    patient: "aino",
    visit: labVisit,
    type: "LAB_RESULTS",
    title: f.heldBackTitle,
    heldBackUntilReleased: true,
    recordedAt: c.daysAgo(5, 7, 30),
    storedAt: c.daysAgo(4, 11, 0),
    author: "HUSLAB",
    labs: [LAB.tsh(7.9), LAB.t4v(8.1), LAB.tpoab(412)],
  });

  // V-HEALTH-2: delayed display (a result the unit wants to discuss first).
  const mammo = b.visit({
    patient: "aino",
    unit: "husImaging",
    startAt: c.daysAgo(10, 11, 0),
    professional: "LT Mikael Sjöberg, radiologian erikoislääkäri",
  });
  b.document({
    patient: "aino",
    visit: mammo,
    type: "JOURNAL_TEXT",
    title: f.delayedTitle,
    recordedAt: c.daysAgo(10, 13, 0),
    delayedDisplayUntil: c.daysAhead(30, 6),
    author: "LT Mikael Sjöberg",
    text: "Vasemman rinnan ylä-ulkoneljänneksen 8 mm muutoksesta otettu paksuneulanäyte. Tulokset käydään läpi potilaan kanssa vastaanotolla.",
  });

  const flu = b.outpatient({
    patient: "aino",
    unit: "kalasatama",
    startAt: c.daysAgo(45, 13, 0),
    professional: NURSE,
    title: "Influenssarokotus, sairaanhoitajan vastaanotto",
    text: "Annettu kausi-influenssarokote vasempaan olkavarteen i.m. Ei aiempia rokotereaktioita. Seurattu 15 min, ei reaktiota.",
  });
  b.document({
    patient: "aino",
    visit: flu.visitId,
    type: "VACCINATION",
    title: f.vaccinationTitle,
    recordedAt: c.daysAgo(45, 13, 10),
    author: NURSE,
    vaccinations: [
      {
        vaccine: "Vaxigrip Tetra injektioneste, suspensio",
        atcCode: "J07BB02",
        dose: 1,
        batch: "FLU-2526-D1",
      },
    ],
  });

  // V-HEALTH-2: a document with another person's information.
  const call = b.visit({
    patient: "aino",
    unit: "kalasatama",
    startAt: c.daysAgo(75, 10, 0),
    professional: DR,
  });
  b.document({
    patient: "aino",
    visit: call,
    type: "JOURNAL_TEXT",
    title: f.otherPersonTitle,
    containsOtherPersonData: true,
    recordedAt: c.daysAgo(75, 10, 15),
    author: DR,
    text: "Potilaan sisar soittanut ja kertonut omista terveystiedoistaan suvun sydänsairauksien taustaksi.",
  });

  // V-HEALTH-1: two versions, the second one corrects a typing error.
  const bpVisit = b.visit({
    patient: "aino",
    unit: "kalasatama",
    startAt: c.daysAgo(95, 8, 30),
    professional: NURSE,
  });
  const bpAt = c.daysAgo(95, 9, 0);
  const bpText = (rr: string) =>
    `Verenpaineen seuranta. ${rr} (2 viikon kotimittausjakso). Pulssi 68/min, tasainen. Jatketaan nykyistä lääkitystä, kontrolli lääkärillä diabeteskäynnin yhteydessä.`;
  b.document({
    id: f.versionedDoc.oldId,
    patient: "aino",
    visit: bpVisit,
    type: "JOURNAL_TEXT",
    title: f.versionedTitle,
    recordedAt: bpAt,
    author: NURSE,
    versionGroupId: f.versionedDoc.groupId,
    version: 1,
    isLatest: false,
    text: bpText(f.versionOldSnippet),
  });
  b.document({
    id: f.versionedDoc.latestId,
    patient: "aino",
    visit: bpVisit,
    type: "JOURNAL_TEXT",
    title: f.versionedTitle,
    recordedAt: bpAt,
    storedAt: c.daysAgo(94, 10, 0),
    author: NURSE,
    versionGroupId: f.versionedDoc.groupId,
    version: 2,
    previousVersionId: f.versionedDoc.oldId,
    text: bpText(f.versionLatestSnippet),
  });

  // V-HEALTH-1: the latest version is cancelled (recorded for the wrong patient).
  const physio = b.visit({
    patient: "aino",
    unit: "kamppi",
    startAt: c.daysAgo(60, 14, 0),
    professional: "Ft Jussi Heino",
  });
  const physioV1 = b.id("healthDocument");
  b.document({
    id: physioV1,
    patient: "aino",
    visit: physio,
    type: "JOURNAL_TEXT",
    title: f.cancelledTitle,
    recordedAt: c.daysAgo(60, 14, 30),
    author: "Ft Jussi Heino",
    isLatest: false,
    text: "Oikean olkapään liikelaajuudet rajoittuneet. Kotiharjoitteet ohjattu.",
  });
  b.document({
    patient: "aino",
    visit: physio,
    type: "JOURNAL_TEXT",
    title: f.cancelledTitle,
    recordedAt: c.daysAgo(60, 14, 30),
    storedAt: c.daysAgo(59, 9, 0),
    author: "Ft Jussi Heino",
    versionGroupId: physioV1,
    version: 2,
    previousVersionId: physioV1,
    cancelled: true,
    text: "Merkintä mitätöity: kirjattu väärälle potilaalle.",
  });

  // C-4: the visit a HEALTH prohibition targets.
  b.outpatient({
    id: f.prohibitedVisitId,
    patient: "aino",
    unit: "kamppi",
    startAt: c.daysAgo(130, 12, 0),
    professional: "LL Hanna Virtala, naistentautien erikoislääkäri",
    title: f.prohibitedVisitTitle,
    text: "Gynekologinen vuosikontrolli. Papa-näyte otettu. Gynekologinen status normaali. Vastaus kirjeitse.",
  });

  const back = b.outpatient({
    patient: "aino",
    unit: "kamppi",
    startAt: c.monthsAgo(5, 10, 0),
    professional: "LL Juha Mäkinen",
    title: "Alaselkäkipu, lääkärin vastaanotto",
    text: "Kolmen päivän ajan alaselkäkipua nostamisen jälkeen, ei säteilyä alaraajoihin. Lasègue negatiivinen molemmin puolin. Ei neurologisia puutosoireita. Ohjattu liikkumaan kivun sallimissa rajoissa, tulehduskipulääke tarvittaessa.",
  });
  b.document({
    patient: "aino",
    visit: back.visitId,
    type: "DIAGNOSES",
    title: "Diagnoosi: alaselkäkipu",
    recordedAt: c.monthsAgo(5, 10, 20),
    diagnoses: [{ icd10: "M54.5", name: "Alaselkäkipu", primary: true }],
  });

  b.outpatient({
    patient: "aino",
    unit: "kalasatama",
    startAt: c.daysAgo(200, 9, 0),
    professional: NURSE,
    title: "Astman vuosikontrolli, hoitajan vastaanotto",
    text: "Astma hyvässä hoitotasapainossa. ACT-pisteet 22. PEF-seurannassa ei merkittävää vuorokausivaihtelua. Inhalaatiotekniikka tarkistettu, hyvä.",
  });
  b.outpatient({
    patient: "aino",
    unit: "oulu",
    startAt: c.monthsAgo(9, 10, 0),
    professional: "LL Pekka Väisänen",
    title: "Polvikipu, lääkärin vastaanotto Oulussa",
    text: "Matkalla Oulussa. Oikean polven rasituskipua portaissa. Ei turvotusta, nivel stabiili. Todennäköisesti nivelrikon oireita. Parasetamoli tarvittaessa, jatkoseuranta omalla terveysasemalla.",
  });

  // ── Older than 12 months ───────────────────────────────────────────────────────────────────
  const asthma = b.outpatient({
    patient: "aino",
    unit: "kalasatama",
    startAt: c.monthsAgo(14, 9, 0),
    professional: DR,
    title: f.oldVisitTitle,
    text: "Spirometria: FEV1 2,41 l (86 % viitearvosta), bronkodilataatiokokeessa FEV1 paranee 9 %. Astman hoitotasapaino kohtalainen. Jatketaan budesonidi-formoterolia.",
  });
  b.document({
    patient: "aino",
    visit: asthma.visitId,
    type: "DIAGNOSES",
    title: "Diagnoosi: astma",
    recordedAt: c.monthsAgo(14, 9, 30),
    diagnoses: [{ icd10: "J45.9", name: "Astma, määrittämätön", primary: true, permanent: true }],
  });
  b.outpatient({
    patient: "aino",
    unit: "kamppi",
    startAt: c.monthsAgo(15, 14, 0),
    professional: "LL Juha Mäkinen",
    title: "Närästys, lääkärin vastaanotto",
    text: "Närästystä erityisesti iltaisin. Ei hälyttäviä oireita (ei laihtumista, nielemisvaikeutta tai verioksennuksia). Aloitetaan pantopratsoli 40 mg 8 viikon kuuriksi.",
  });
  diabetesControl(
    c.monthsAgo(18, 9, 0),
    "Diabeteksen seurantakäynti, lääkärin vastaanotto",
    { hba1c: 52, gluk: 7.1, ldl: 2.9, rr: "142/86", weight: 80 },
    "Hyvä hoitotasapaino. Jatketaan nykyisellä lääkityksellä.",
  );
  b.outpatient({
    patient: "aino",
    unit: "kalasatama",
    startAt: c.monthsAgo(22, 10, 0),
    professional: DR,
    title: "Verenpainelääkityksen vaihto",
    text: "Ramipriili aiheuttanut kuivaa ärsytysyskää. Lopetetaan ramipriili, tilalle losartaani 50 mg x 1. Kotimittaukset kahden viikon kuluttua.",
  });
  diabetesControl(
    c.monthsAgo(30, 9, 0),
    "Diabeteksen vuositarkastus",
    { hba1c: 55, gluk: 7.8, krea: 79, rr: "148/90", weight: 82 },
    "HbA1c hieman noussut. Ruokavalio-ohjaus, ravitsemusterapeutin konsultaatio. Kontrolli 6 kk.",
  );
  b.outpatient({
    patient: "aino",
    unit: "kamppi",
    startAt: c.monthsAgo(34, 11, 0),
    professional: "LL Juha Mäkinen",
    title: "Poskiontelotulehdus, lääkärin vastaanotto",
    text: "Kaksi viikkoa jatkunut nuha, poskipäiden painontunne ja märkäinen erite. Penisilliiniallergia, joten aloitetaan doksisykliini.",
  });

  // Inpatient episode 1 (V-HEALTH-3): the daily notes are hidden, the summary and medication shown.
  const ward = b.visit({
    id: f.inpatientVisitId,
    patient: "aino",
    unit: "meilahti",
    kind: "INPATIENT",
    startAt: c.monthsAgo(36, 14, 0),
    endAt: addDays(c.monthsAgo(36, 11, 0), 4),
    professional: "LT Sari Hiltunen",
  });
  const wardAt = (d: number, h = 10) => addDays(c.monthsAgo(36, h, 0), d);
  b.document({
    patient: "aino",
    visit: ward,
    type: "JOURNAL_TEXT",
    title: f.inpatientHiddenTitle,
    recordedAt: wardAt(1),
    author: "LT Sari Hiltunen",
    text: `Osastopäivä 2. ${f.inpatientHiddenSnippet}. Happisaturaatio 93 % 2 l/min lisähapella. Jatketaan suonensisäistä antibioottia.`,
  });
  b.document({
    patient: "aino",
    visit: ward,
    type: "LAB_RESULTS",
    title: "Laboratoriotulokset osastohoidon aikana",
    recordedAt: wardAt(1, 6),
    labs: [LAB.crp(186), LAB.hb(124)],
  });
  b.document({
    patient: "aino",
    visit: ward,
    type: "DIAGNOSES",
    title: "Diagnoosi: keuhkokuume",
    recordedAt: wardAt(4),
    diagnoses: [{ icd10: "J18.9", name: "Keuhkokuume, määrittämätön", primary: true }],
  });
  b.document({
    patient: "aino",
    visit: ward,
    type: "INPATIENT_SUMMARY",
    title: f.inpatientSummaryTitle,
    recordedAt: wardAt(4, 11),
    author: "LT Sari Hiltunen",
    text: "Potilas otettiin osastolle oikean alalohkon keuhkokuumeen vuoksi. Penisilliiniallergian vuoksi hoitona suonensisäinen kefuroksiimi, myöhemmin suun kautta. Vointi kohentui, kuume laski toisena hoitopäivänä. Kotiutetaan hyväkuntoisena. Keuhkokuvan kontrolli 6 viikon kuluttua.",
  });
  b.document({
    patient: "aino",
    visit: ward,
    type: "MEDICATION",
    title: f.inpatientMedicationTitle,
    recordedAt: wardAt(4, 11),
    author: "LT Sari Hiltunen",
    text: "Osastolla: kefuroksiimi 1,5 g x 3 i.v. 3 vrk. Kotiin: kefuroksiimiaksetiili 500 mg x 2 p.o. 7 vrk. Pitkäaikaislääkitys jatkuu ennallaan.",
  });
  // The follow-up chest X-ray six weeks later.
  const xray = b.outpatient({
    patient: "aino",
    unit: "husImaging",
    startAt: addDays(c.monthsAgo(36, 9, 0), 42),
    professional: "LT Mikael Sjöberg",
    title: "Keuhkokuvan kontrolli keuhkokuumeen jälkeen",
    text: "Kontrollikuvaus keuhkokuumeen jälkeen. Potilas oireeton.",
  });
  b.document({
    patient: "aino",
    visit: xray.visitId,
    type: "IMAGING",
    title: f.imagingTitle,
    recordedAt: addDays(c.monthsAgo(36, 12, 0), 42),
    author: "LT Mikael Sjöberg",
    imaging: [
      {
        modality: "RTG",
        bodyPart: "Thorax",
        statement:
          "RTG thorax PA ja sivu: Aiempi oikean alalohkon infiltraatti hävinnyt. Ei nestettä pleuraonteloissa. Sydän normaalikokoinen.",
      },
    ],
  });

  diabetesControl(
    c.monthsAgo(42, 9, 0),
    "Diabeteksen seurantakäynti ja työkyvyn arvio",
    { hba1c: 51, gluk: 7.0, ldl: 2.6, rr: "138/84", weight: 81 },
    "Hoitotasapaino hyvä. Kela-lausunto kuntoutusta varten kirjoitettu.",
  );
  b.document({
    patient: "aino",
    type: "CERTIFICATE",
    title: f.certificateTitle,
    recordedAt: c.monthsAgo(42, 11, 0),
    author: DR,
    certificates: [
      {
        kind: "B",
        title: "Lääkärinlausunto B",
        text: "Potilaalla tyypin 2 diabetes, verenpainetauti ja astma. Työkyky säilynyt, kuntoutus (Aslak) suositeltava työkyvyn tukemiseksi.",
        validUntil: c.monthsAgo(30, 0, 0),
      },
    ],
  });
  diabetesControl(
    c.monthsAgo(54, 9, 0),
    "Diabeteksen vuosikontrolli",
    { hba1c: 49, gluk: 6.8, krea: 72, rr: "140/88", weight: 83 },
    "Hyvä hoitotasapaino. Verenpaine koholla, aloitettu amlodipiini.",
  );
  diabetesControl(
    c.monthsAgo(66, 9, 0),
    "Diabeteksen seurantakäynti",
    { hba1c: 53, gluk: 7.3, ldl: 2.8, rr: "150/92", weight: 85 },
    "Painonpudotus tavoitteena, ohjattu liikuntaryhmään.",
  );
  b.document({
    patient: "aino",
    type: "VACCINATION",
    title: "Rokotukset: jäykkäkouristus ja kurkkumätä",
    recordedAt: c.monthsAgo(70, 13, 0),
    author: NURSE,
    vaccinations: [{ vaccine: "diTeBooster injektioneste", atcCode: "J07AM51", dose: 1, batch: "DT-1187" }],
  });

  // Inpatient episode 2: cholecystectomy at Jorvi, with the ultrasound before it.
  const us = b.outpatient({
    patient: "aino",
    unit: "husImaging",
    startAt: c.monthsAgo(84, 10, 0),
    professional: "LL Kaisa Rinne",
    title: "Ylävatsan ultraäänitutkimus",
    text: "Toistuvia oikean kylkikaaren alaisia kipukohtauksia rasvaisen aterian jälkeen.",
  });
  b.document({
    patient: "aino",
    visit: us.visitId,
    type: "IMAGING",
    title: "Kuvantaminen: ylävatsan ultraääni",
    recordedAt: c.monthsAgo(84, 11, 0),
    imaging: [
      {
        modality: "UÄ",
        bodyPart: "Ylävatsa",
        statement:
          "UÄ ylävatsa: Sappirakossa useita 5–12 mm kiviä, seinämä ei paksuuntunut. Sappitiet eivät laajentuneet. Maksa, haima ja munuaiset normaalit.",
      },
    ],
  });
  const surgery = b.visit({
    patient: "aino",
    unit: "jorvi",
    kind: "INPATIENT",
    startAt: c.monthsAgo(83, 7, 0),
    endAt: addDays(c.monthsAgo(83, 10, 0), 2),
    professional: "LL Antti Rautio",
  });
  b.document({
    patient: "aino",
    visit: surgery,
    type: "JOURNAL_TEXT",
    title: "Leikkauskertomus: laparoskooppinen kolekystektomia",
    recordedAt: c.monthsAgo(83, 12, 0),
    author: "LL Antti Rautio",
    text: "Laparoskooppinen sappirakon poisto neljän portin tekniikalla. Kolangiografia normaali. Vuoto vähäinen. Ei komplikaatioita.",
  });
  b.document({
    patient: "aino",
    visit: surgery,
    type: "INPATIENT_SUMMARY",
    title: "Epikriisi: sappirakon poisto",
    recordedAt: addDays(c.monthsAgo(83, 10, 0), 2),
    author: "LL Antti Rautio",
    diagnoses: [{ icd10: "K80.2", name: "Sappirakon kivitauti ilman sappirakon tulehdusta", primary: true }],
    text: "Oireinen sappikivitauti. Tehty laparoskooppinen kolekystektomia. Toipuminen sujui ongelmitta, kotiutuu toisena postoperatiivisena päivänä. Haavojen hoito-ohjeet annettu, tikit poistetaan terveysasemalla 10 vrk kuluttua.",
  });

  diabetesControl(
    c.monthsAgo(96, 9, 0),
    "Tyypin 2 diabeteksen toteaminen, lääkärin vastaanotto",
    { hba1c: 58, gluk: 8.2, krea: 68, ldl: 3.9, rr: "152/94", weight: 88 },
    "Tyypin 2 diabetes todettu. Aloitetaan metformiini, ravitsemusohjaus ja diabeteshoitajan vastaanotto.",
  );
  diabetesControl(
    c.monthsAgo(108, 9, 0),
    "Kohonnut verensokeri, lääkärin vastaanotto",
    { hba1c: 44, gluk: 6.4, rr: "146/90", weight: 87 },
    "Heikentynyt paastosokeri. Elintapaohjaus, kontrolli vuoden kuluttua.",
  );
  const allergy = b.outpatient({
    patient: "aino",
    unit: "kalasatama",
    startAt: c.monthsAgo(110, 10, 0),
    professional: DR,
    title: "Lääkeaineallergian kirjaus, lääkärin vastaanotto",
    text: "Potilas kertoo saaneensa nuorena penisilliinistä nokkosihottuman ja kasvojen turvotusta. Kirjataan riskitietoihin.",
  });
  b.document({
    patient: "aino",
    visit: allergy.visitId,
    type: "RISK_INFORMATION",
    title: f.riskTitle,
    recordedAt: c.monthsAgo(110, 10, 20),
    author: DR,
    risks: [
      {
        kind: "Lääkeaineallergia",
        description: "Penisilliinit (J01C): nokkosihottuma ja kasvojen turvotus",
        severity: "Vakava",
      },
    ],
  });
  b.outpatient({
    patient: "aino",
    unit: "kamppi",
    startAt: c.monthsAgo(118, 8, 0),
    professional: "LL Juha Mäkinen",
    title: "Työterveyshuollon määräaikaistarkastus",
    text: "Määräaikainen terveystarkastus. Toimistotyö, ei erityisiä altisteita. Verenpaine koholla 148/92, ohjattu kotimittauksiin. Painoindeksi 30.",
  });

  // COVID-19 vaccinations (historical, fixed dates) and the certificates.
  const covidDoses = [isoDate("2021-05-20"), isoDate("2021-07-01"), isoDate("2022-01-10")];
  covidDoses.forEach((d, i) => {
    const at = new Date(d.getTime() + 10 * 3_600_000);
    b.document({
      patient: "aino",
      type: "VACCINATION",
      title: `Rokotukset: koronavirusrokote, annos ${i + 1}`,
      recordedAt: at,
      author: NURSE,
      vaccinations: [
        {
          vaccine: "Comirnaty injektiokonsentraatti, dispersiota varten",
          atcCode: "J07BN01",
          dose: i + 1,
          batch: `FD${7958 + i}`,
        },
      ],
    });
    b.rows.covidCertificate.push({
      id: b.id("covidCertificate"),
      patientId: persona("aino").id,
      kind: "VACCINATION",
      uvci: `URN:UVCI:01:FI:DEMO${String(902000 + i)}#X`,
      issuedAt: at,
      detail: "Comirnaty (BioNTech/Pfizer)",
      doseNumber: i + 1,
      totalDoses: i < 2 ? 2 : 3,
      eventAt: at,
    });
  });

  // Disclosure log (C-6): organisations, never individual professionals.
  const aino = persona("aino").id;
  const disclose = (recipient: string, at: Date, what: string, basis: string) =>
    b.rows.healthDisclosure.push({
      id: b.id("healthDisclosure"),
      patientId: aino,
      recipient,
      disclosedAt: at,
      what,
      basis,
    });
  disclose(
    "HUS-yhtymä",
    c.monthsAgo(36, 15, 0),
    "Potilaskertomustiedot ja laboratoriotulokset osastohoitoa varten",
    "Potilaan antama luovutuslupa",
  );
  disclose(
    "Terveystalo Oy",
    c.daysAgo(130, 11, 30),
    "Diagnoosit ja lääkitystiedot vastaanottokäyntiä varten",
    "Potilaan antama luovutuslupa",
  );
  disclose(
    "Mehiläinen Oy",
    c.monthsAgo(9, 9, 40),
    "Riskitiedot ja diagnoosit vastaanottokäyntiä varten",
    "Potilaan antama luovutuslupa",
  );
  disclose(
    "Kansaneläkelaitos (Kela)",
    c.monthsAgo(42, 12, 0),
    "Lääkärinlausunto B kuntoutushakemuksen käsittelyä varten",
    "Laki (Kansaneläkelaitoksen tiedonsaantioikeus)",
  );
  disclose(
    "Helsingin kaupunki, Kalasataman terveysasema",
    c.daysAgo(20, 8, 50),
    "Erikoissairaanhoidon hoitojaksojen yhteenvedot",
    "Potilaan antama luovutuslupa",
  );
}
