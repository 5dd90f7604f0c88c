// Patient data of the other personas: Mikko's principals (Helmi, Toivo, Aune), Bengt in Swedish,
// and one visit each for everyone else so that every persona's health page has something.
import type { PersonaKey } from "../personas";
import type { DemoBuilder } from "./builder";
import type { UnitKey } from "./care-units";
import { SEED_FACTS } from "./facts";
import { LAB } from "./labs";

export function seedOtherHealth(b: DemoBuilder): void {
  const c = b.clock;
  const f = SEED_FACTS.health;

  // ── Bengt (Swedish) ──
  const bengt = b.outpatient({
    patient: "bengt",
    unit: "vasaHc",
    startAt: c.daysAgo(35, 9),
    professional: "ML Johan Björkqvist",
    title: f.bengt.recentVisitTitle,
    text: "Patienten kommer på kontroll av blodtryck. Hemmamätningar i medeltal 142/88 mmHg. Inga biverkningar av enalapril. Status: BT 144/90, puls 72 regelbunden. Bedömning: blodtrycket inte helt i målnivå, dosen höjs till 10 mg. Ny kontroll om tre månader.",
  });
  b.document({
    patient: "bengt",
    visit: bengt.visitId,
    type: "LAB_RESULTS",
    title: "Laboratoriesvar: njurfunktion och blodfetter",
    recordedAt: c.daysAgo(42, 7, 30),
    storedAt: c.daysAgo(35, 9),
    labs: [LAB.kreaSv(91), LAB.ldlSv(3.3)],
  });
  b.document({
    patient: "bengt",
    visit: bengt.visitId,
    type: "DIAGNOSES",
    title: "Diagnoser: hypertoni",
    recordedAt: c.daysAgo(35, 9, 30),
    diagnoses: [{ icd10: "I10", name: "Essentiell hypertoni", primary: true, permanent: true }],
  });
  const chest = b.outpatient({
    patient: "bengt",
    unit: "vasa",
    startAt: c.monthsAgo(14, 10),
    professional: "ML Karin Sundström",
    title: "Bröstsmärtor vid ansträngning, medicinska polikliniken",
    text: "Remiss från hälsostationen för bröstsmärtor vid ansträngning. Arbets-EKG utan ischemiska förändringar upp till 200 W. Smärtorna bedöms vara muskuloskeletala. Ingen fortsatt uppföljning på polikliniken.",
  });
  b.document({
    patient: "bengt",
    visit: chest.visitId,
    type: "IMAGING",
    title: "Röntgen av lungorna",
    recordedAt: c.monthsAgo(14, 11),
    imaging: [
      {
        modality: "RTG",
        bodyPart: "Thorax",
        statement: "Lungröntgen: Inga infiltrat. Hjärtstorleken normal. Inga pleuravätskor.",
      },
    ],
  });

  // ── Helmi ──
  const helmi = b.outpatient({
    patient: "helmi",
    unit: "tays",
    startAt: c.monthsAgo(2, 10),
    professional: "LT Heikki Koivisto",
    title: f.helmi.recentVisitTitle,
    text: "Pysyvä eteisvärinä, syke hallinnassa bisoprololilla. Lievää nilkkaturvotusta, aloitettu furosemidi. INR-arvot hoitotasolla. Jatkoseuranta terveysasemalla.",
  });
  b.document({
    patient: "helmi",
    visit: helmi.visitId,
    type: "DIAGNOSES",
    title: "Diagnoosit: eteisvärinä",
    recordedAt: c.monthsAgo(2, 10, 30),
    diagnoses: [
      { icd10: "I48.9", name: "Eteisvärinä tai -lepatus, määrittämätön", primary: true, permanent: true },
    ],
  });
  for (const [months, inr] of [
    [12, 2.4],
    [9, 3.4],
    [6, 2.6],
    [3, 1.8],
    [2, 2.3],
  ] as const) {
    const inrVisit = b.visit({
      patient: "helmi",
      unit: "hervanta",
      startAt: c.monthsAgo(months, 8),
      professional: "Sh Tiina Koskela",
    });
    b.document({
      patient: "helmi",
      visit: inrVisit,
      type: "LAB_RESULTS",
      title: "Laboratoriotulokset: INR-seuranta",
      recordedAt: c.monthsAgo(months, 8),
      labs: [LAB.inr(inr)],
    });
  }

  // ── Toivo ──
  const toivo = b.outpatient({
    patient: "toivo",
    unit: "hervanta",
    startAt: c.monthsAgo(1, 10),
    professional: "LL Minna Lehtonen, geriatrian erikoislääkäri",
    title: f.toivo.recentVisitTitle,
    text: "Poika Mikko mukana vastaanotolla. MMSE 19/30 (vuosi sitten 21/30). Kotihoito käy kahdesti päivässä. Ei käytösoireita. Jatketaan donepetsiiliä ja memantiinia.",
  });
  b.document({
    patient: "toivo",
    visit: toivo.visitId,
    type: "DIAGNOSES",
    title: "Diagnoosit: Alzheimerin tauti",
    recordedAt: c.monthsAgo(1, 10, 30),
    diagnoses: [{ icd10: "G30.1", name: "Myöhään alkava Alzheimerin tauti", primary: true, permanent: true }],
  });
  b.outpatient({
    patient: "toivo",
    unit: "hervanta",
    startAt: c.monthsAgo(20, 9),
    professional: "LL Minna Lehtonen, geriatrian erikoislääkäri",
    title: "Muistitutkimukset, geriatrin vastaanotto",
    text: "Muistioireet edenneet vuoden ajan. Pään magneettikuvassa hippokampusten atrofiaa. Neuropsykologinen tutkimus sopii Alzheimerin tautiin. Aloitetaan donepetsiili.",
  });
  b.outpatient({
    patient: "toivo",
    unit: "hervanta",
    startAt: c.monthsAgo(3, 13),
    professional: "Sh Tiina Koskela",
    title: "Kotisairaanhoidon käynti",
    text: "Lääkkeet otettu annosjakelusta. Verenpaine 132/78. Iho ehjä. Ruokahalu hyvä.",
  });

  // ── Aune (Swedish) ──
  const aune = b.outpatient({
    patient: "aune",
    unit: "vasaHc",
    startAt: c.monthsAgo(2, 9),
    professional: "ML Johan Björkqvist",
    title: f.aune.recentVisitTitle,
    text: "Kontroll av sköldkörtelvärden. Patienten mår bra, ingen trötthet. TSH inom referensområdet. Levaxin 75 mikrogram fortsätter oförändrat.",
  });
  b.document({
    patient: "aune",
    visit: aune.visitId,
    type: "LAB_RESULTS",
    title: "Laboratoriesvar: sköldkörteln",
    recordedAt: c.monthsAgo(2, 7, 30),
    labs: [LAB.tshSv(2.1)],
  });
  b.outpatient({
    patient: "aune",
    unit: "vasa",
    startAt: c.monthsAgo(15, 11),
    professional: "ML Karin Sundström",
    title: "Fallolycka, handledsfraktur",
    text: "Halkat på isen och fallit på utsträckt hand. Röntgen visar distal radiusfraktur utan felställning. Gipsskena i fem veckor.",
  });

  // ── Everyone else: one visit each ──
  const one = (
    patient: PersonaKey,
    unit: UnitKey,
    monthsAgo: number,
    professional: string,
    title: string,
    text: string,
    doc = {},
  ) => b.outpatient({ patient, unit, startAt: c.monthsAgo(monthsAgo, 10), professional, title, text, doc });
  one(
    "matti",
    "kamppi",
    3,
    "LL Juha Mäkinen",
    "Allerginen nuha, työterveyslääkäri",
    "Keväisin nuhaa ja silmäoireita. Setiritsiini siitepölykaudeksi.",
  );
  one(
    "liisa",
    "kalasatama",
    6,
    "LL Katariina Aaltonen",
    "Migreeni, lääkärin vastaanotto",
    "Aurallinen migreeni, kohtauksia noin kerran kuukaudessa. Ibuprofeeni kohtauksen alussa, päänsärkypäiväkirja.",
  );
  one(
    "mikko",
    "kalasatama",
    5,
    "LL Katariina Aaltonen",
    "Kolesterolin seuranta, lääkärin vastaanotto",
    "LDL 3,6 mmol/l. Atorvastatiinin annosta nostetaan 40 mg:aan.",
  );
  one(
    "sanna",
    "kamppi",
    4,
    "LL Juha Mäkinen",
    "Mieliala, lääkärin vastaanotto",
    "Masennusoireita puoli vuotta. BDI 19. Aloitetaan sertraliini, kontrolli 6 viikon kuluttua.",
  );
  one(
    "jari",
    "kamppi",
    9,
    "LL Juha Mäkinen",
    "Rasitusastma, työterveyslääkäri",
    "Hengenahdistusta juoksulenkeillä. Spirometria normaali, avaava lääke ennen liikuntaa.",
  );
  one(
    "aapo",
    "kamppi",
    3,
    "LL Juha Mäkinen",
    "Allerginen nuha, lasten lääkärin vastaanotto",
    "Jatkuvaa nuhaa keväällä. Setiritsiiniliuos siitepölykaudeksi.",
  );
  one(
    "petri",
    "oulu",
    7,
    "LL Pekka Väisänen",
    "Verenpaineen seuranta, lääkärin vastaanotto",
    "Kotimittaukset keskimäärin 146/92. Aloitetaan losartaani.",
  );
  one(
    "lumi",
    "oulu",
    4,
    "LL Pekka Väisänen",
    "Kuume ja kurkkukipu, lasten lääkärin vastaanotto",
    "Strep A -pikatesti negatiivinen. Virusinfektio, oireenmukainen hoito.",
  );
  one(
    "kari",
    "kalasatama",
    2,
    "LL Katariina Aaltonen",
    "Olkapääkipu, lääkärin vastaanotto",
    "Oikean olkapään kipu kuntosaliharjoittelun jälkeen. Impingement-oireisto. Fysioterapeutin ohjaus.",
  );
  one(
    "veera",
    "neuvola",
    5,
    "Th Anna-Kaisa Peltonen",
    "Neuvolan terveystarkastus",
    "Kasvu ja kehitys ikätasoiset. Kouluvalmiusarvio sovittu keväälle.",
  );
  one(
    "riikka",
    "kalasatama",
    10,
    "LL Katariina Aaltonen",
    "Kilpirauhasen vajaatoiminta, lääkärin vastaanotto",
    "TSH 6,2. Aloitetaan tyroksiini 50 mikrog.",
  );
  one(
    "tuomas",
    "vasa",
    3,
    "ML Karin Sundström",
    "Halsbränna, läkarmottagning",
    "Halsbränna efter måltider sedan ett halvår. Omeprazol i fyra veckor.",
  );
  one(
    "marja",
    "kalasatama",
    6,
    "LL Katariina Aaltonen",
    "Sydämentykytys, lääkärin vastaanotto",
    "Ajoittaista tykytystä. EKG sinusrytmi. Holter-rekisteröinnissä yksittäisiä lisälyöntejä. Bisoprololi pienellä annoksella.",
  );
  one(
    "emil",
    "schoolHealth",
    6,
    "LL Timo Kallio",
    "Rasitusastma, koululääkärin vastaanotto",
    "Hengenahdistusta jalkapalloharjoituksissa. Nuori arvioitu kykeneväksi päättämään hoidostaan. Avaava lääke ennen liikuntaa.",
    { decisionCapacityAssessed: true },
  );
}
