// Known ids and unique strings of the demo data, for the end-to-end and integration tests. Every
// title here is unique in the demo database, so a test can look for it on a page. Ids are fixed
// (the reserved range below 1000 of each kind, see lib/ids.ts).
import { demoId } from "../lib/ids";
import { CARE_UNITS, PHARMACIES } from "./care-units";

const rx = (n: number) => demoId("prescription", n);
const doc = (n: number) => demoId("healthDocument", n);
const visit = (n: number) => demoId("serviceEvent", n);
const soc = (n: number) => demoId("socialDocument", n);
const renewal = (n: number) => demoId("renewalRequest", n);

export const SEED_FACTS = {
  careUnits: CARE_UNITS,
  pharmacies: PHARMACIES,
  /** The version of the Kanta information that is "the latest" (C-2). */
  latestKantaInfoVersion: "2.0",

  prescriptions: {
    aino: {
      /** V-RX-5: nothing dispensed yet. */
      notDispensed: { id: rx(1), drugName: "Atorvastatin Orion" },
      /** Partly dispensed, valid, no renewal request: the e2e test sends one. */
      renewable: { id: rx(2), drugName: "Metformin Sandoz" },
      fullyDispensed: { id: rx(3), drugName: "Burana" },
      locked: {
        id: rx(4),
        drugName: "Thyroxin",
        lockedReason:
          "Apteekki on lukinnut reseptin: vahvuus ja annostusohje ovat ristiriidassa. Resepti odottaa lääkärin korjausta.",
      },
      cancelledCare: { id: rx(5), drugName: "Ramipril Actavis", reason: "CARE" },
      cancelledTechnical: { id: rx(6), drugName: "Omeprazol ratiopharm", reason: "TECHNICAL" },
      cancelledPatientRequest: { id: rx(7), drugName: "Sertralin Krka", reason: "PATIENT_REQUEST" },
      expired: { id: rx(8), drugName: "Cetirizin ratiopharm" },
      expiringSoon: { id: rx(9), drugName: "Ventoline Evohaler" },
      oneYearCns: { id: rx(10), drugName: "Zolpidem Orion" },
      /** Renewal request SENT 2 days ago: pending (pendingKey = prescription id). */
      pendingRenewal: { id: rx(11), drugName: "Amlodipin Accord" },
      /** Renewal request SENT 12 days ago, never handled: lapsed (V-RX-6, 8 days). */
      lapsedRenewal: { id: rx(12), drugName: "Symbicort Turbuhaler" },
      acceptedRenewal: { id: rx(13), drugName: "Losartan Krka" },
      /** The new prescription the accepted request produced (iteration 2, renewalOfId = acceptedRenewal). */
      renewedPrescription: { id: rx(14), drugName: "Losartan Krka" },
      rejectedRenewal: { id: rx(15), drugName: "Pantoprazol Actavis" },
      returnedRenewal: { id: rx(16), drugName: "Panadol Forte" },
      /** Prescribed 34 months ago: past the 2.5-year visibility (V-RX-5). */
      olderThanVisibility: { id: rx(17), drugName: "Doxitab" },
    },
    bengt: { renewable: { id: rx(30), drugName: "Enalapril Orion" } },
    eetu: { renewable: { id: rx(40), drugName: "Flixotide Evohaler" } },
    ella: {
      beforeTen: { id: rx(50), drugName: "Aerius" },
      assessedAllowed: { id: rx(51), drugName: "Burana" },
      notAssessed: { id: rx(52), drugName: "Epiduo" },
      assessedForbidden: { id: rx(53), drugName: "Melatonin Vitabalans" },
      systemNotUpdated: { id: rx(54), drugName: "Dalacin" },
    },
    oona: { forbidden: { id: rx(60), drugName: "Yasmin" } },
    niko: { systemNotUpdated: { id: rx(70), drugName: "Concerta" } },
    helmi: { renewable: { id: rx(80), drugName: "Marevan" } },
    toivo: { renewable: { id: rx(90), drugName: "Donepezil Krka" } },
    aune: { renewable: { id: rx(100), drugName: "Levaxin" } },
  },

  renewalRequests: {
    pending: renewal(1),
    lapsed: renewal(2),
    accepted: renewal(3),
    rejected: renewal(4),
    returned: renewal(5),
  },

  health: {
    aino: {
      /** Inside the last 12 months (default list). */
      recentVisitTitle: "Diabeteksen vuosikontrolli, lääkärin vastaanotto",
      /** Older than 12 months: found only with a date search (V-HEALTH-9). */
      oldVisitTitle: "Astman seurantakäynti, spirometria",
      inpatientVisitId: visit(20),
      /** Journal text of an inpatient episode: hidden (V-HEALTH-3). */
      inpatientHiddenTitle: "Osastohoidon päivittäiset merkinnät, keuhkokuume",
      inpatientHiddenSnippet: "CRP 186 mg/l, kuumeilu jatkuu",
      /** Shown from an inpatient episode. */
      inpatientSummaryTitle: "Loppulausunto: keuhkokuumeen osastohoito",
      inpatientMedicationTitle: "Lääkitys osastohoitojakson aikana ja kotiutuessa",
      /** V-HEALTH-1: two versions, only version 2 is shown. */
      versionedDoc: { groupId: doc(30), oldId: doc(30), latestId: doc(31) },
      versionedTitle: "Verenpaineen seurantakäynti, sairaanhoitaja",
      versionOldSnippet: "Verenpaine kotimittauksissa keskimäärin 182/104 mmHg",
      versionLatestSnippet: "Verenpaine kotimittauksissa keskimäärin 142/84 mmHg",
      /** V-HEALTH-1: the latest version is cancelled, nothing is shown. */
      cancelledTitle: "Fysioterapeutin vastaanotto, olkapää",
      /** V-HEALTH-2 */
      delayedTitle: "Mammografian jatkotutkimuksen tulokset",
      otherPersonTitle: "Puhelinkeskustelu omaisen kanssa, taustatiedot",
      /** V-HEALTH-4: not in journal form. */
      nonJournalFormTitle: "Vapaamuotoinen muistio laboratoriovastausten soitosta",
      /** V-HEALTH-9: held back until released. */
      heldBackTitle: "Laboratoriotulokset: kilpirauhaskokeet ja vasta-aineet",
      heldBackTestCode: "4842 S -TPOAb",
      labSeries: {
        testCode: "17937 B -HbA1c",
        testName: "Glykoitunut hemoglobiini A1c",
        unit: "mmol/mol",
        minValues: 8,
      },
      otherLabCodes: ["1468 fP -Gluk", "2143 P -Krea", "4516 fP -Kol-LDL"],
      riskTitle: "Riskitiedot: penisilliiniallergia",
      vaccinationTitle: "Rokotukset: kausi-influenssa",
      certificateTitle: "Lääkärinlausunto B, työkyvyn arvio",
      imagingTitle: "Kuvantaminen: keuhkojen röntgenkuva, kontrolli",
      diagnosisCodes: ["E11.9", "I10", "J45.9", "E78.0"],
      /** The visit a HEALTH prohibition targets (C-4). */
      prohibitedVisitId: visit(40),
      prohibitedVisitTitle: "Gynekologin vastaanotto, vuosikontrolli",
    },
    bengt: { recentVisitTitle: "Kontroll av blodtryck, läkarmottagning" },
    eetu: { recentVisitTitle: "Lasten astman seurantakäynti, lääkäri" },
    ella: {
      /** Stored 2015, age 2: hidden from guardians (V-HEALTH-5, 1 Aug 2016). */
      pre2016Title: "Neuvolan 2½-vuotistarkastus",
      /** Under 10: shown to guardians. */
      underTenTitle: "Allerginen nuha, lääkärin vastaanotto",
      /** 10-17, assessed, not forbidden: shown to guardians. */
      assessedAllowedTitle: "Nilkan nyrjähdys, päivystyskäynti",
      /** 10-17, not assessed: hidden from guardians. */
      notAssessedTitle: "Kouluterveydenhoitaja: toistuva päänsärky",
      /** 10-17, assessed, forbidden: hidden from guardians. */
      forbiddenTitle: "Nuorten terveysaseman vastaanotto, uniongelmat",
      /** 10-17, from a system not updated for the assessment: hidden from guardians. */
      systemNotUpdatedTitle: "Ihotautien poliklinikka, akne",
    },
    oona: {
      underTenTitle: "Kouluterveydenhoitaja: 2. luokan terveystarkastus",
      forbiddenTitle: "Ehkäisyneuvonta, nuorten terveysasema",
      forbiddenTitle2: "Nuorten terveysaseman vastaanotto, mieliala",
    },
    niko: {
      underTenTitle: "Kouluterveydenhoitaja: 2. luokan laaja terveystarkastus",
      systemNotUpdatedTitle: "Lastenneurologian poliklinikka, ADHD-arvio",
    },
    helmi: { recentVisitTitle: "Eteisvärinän seuranta, kardiologian poliklinikka" },
    toivo: { recentVisitTitle: "Muistisairauden seurantakäynti, geriatri" },
    aune: { recentVisitTitle: "Kontroll av sköldkörtelvärden, hälsostationen" },
  },

  social: {
    aino: {
      shown: {
        decision: "Päätös vammaispalvelulain mukaisesta kuljetuspalvelusta",
        serviceNeedAssessment: "Palvelutarpeen arviointi, aikuissosiaalityö",
        clientPlan: "Asiakassuunnitelma, sosiaalinen kuntoutus",
        implementationPlan: "Toteuttamissuunnitelma, kuntouttava ryhmätoiminta",
      },
      corrected: { groupId: soc(10), oldId: soc(10), latestId: soc(11) },
      correctedOldSnippet: "Tavoitteena on aloittaa kuntouttava työtoiminta viisi päivää viikossa",
      correctedLatestSnippet: "Tavoitteena on aloittaa kuntouttava ryhmätoiminta kaksi päivää viikossa",
      phase1Title: "Päätös ehkäisevästä toimeentulotuesta",
      cancelledTitle: "Päätös kuntouttavasta työtoiminnasta",
      specialContentTitle: "Palvelutarpeen arvioinnin täydennys",
      delayedTitle: "Päätös tuetusta asumisesta",
      /** V-SOC-3: never shown. */
      neverShown: {
        SHELTER_SERVICE: "Turvakotijakson asiakirja",
        DOMESTIC_VIOLENCE_PREVENTION: "Lähisuhdeväkivallan ehkäisevä työ, tapaamismuistio",
        ADOPTION_COUNSELLING: "Adoptioneuvonta, neuvontakäynti",
        PAYMENT_COMMITMENT: "Maksusitoumus: liikkumisen apuvälineet",
        CLIENT_RELATIONSHIP: "Asiakkuusasiakirja, aikuissosiaalityö",
      },
      /** V-SOC-4: not shown at first. */
      notYetShown: {
        CLIENT_JOURNAL: "Asiakaskertomus: tapaaminen sosiaalityöntekijän kanssa",
        JOINT_MATTER: "Yhteisen asian asiakirja: asumisen tuki",
      },
      serviceTasks: ["WORKING_AGE", "DISABILITY", "FAMILY_LAW"],
      contactPerson: {
        name: "Johanna Mäkelä",
        title: "sosiaalityöntekijä",
        phone: "09 310 00001",
        email: "johanna.makela@hel.example.fi",
      },
      /** The SOCIAL prohibition targets this service task (C-4). */
      prohibitedServiceTask: "DISABILITY",
    },
    eetu: {
      shownTitle: "Päätös lapsiperheiden kotipalvelusta",
      paternityTitle: "Isyyden selvittäminen ja vahvistaminen",
    },
    ella: {
      shownTitle: "Päätös perhetyöstä",
      childWelfarePlanTitle: "Lastensuojelun asiakassuunnitelma",
      /** V-SOC-5/6: restricted from guardians (Matti and Liisa alike). */
      restrictedTitle: "Asiakassuunnitelma: nuoren oma tukisuunnitelma",
      restrictedId: soc(60),
      custodyInvestigationTitle: "Selvitys lapsen huollosta ja tapaamisoikeudesta",
      custodyInvestigationId: soc(70),
      custodyAttachmentTitles: [
        "Liite: lastenvalvojan muistio vanhempien tapaamisesta",
        "Liite: koulun lausunto olosuhdeselvitykseen",
      ],
    },
    toivo: { shownTitle: "Päätös säännöllisestä kotihoidosta", contactTitle: "sosiaalityöntekijä" },
    helmi: { shownTitle: "Päätös ateriapalvelusta" },
    aune: { shownTitle: "Beslut om hemvård" },
  },

  willService: {
    ainoLivingWillSnippet: "En halua elämää pitkittäviä hoitoja",
    ainoOrganDonationInfo: "Haluan luovuttaa elimeni ja kudokseni kuolemani jälkeen.",
    ainoProhibitions: {
      healthVisit: demoId("prohibition", 1),
      healthServiceProvider: demoId("prohibition", 2),
      prescription: demoId("prohibition", 3),
      socialServiceTask: demoId("prohibition", 4),
      removed: demoId("prohibition", 5),
    },
    /** The organisation a HEALTH / SERVICE_PROVIDER prohibition targets (targetRef = organisation name). */
    prohibitedProvider: "Mehiläinen Oy",
    removedProhibitionProvider: "Terveystalo Oy",
  },

  ownData: {
    apps: {
      diary: { id: demoId("wellbeingApp", 1), name: "Terveyspäiväkirja" },
      steps: { id: demoId("wellbeingApp", 2), name: "Askelmittari Pro" },
      bloodPressure: { id: demoId("wellbeingApp", 3), name: "Verenpainemittari Connect" },
    },
    /** Aino's revoked app right. */
    revokedAppName: "Askelmittari Pro",
  },

  announcement: {
    id: demoId("announcement", 1),
    textFiStart: "Kanta-palveluissa on suunniteltu huoltokatko",
  },
} as const;

export type SeedFacts = typeof SEED_FACTS;
