// The Korhonen children's patient data: one document for every branch of what guardians see
// (V-HEALTH-5 cut-off 1 Aug 2016, V-HEALTH-6 under 10 / assessed / forbidden / system not updated).
// Dates that depend on a child's age are derived from the birth date, so recordedAtAge is the
// child's true age whatever day the seed runs.
import { addMonths, atTime, isoDate } from "../lib/dates";
import { persona } from "../personas";
import type { DemoBuilder } from "./builder";
import { SEED_FACTS } from "./facts";

const NURSE = "Th Anna-Kaisa Peltonen";
const SCHOOL_DR = "LL Timo Kallio";

export function seedFamilyHealth(b: DemoBuilder): void {
  const c = b.clock;
  const f = SEED_FACTS.health;

  // ── Ella (14) ──
  const ellaTeen = (days: number, hour = 10) => c.atAge(b.birth("ella"), 10, 17, c.daysAgo(days, hour));
  // Stored in 2015, before the 1 August 2016 cut-off: never shown to guardians.
  const pre2016 = isoDate("2015-03-10");
  b.outpatient({
    patient: "ella",
    unit: "neuvola",
    startAt: atTime(pre2016, 9),
    professional: NURSE,
    title: f.ella.pre2016Title,
    text: "Kasvu ja kehitys ikätasoista. Puhuu kahden–kolmen sanan lauseita. Rokotukset ohjelman mukaisesti. Perhe voi hyvin.",
    doc: { storedAt: atTime(pre2016, 14) },
  });
  const ellaNine = atTime(addMonths(b.birthday("ella", 9), 8), 9, 0);
  b.outpatient({
    patient: "ella",
    unit: "kalasatama",
    startAt: ellaNine,
    professional: SCHOOL_DR,
    title: f.ella.underTenTitle,
    text: "Keväisin vesinuhaa, silmien kutinaa ja aivastelua. Siitepölyallergia todennäköinen. Aloitetaan desloratadiini siitepölykaudeksi.",
  });
  b.outpatient({
    patient: "ella",
    unit: "childrensHospital",
    startAt: ellaTeen(60, 13),
    professional: "LT Riitta Hakala",
    title: f.ella.assessedAllowedTitle,
    text: "Kaatunut koripallotreeneissä, oikea nilkka nyrjähtänyt. Ottawan kriteerit negatiiviset, ei röntgenkuvausta. Tukisidos, kylmähoito, kipulääke tarvittaessa. Nuoren kanssa keskusteltu, tietojen näyttämisestä huoltajille ei kieltoa.",
    doc: { decisionCapacityAssessed: true },
  });
  b.outpatient({
    patient: "ella",
    unit: "schoolHealth",
    startAt: ellaTeen(150),
    professional: NURSE,
    title: f.ella.notAssessedTitle,
    text: "Toistuvaa otsapäänsärkyä iltapäivisin. Juo vähän koulupäivän aikana. Ohjattu nesteytyksestä ja säännöllisestä ruokailusta, päänsärkypäiväkirja.",
  });
  b.outpatient({
    patient: "ella",
    unit: "youthStation",
    startAt: ellaTeen(250),
    professional: "LL Elina Kivelä",
    title: f.ella.forbiddenTitle,
    text: "Nukahtamisvaikeuksia syksyn ajan. Nuori arvioitu kykeneväksi päättämään hoidostaan; hän kieltää tietojen näyttämisen huoltajilleen.",
    doc: { decisionCapacityAssessed: true, minorForbidsGuardians: true },
  });
  b.outpatient({
    patient: "ella",
    unit: "childrensHospital",
    startAt: ellaTeen(400),
    professional: "LT Outi Saarinen",
    title: f.ella.systemNotUpdatedTitle,
    text: "Kasvoilla ja selässä kohtalainen akne. Aloitetaan paikallishoito klindamysiiniliuoksella, kontrolli 3 kk.",
    doc: { systemUpdatedForAssessment: false },
  });
  b.document({
    patient: "ella",
    type: "VACCINATION",
    title: "Rokotukset: HPV-rokote",
    recordedAt: c.atAge(b.birth("ella"), 12, 12, c.monthsAgo(20, 10)),
    author: NURSE,
    decisionCapacityAssessed: true,
    vaccinations: [
      { vaccine: "Gardasil 9 injektioneste, suspensio", atcCode: "J07BM03", dose: 1, batch: "HPV-T0921" },
    ],
  });
  // COVID-19 vaccinations at 9 (children's dose) and their certificates.
  [isoDate("2022-01-15"), isoDate("2022-02-26")].forEach((d, i) => {
    const at = atTime(d, 12);
    b.document({
      patient: "ella",
      type: "VACCINATION",
      title: `Rokotukset: koronavirusrokote lapsille, annos ${i + 1}`,
      recordedAt: at,
      author: NURSE,
      vaccinations: [
        {
          vaccine: "Comirnaty 10 mikrog/annos injektiokonsentraatti",
          atcCode: "J07BN01",
          dose: i + 1,
          batch: `FK${5120 + i}`,
        },
      ],
    });
    b.rows.covidCertificate.push({
      id: b.id("covidCertificate"),
      patientId: persona("ella").id,
      kind: "VACCINATION",
      uvci: `URN:UVCI:01:FI:DEMO${String(956000 + i)}#Y`,
      issuedAt: at,
      detail: "Comirnaty 10 mikrog (BioNTech/Pfizer)",
      doseNumber: i + 1,
      totalDoses: 2,
      eventAt: at,
    });
  });

  // ── Oona (16): forbids guardians ──
  b.outpatient({
    patient: "oona",
    unit: "schoolHealth",
    startAt: atTime(isoDate("2018-03-15"), 9),
    professional: NURSE,
    title: f.oona.underTenTitle,
    text: "Pituus ja paino kasvukäyrillä. Näkö ja kuulo normaalit. Koulunkäynti sujuu, kavereita on.",
  });
  const teenFlags = { decisionCapacityAssessed: true, minorForbidsGuardians: true };
  b.outpatient({
    patient: "oona",
    unit: "youthStation",
    startAt: c.atAge(b.birth("oona"), 10, 17, c.daysAgo(100, 11)),
    professional: "LL Elina Kivelä",
    title: f.oona.forbiddenTitle,
    text: "Ehkäisyneuvonta. Nuori arvioitu kykeneväksi päättämään hoidostaan. Aloitetaan yhdistelmäehkäisytabletti. Nuori kieltää tietojen näyttämisen huoltajilleen.",
    doc: teenFlags,
  });
  b.outpatient({
    patient: "oona",
    unit: "youthStation",
    startAt: c.atAge(b.birth("oona"), 10, 17, c.daysAgo(300, 12)),
    professional: "Psyk. sh Laura Hirvonen",
    title: f.oona.forbiddenTitle2,
    text: "Mieliala ajoittain matala koulustressin vuoksi. Ei itsetuhoisuutta. Sovittu kolme tukikäyntiä. Nuori kieltää tietojen näyttämisen huoltajilleen.",
    doc: teenFlags,
  });

  // ── Niko (12): records from a system not updated for the assessment ──
  b.outpatient({
    patient: "niko",
    unit: "schoolHealth",
    startAt: atTime(isoDate("2022-09-20"), 9),
    professional: NURSE,
    title: f.niko.underTenTitle,
    text: "Laaja terveystarkastus huoltajien läsnä ollessa. Keskittymisvaikeuksia koulussa, opettajan arvio pyydetty. Kasvu normaalia.",
  });
  b.outpatient({
    patient: "niko",
    unit: "childrensHospital",
    startAt: c.atAge(b.birth("niko"), 10, 17, c.monthsAgo(4, 10)),
    professional: "LT Outi Saarinen",
    title: f.niko.systemNotUpdatedTitle,
    text: "Lähetteellä ADHD-arvioon. Vanhempien ja opettajan kyselyt tukevat ADHD-diagnoosia. Aloitetaan metyylifenidaatti, kontrolli 1 kk.",
    doc: {
      systemUpdatedForAssessment: false,
      diagnoses: [{ icd10: "F90.0", name: "Aktiivisuuden ja tarkkaavuuden häiriö", primary: true }],
    },
  });

  // ── Eetu (7): all under 10 ──
  const eetu = b.outpatient({
    patient: "eetu",
    unit: "childrensHospital",
    startAt: c.monthsAgo(5, 10),
    professional: "LT Riitta Hakala",
    title: f.eetu.recentVisitTitle,
    text: "Astmaoireet lisääntyneet syksyn flunssien yhteydessä. Keuhkojen kuuntelulöydös normaali. Aloitetaan inhaloitava flutikasoni tilajatkeen kautta, avaava lääke tarvittaessa. Kontrolli 3 kk.",
  });
  b.document({
    patient: "eetu",
    visit: eetu.visitId,
    type: "DIAGNOSES",
    title: "Diagnoosi: lapsen astma",
    recordedAt: c.monthsAgo(5, 10, 30),
    diagnoses: [{ icd10: "J45.9", name: "Astma, määrittämätön", primary: true, permanent: true }],
  });
  b.outpatient({
    patient: "eetu",
    unit: "kalasatama",
    startAt: c.monthsAgo(13, 9),
    professional: SCHOOL_DR,
    title: "Välikorvatulehdus, lääkärin vastaanotto",
    text: "Kaksi vuorokautta kuumetta ja korvakipua. Vasen tärykalvo punoittava ja pullottava. Amoksisilliinikuuri 7 vrk.",
  });
  b.outpatient({
    patient: "eetu",
    unit: "neuvola",
    startAt: atTime(addMonths(b.birthday("eetu", 5), 1), 9),
    professional: NURSE,
    title: "Neuvolan 5-vuotistarkastus",
    text: "Lene-arvio ikätasoinen. Kasvu käyrillä. Perheen voimavarat hyvät.",
  });
  b.document({
    patient: "eetu",
    type: "VACCINATION",
    title: "Rokotukset: MPR-rokote",
    recordedAt: atTime(addMonths(b.birth("eetu"), 18), 10),
    author: NURSE,
    vaccinations: [
      {
        vaccine: "M-M-RVAXPRO injektiokuiva-aine ja liuotin",
        atcCode: "J07BD52",
        dose: 1,
        batch: "MPR-0519",
      },
    ],
  });
  b.document({
    patient: "eetu",
    type: "VACCINATION",
    title: "Rokotukset: lasten influenssarokote",
    recordedAt: c.monthsAgo(1, 13),
    author: NURSE,
    vaccinations: [
      { vaccine: "Fluenz nenäsumute, suspensio", atcCode: "J07BB03", dose: 1, batch: "LAIV-26" },
    ],
  });
}
