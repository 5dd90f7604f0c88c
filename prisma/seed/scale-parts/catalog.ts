// Vocabulary for the synthetic population: common Finnish and Finland-Swedish names, a drug
// catalogue with ATC codes, visit reasons with ICD-10 codes and lab panels.

export const FEMALE_NAMES = ["Anna", "Maria", "Helena", "Johanna", "Kaarina", "Marjatta", "Liisa", "Elina", "Sofia", "Emilia", "Aino", "Hanna", "Katariina", "Tuula", "Anneli", "Sari", "Minna", "Laura", "Eeva", "Pirjo", "Kristiina", "Riitta", "Päivi", "Leena", "Satu", "Veera", "Ella", "Olivia", "Helmi", "Saara"] as const;
export const MALE_NAMES = ["Juhani", "Olavi", "Antero", "Tapani", "Johannes", "Mikael", "Matti", "Kalevi", "Ilmari", "Mikko", "Timo", "Jari", "Pekka", "Kari", "Jukka", "Antti", "Markku", "Ville", "Juho", "Eino", "Väinö", "Oliver", "Leo", "Eetu", "Onni", "Elias", "Lauri", "Tuomas", "Sami", "Heikki"] as const;
export const SV_FEMALE_NAMES = ["Ulla", "Kristina", "Ingrid", "Linnea", "Ebba", "Karin", "Annika", "Elsa"] as const;
export const SV_MALE_NAMES = ["Erik", "Johan", "Anders", "Lars", "Henrik", "Nils", "Gustav", "Mats"] as const;
export const LAST_NAMES = ["Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi", "Heikkilä", "Kinnunen", "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen", "Rantanen", "Karjalainen", "Jokinen", "Mattila", "Savolainen", "Lahtinen", "Ahonen"] as const;
export const SV_LAST_NAMES = ["Lindqvist", "Nyström", "Holmberg", "Sundström", "Björklund", "Lindholm", "Karlsson", "Eriksson"] as const;
export const MUNICIPALITIES = ["Helsinki", "Espoo", "Tampere", "Vantaa", "Oulu", "Turku", "Jyväskylä", "Kuopio", "Lahti", "Pori", "Joensuu", "Lappeenranta", "Hämeenlinna", "Vaasa", "Seinäjoki", "Rovaniemi"] as const;
export const SV_MUNICIPALITIES = ["Vaasa", "Porvoo", "Raasepori", "Pietarsaari", "Kokkola", "Närpiö"] as const;

export const ORGANISATIONS = [
  "Helsingin kaupunki", "HUS-yhtymä", "Pirkanmaan hyvinvointialue", "Pohjois-Pohjanmaan hyvinvointialue", "Varsinais-Suomen hyvinvointialue",
  "Keski-Suomen hyvinvointialue", "Pohjois-Savon hyvinvointialue", "Österbottens välfärdsområde", "Terveystalo Oy", "Mehiläinen Oy",
] as const;

export const UNIT_KINDS = ["terveysasema", "päivystys", "sisätautien poliklinikka", "kirurgian poliklinikka", "lastentautien poliklinikka", "työterveysasema"] as const;

export const PHARMACY_NAMES = [
  "Yliopiston Apteekki Kamppi", "Kalasataman apteekki", "Tampereen Keskustorin apteekki", "Oulun Keskusta-apteekki", "Turun Kauppatorin apteekki",
  "Jyväskylän Kirkkopuiston apteekki", "Kuopion Tori-apteekki", "Vasa Centrumapotek", "Espoon Leppävaaran apteekki", "Lahden Asema-apteekki",
] as const;

export type Drug = { name: string; strength: string; form: string; atc: string; pkg: string; dosage: string; reason: string; oneYear?: boolean };

export const DRUGS: readonly Drug[] = [
  { name: "Metformin Sandoz", strength: "500 mg", form: "tabletti, kalvopäällysteinen", atc: "A10BA02", pkg: "100 tabl", dosage: "1 tabletti 2 kertaa päivässä aterian yhteydessä", reason: "Diabeteksen hoitoon" },
  { name: "Atorvastatin Orion", strength: "20 mg", form: "tabletti, kalvopäällysteinen", atc: "C10AA05", pkg: "100 tabl", dosage: "1 tabletti kerran päivässä illalla", reason: "Kolesterolin alentamiseen" },
  { name: "Simvastatin Actavis", strength: "40 mg", form: "tabletti, kalvopäällysteinen", atc: "C10AA01", pkg: "100 tabl", dosage: "1 tabletti illalla", reason: "Kolesterolin alentamiseen" },
  { name: "Amlodipin Accord", strength: "5 mg", form: "tabletti", atc: "C08CA01", pkg: "100 tabl", dosage: "1 tabletti kerran päivässä", reason: "Verenpaineen hoitoon" },
  { name: "Losartan Krka", strength: "50 mg", form: "tabletti, kalvopäällysteinen", atc: "C09CA01", pkg: "98 tabl", dosage: "1 tabletti kerran päivässä", reason: "Verenpaineen hoitoon" },
  { name: "Bisoprolol Orion", strength: "5 mg", form: "tabletti", atc: "C07AB07", pkg: "100 tabl", dosage: "1 tabletti aamulla", reason: "Sydämen rytmihäiriöön" },
  { name: "Thyroxin", strength: "100 mikrog", form: "tabletti", atc: "H03AA01", pkg: "100 tabl", dosage: "1 tabletti aamulla tyhjään mahaan", reason: "Kilpirauhasen vajaatoimintaan" },
  { name: "Pantoprazol Actavis", strength: "40 mg", form: "enterotabletti", atc: "A02BC02", pkg: "56 tabl", dosage: "1 tabletti aamulla ennen ruokailua", reason: "Närästykseen" },
  { name: "Burana", strength: "600 mg", form: "tabletti, kalvopäällysteinen", atc: "M01AE01", pkg: "30 tabl", dosage: "1 tabletti tarvittaessa enintään 3 kertaa päivässä", reason: "Kipuun" },
  { name: "Panadol Forte", strength: "1 g", form: "tabletti, kalvopäällysteinen", atc: "N02BE01", pkg: "100 tabl", dosage: "1 tabletti tarvittaessa enintään 3 kertaa vuorokaudessa", reason: "Kipuun" },
  { name: "Ventoline Evohaler", strength: "0,1 mg/annos", form: "inhalaatiosumute, suspensio", atc: "R03AC02", pkg: "200 annosta", dosage: "1–2 inhalaatiota tarvittaessa", reason: "Astman kohtausoireisiin" },
  { name: "Symbicort Turbuhaler", strength: "160/4,5 mikrog/annos", form: "inhalaatiojauhe", atc: "R03AK07", pkg: "120 annosta", dosage: "1–2 inhalaatiota 2 kertaa päivässä", reason: "Astman hoitoon" },
  { name: "Cetirizin ratiopharm", strength: "10 mg", form: "tabletti, kalvopäällysteinen", atc: "R06AE07", pkg: "100 tabl", dosage: "1 tabletti kerran päivässä", reason: "Allergiseen nuhaan" },
  { name: "Sertralin Krka", strength: "50 mg", form: "tabletti, kalvopäällysteinen", atc: "N06AB06", pkg: "98 tabl", dosage: "1 tabletti aamulla", reason: "Masennuksen hoitoon" },
  { name: "Marevan", strength: "3 mg", form: "tabletti", atc: "B01AA03", pkg: "100 tabl", dosage: "INR-arvon mukaan", reason: "Veritulppien ehkäisyyn" },
  { name: "Amoxin", strength: "500 mg", form: "tabletti", atc: "J01CA04", pkg: "30 tabl", dosage: "1 tabletti 3 kertaa päivässä 7 vrk", reason: "Infektion hoitoon" },
  { name: "Zolpidem Orion", strength: "10 mg", form: "tabletti, kalvopäällysteinen", atc: "N05CF02", pkg: "30 tabl", dosage: "1 tabletti illalla tarvittaessa", reason: "Univaikeuksiin", oneYear: true },
  { name: "Opamox", strength: "15 mg", form: "tabletti", atc: "N05BA04", pkg: "30 tabl", dosage: "1 tabletti tarvittaessa enintään 2 kertaa päivässä", reason: "Ahdistukseen", oneYear: true },
  { name: "Furesis", strength: "40 mg", form: "tabletti", atc: "C03CA01", pkg: "100 tabl", dosage: "1 tabletti aamulla", reason: "Turvotuksiin" },
  { name: "Donepezil Krka", strength: "10 mg", form: "tabletti, kalvopäällysteinen", atc: "N06DA02", pkg: "98 tabl", dosage: "1 tabletti illalla", reason: "Muistisairauden hoitoon" },
];

export type VisitReason = { title: string; text: string; icd10: string; dx: string; labs?: "diabetes" | "lipids" | "basic" | "thyroid" };

export const VISIT_REASONS: readonly VisitReason[] = [
  { title: "Verenpaineen seurantakäynti", text: "Verenpaine kotimittauksissa tavoitetasolla. Jatketaan nykyistä lääkitystä.", icd10: "I10", dx: "Verenpainetauti", labs: "basic" },
  { title: "Diabeteksen seurantakäynti", text: "Hoitotasapaino kohtalainen. Ravitsemusohjaus, kontrolli 6 kk.", icd10: "E11.9", dx: "Tyypin 2 diabetes", labs: "diabetes" },
  { title: "Flunssa, lääkärin vastaanotto", text: "Kolme päivää nuhaa ja kurkkukipua. Virusinfektio, oireenmukainen hoito.", icd10: "J06.9", dx: "Akuutti ylähengitystieinfektio" },
  { title: "Alaselkäkipu, lääkärin vastaanotto", text: "Mekaaninen alaselkäkipu ilman hermojuurioireita. Liikkumisohjeet, kipulääke tarvittaessa.", icd10: "M54.5", dx: "Alaselkäkipu" },
  { title: "Kolesterolin seuranta", text: "Lipidiarvot lähes tavoitteessa. Jatketaan statiinia.", icd10: "E78.0", dx: "Puhdas hyperkolesterolemia", labs: "lipids" },
  { title: "Astman vuosikontrolli", text: "Astma hyvässä hoitotasapainossa. Inhalaatiotekniikka tarkistettu.", icd10: "J45.9", dx: "Astma" },
  { title: "Kilpirauhasarvojen seuranta", text: "TSH viitealueella. Tyroksiiniannos ennallaan.", icd10: "E03.9", dx: "Kilpirauhasen vajaatoiminta", labs: "thyroid" },
  { title: "Virtsatieinfektio, hoitajan vastaanotto", text: "Tihentynyt virtsaamistarve ja kirvely. Lyhyt antibioottikuuri.", icd10: "N39.0", dx: "Virtsatieinfektio" },
  { title: "Terveystarkastus", text: "Määräaikainen terveystarkastus. Ei uusia oireita. Elintapaohjaus.", icd10: "Z00.0", dx: "Yleinen terveystarkastus", labs: "basic" },
  { title: "Mieliala, lääkärin vastaanotto", text: "Lievä masennusjakso. Keskusteluapu ja seuranta 4 viikon kuluttua.", icd10: "F32.0", dx: "Lievä masennustila" },
];

export const CHILD_VISIT_REASONS: readonly VisitReason[] = [
  { title: "Välikorvatulehdus, lasten lääkärin vastaanotto", text: "Korvakipua ja kuumetta. Tärykalvo punoittava. Antibioottikuuri.", icd10: "H66.9", dx: "Välikorvatulehdus" },
  { title: "Neuvolan määräaikaistarkastus", text: "Kasvu ja kehitys ikätasoiset. Rokotukset ohjelman mukaisesti.", icd10: "Z00.1", dx: "Lapsen terveystarkastus" },
  { title: "Kouluterveydenhoitajan vastaanotto", text: "Koulunkäynti sujuu. Pituus ja paino kasvukäyrillä.", icd10: "Z00.1", dx: "Lapsen terveystarkastus" },
  { title: "Allerginen nuha, lääkärin vastaanotto", text: "Keväisin nuhaa ja silmäoireita. Antihistamiini siitepölykaudeksi.", icd10: "J30.1", dx: "Siitepölyn aiheuttama allerginen nuha" },
];

type LabDef = { code: string; name: string; unit: string; low: number | null; high: number | null; mean: number; spread: number; decimals: number };

export const LAB_PANELS: Record<"diabetes" | "lipids" | "basic" | "thyroid", readonly LabDef[]> = {
  diabetes: [
    { code: "17937 B -HbA1c", name: "Glykoitunut hemoglobiini A1c", unit: "mmol/mol", low: 20, high: 42, mean: 50, spread: 10, decimals: 0 },
    { code: "1468 fP -Gluk", name: "Glukoosi, paastoplasma", unit: "mmol/l", low: 4, high: 6, mean: 7, spread: 1.5, decimals: 1 },
    { code: "2143 P -Krea", name: "Kreatiniini", unit: "µmol/l", low: 50, high: 90, mean: 75, spread: 18, decimals: 0 },
    { code: "4516 fP -Kol-LDL", name: "LDL-kolesteroli, paastoplasma", unit: "mmol/l", low: null, high: 3, mean: 2.8, spread: 0.9, decimals: 1 },
  ],
  lipids: [
    { code: "2474 fP -Kol", name: "Kolesteroli, paastoplasma", unit: "mmol/l", low: null, high: 5, mean: 5.2, spread: 1, decimals: 1 },
    { code: "4516 fP -Kol-LDL", name: "LDL-kolesteroli, paastoplasma", unit: "mmol/l", low: null, high: 3, mean: 3.1, spread: 0.9, decimals: 1 },
    { code: "4515 fP -Kol-HDL", name: "HDL-kolesteroli, paastoplasma", unit: "mmol/l", low: 1, high: null, mean: 1.4, spread: 0.4, decimals: 1 },
    { code: "4568 fP -Trigly", name: "Triglyseridit, paastoplasma", unit: "mmol/l", low: null, high: 1.7, mean: 1.4, spread: 0.6, decimals: 1 },
  ],
  basic: [
    { code: "1552 B -Hb", name: "Hemoglobiini", unit: "g/l", low: 117, high: 167, mean: 140, spread: 15, decimals: 0 },
    { code: "2143 P -Krea", name: "Kreatiniini", unit: "µmol/l", low: 50, high: 100, mean: 78, spread: 18, decimals: 0 },
    { code: "3021 P -K", name: "Kalium", unit: "mmol/l", low: 3.4, high: 4.7, mean: 4.1, spread: 0.5, decimals: 1 },
    { code: "1999 P -Na", name: "Natrium", unit: "mmol/l", low: 137, high: 145, mean: 140, spread: 3, decimals: 0 },
  ],
  thyroid: [
    { code: "2288 S -TSH", name: "Tyreotropiini", unit: "mU/l", low: 0.5, high: 3.6, mean: 2.2, spread: 1.4, decimals: 2 },
    { code: "3652 S -T4-V", name: "Tyroksiini, vapaa", unit: "pmol/l", low: 9, high: 19, mean: 14, spread: 3, decimals: 1 },
    { code: "4842 S -TPOAb", name: "Tyreoperoksidaasin vasta-aineet", unit: "kU/l", low: null, high: 34, mean: 25, spread: 20, decimals: 0 },
    { code: "1552 B -Hb", name: "Hemoglobiini", unit: "g/l", low: 117, high: 167, mean: 140, spread: 15, decimals: 0 },
  ],
};

export const PROFESSIONALS = ["LL Anna Koivisto", "LL Mikko Heinonen", "LT Satu Rantanen", "LL Jukka Salonen", "Sh Tiina Jokinen", "Th Marja Laitinen", "LL Elina Turunen", "LT Pekka Ahonen"] as const;
