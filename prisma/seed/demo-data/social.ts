// Social client data: relationships with their contact persons, and a document of every type
// (V-SOC-1..6). For the types that are shown, hidden variants too: phase 1, cancelled, an earlier
// version of a corrected document, special content, delayed display, restricted from guardians.
import type { ServiceTask } from "../../../src/generated/prisma/client";
import { addDays, atTime } from "../lib/dates";
import { persona, type PersonaKey } from "../personas";
import type { DemoBuilder, SocialDocInput } from "./builder";
import { SEED_FACTS } from "./facts";

const HKI = "Helsingin kaupunki, Sosiaali-, terveys- ja pelastustoimiala";
const PIRKANMAA = "Pirkanmaan hyvinvointialue, Ikäihmisten palvelut";
const OSTERBOTTEN = "Österbottens välfärdsområde, Äldreomsorg";

type Contact = { name: string; title: string; phone: string; email: string };

export function seedSocial(b: DemoBuilder): void {
  const c = b.clock;
  const f = SEED_FACTS.social;

  const relationship = (
    client: PersonaKey,
    serviceTask: ServiceTask,
    organisation: string,
    startDate: Date,
    contact?: Contact,
  ) => {
    const id = b.id("socialRelationship");
    b.rows.socialClientRelationship.push({
      id,
      clientId: persona(client).id,
      serviceTask,
      organisation,
      startDate,
      contactPersonName: contact?.name ?? null,
      contactPersonTitle: contact?.title ?? null,
      contactPersonPhone: contact?.phone ?? null,
      contactPersonEmail: contact?.email ?? null,
    });
    return (doc: Omit<SocialDocInput, "client" | "relationshipId" | "serviceTask" | "organisation">) =>
      b.socialDocument({ client, relationshipId: id, serviceTask, organisation, ...doc });
  };

  // ── Aino: working-age services and disability services ──
  const work = relationship("aino", "WORKING_AGE", HKI, c.date(-365 * 9), f.aino.contactPerson);
  const sw = f.aino.contactPerson.name;
  work({
    type: "SERVICE_NEED_ASSESSMENT",
    title: f.aino.shown.serviceNeedAssessment,
    author: sw,
    recordedAt: c.monthsAgo(30, 10),
    content:
      "Asiakas hakeutunut aikuissosiaalityöhön pitkittyneen sairausloman ja taloudellisten vaikeuksien vuoksi. Arvioitu tarve sosiaaliseen kuntoutukseen ja taloudelliseen neuvontaan. Asiakas motivoitunut.",
  });
  const planV1 = f.aino.corrected.oldId;
  work({
    id: planV1,
    type: "CLIENT_PLAN",
    title: f.aino.shown.clientPlan,
    author: sw,
    recordedAt: c.monthsAgo(28, 10),
    versionGroupId: f.aino.corrected.groupId,
    version: 1,
    isLatest: false,
    content: `${f.aino.correctedOldSnippet}. Seuranta kolmen kuukauden välein.`,
  });
  work({
    id: f.aino.corrected.latestId,
    type: "CLIENT_PLAN",
    title: f.aino.shown.clientPlan,
    author: sw,
    recordedAt: c.monthsAgo(28, 14),
    versionGroupId: f.aino.corrected.groupId,
    version: 2,
    content: `${f.aino.correctedLatestSnippet}. Seuranta kolmen kuukauden välein. Korjattu asiakkaan kanssa sovitun mukaiseksi.`,
  });
  work({
    type: "IMPLEMENTATION_PLAN",
    title: f.aino.shown.implementationPlan,
    author: "Sosiaaliohjaaja Mervi Toivonen",
    recordedAt: c.monthsAgo(27, 10),
    content:
      "Ryhmä kokoontuu tiistaisin ja torstaisin klo 9–13 Kalasatamassa. Tavoitteena päivärytmin vahvistaminen ja vertaistuki. Ohjaaja arvioi edistymistä kuukausittain.",
  });
  work({
    type: "DECISION",
    title: "Päätös täydentävästä toimeentulotuesta",
    author: sw,
    recordedAt: c.monthsAgo(8, 10),
    content:
      "Myönnetään täydentävää toimeentulotukea silmälasien hankintaan 280 euroa. Päätös on tehty sosiaalihuoltolain ja toimeentulotukilain perusteella. Muutoksenhaku: oikaisuvaatimus 30 päivän kuluessa.",
  });
  // Phase 1 (stored before the organisation joined Kanta in phase 2 format): never shown.
  work({
    type: "DECISION",
    phase: 1,
    title: f.aino.phase1Title,
    author: sw,
    recordedAt: c.monthsAgo(96, 10),
    content: "Myönnetään ehkäisevää toimeentulotukea vuokrarästin maksamiseen.",
  });
  work({
    type: "DECISION",
    cancelled: true,
    title: f.aino.cancelledTitle,
    author: sw,
    recordedAt: c.monthsAgo(26, 10),
    content:
      "Päätös kuntouttavasta työtoiminnasta. (Mitätöity: tehty virheellisesti, korvattu päätöksellä sosiaalisesta kuntoutuksesta.)",
  });
  work({
    type: "SERVICE_NEED_ASSESSMENT",
    specialContent: true,
    title: f.aino.specialContentTitle,
    author: sw,
    recordedAt: c.monthsAgo(20, 10),
    content: "Arvion täydennys, joka sisältää erityisen arkaluonteisia tietoja.",
  });
  work({
    type: "DECISION",
    delayedDisplayUntil: c.daysAhead(45, 6),
    title: f.aino.delayedTitle,
    author: sw,
    recordedAt: c.daysAgo(6, 11),
    content:
      "Myönnetään tuettua asumista palveluasumisyksikössä 1.1. alkaen. Päätös käydään läpi asiakkaan kanssa tapaamisessa ennen sen näyttämistä Omakannassa.",
  });
  work({
    type: "CLIENT_JOURNAL",
    title: f.aino.notYetShown.CLIENT_JOURNAL,
    author: sw,
    recordedAt: c.monthsAgo(4, 13),
    content:
      "Tapaaminen toimistolla. Käyty läpi kuntoutuksen eteneminen ja talouden tilanne. Asiakas kertoo voinnin kohentuneen.",
  });
  work({
    type: "JOINT_MATTER",
    title: f.aino.notYetShown.JOINT_MATTER,
    author: sw,
    recordedAt: c.monthsAgo(11, 10),
    content: "Yhteinen asia asumisen tuesta, jossa osallisina myös muut perheenjäsenet.",
  });
  work({
    type: "SHELTER_SERVICE",
    title: f.aino.neverShown.SHELTER_SERVICE,
    author: "Turvakodin ohjaaja",
    recordedAt: c.monthsAgo(60, 10),
    content: "Turvakotijakso 5 vuorokautta.",
  });
  work({
    type: "DOMESTIC_VIOLENCE_PREVENTION",
    title: f.aino.neverShown.DOMESTIC_VIOLENCE_PREVENTION,
    author: "Sosiaaliohjaaja",
    recordedAt: c.monthsAgo(58, 10),
    content: "Tapaaminen lähisuhdeväkivallan ehkäisevässä työssä.",
  });
  work({
    type: "CLIENT_RELATIONSHIP",
    title: f.aino.neverShown.CLIENT_RELATIONSHIP,
    author: sw,
    recordedAt: c.monthsAgo(108, 9),
    content: "Asiakkuus alkanut aikuissosiaalityössä.",
  });

  const disability = relationship("aino", "DISABILITY", HKI, c.date(-365 * 2), {
    name: "Tero Kallio",
    title: "sosiaalityöntekijä",
    phone: "09 310 00002",
    email: "tero.kallio@hel.example.fi",
  });
  disability({
    type: "SERVICE_NEED_ASSESSMENT",
    title: "Vammaispalvelujen palvelutarpeen arviointi",
    author: "Tero Kallio",
    recordedAt: c.monthsAgo(23, 10),
    content:
      "Asiakkaalla polvien nivelrikosta johtuva liikkumisen vaikeus. Julkisen liikenteen käyttö ei onnistu ilman kohtuuttomia vaikeuksia. Arvioidaan oikeus kuljetuspalveluun.",
  });
  disability({
    type: "DECISION",
    title: f.aino.shown.decision,
    author: "Tero Kallio",
    recordedAt: c.monthsAgo(22, 10),
    content:
      "Myönnetään vammaispalvelulain mukainen kuljetuspalvelu 18 yhdensuuntaista matkaa kuukaudessa asiointiin ja vapaa-ajan toimintaan. Omavastuu julkisen liikenteen maksun suuruinen.",
  });
  disability({
    type: "CLIENT_PLAN",
    title: "Palvelusuunnitelma, vammaispalvelut",
    author: "Tero Kallio",
    recordedAt: c.monthsAgo(22, 13),
    content:
      "Palvelusuunnitelma laadittu yhdessä asiakkaan kanssa. Tavoitteena itsenäisen asioinnin tukeminen. Suunnitelma tarkistetaan vuoden kuluttua.",
  });
  disability({
    type: "PAYMENT_COMMITMENT",
    title: f.aino.neverShown.PAYMENT_COMMITMENT,
    author: "Tero Kallio",
    recordedAt: c.monthsAgo(21, 10),
    content: "Maksusitoumus rollaattorin ja suihkutuolin hankintaan.",
  });

  const familyLaw = relationship("aino", "FAMILY_LAW", HKI, c.date(-365 * 12));
  familyLaw({
    type: "ADOPTION_COUNSELLING",
    title: f.aino.neverShown.ADOPTION_COUNSELLING,
    author: "Adoptioneuvoja",
    recordedAt: c.monthsAgo(140, 10),
    content: "Adoptioneuvonnan ensimmäinen tapaaminen.",
  });

  // ── Eetu ──
  const familyServices: Contact = {
    name: "Heidi Saarinen",
    title: "sosiaalityöntekijä",
    phone: "09 310 00003",
    email: "heidi.saarinen@hel.example.fi",
  };
  const childWelfare: Contact = {
    name: "Kaisa Lindholm",
    title: "sosiaalityöntekijä",
    phone: "09 310 00004",
    email: "kaisa.lindholm@hel.example.fi",
  };
  const eetuFamily = relationship("eetu", "FAMILIES_WITH_CHILDREN", HKI, c.date(-400), familyServices);
  eetuFamily({
    type: "SERVICE_NEED_ASSESSMENT",
    title: "Palvelutarpeen arviointi, lapsiperheiden palvelut",
    author: familyServices.name,
    recordedAt: c.monthsAgo(13, 10),
    content:
      "Perhe pyytänyt tukea arjen sujumiseen vanhempien vuorotyön vuoksi. Arvioitu tarve lapsiperheiden kotipalveluun.",
  });
  eetuFamily({
    type: "DECISION",
    title: f.eetu.shownTitle,
    author: familyServices.name,
    recordedAt: c.monthsAgo(12, 10),
    content:
      "Myönnetään lapsiperheiden kotipalvelua 6 tuntia viikossa ajalle, jonka asiakassuunnitelma määrää.",
  });
  const eetuChild = relationship("eetu", "CHILD_WELFARE", HKI, c.date(-300), childWelfare);
  eetuChild({
    type: "CLIENT_PLAN",
    title: "Lastensuojelun asiakassuunnitelma, avohuolto",
    author: childWelfare.name,
    recordedAt: c.monthsAgo(9, 10),
    content:
      "Avohuollon tukitoimena perhetyö kerran viikossa. Tavoitteena vanhempien jaksamisen tukeminen ja lapsen arjen turvaaminen.",
  });
  eetuChild({
    type: "CLIENT_JOURNAL",
    title: "Asiakaskertomus: kotikäynti perheessä",
    author: childWelfare.name,
    recordedAt: c.monthsAgo(7, 14),
    content: "Kotikäynti. Eetu leikki käynnin ajan, vuorovaikutus vanhempien kanssa lämmintä.",
  });
  const eetuLaw = relationship("eetu", "FAMILY_LAW", HKI, c.date(-365 * 7));
  eetuLaw({
    type: "PATERNITY_INVESTIGATION",
    title: f.eetu.paternityTitle,
    author: "Lastenvalvoja",
    recordedAt: atTime(addDays(b.birth("eetu"), 20), 10),
    content:
      "Isyyden selvittäminen aloitettu äidin ja isän yhteisestä pyynnöstä. Isyys vahvistettu tunnustamisen perusteella.",
  });

  // ── Ella: one document restricted from guardians, a custody investigation with attachments ──
  const ellaFamily = relationship("ella", "FAMILIES_WITH_CHILDREN", HKI, c.date(-400), familyServices);
  ellaFamily({
    type: "DECISION",
    title: f.ella.shownTitle,
    author: familyServices.name,
    recordedAt: c.monthsAgo(12, 11),
    content: "Myönnetään perhetyötä kerran viikossa kuuden kuukauden ajan.",
  });
  const ellaChild = relationship("ella", "CHILD_WELFARE", HKI, c.date(-300), childWelfare);
  ellaChild({
    type: "CLIENT_PLAN",
    title: f.ella.childWelfarePlanTitle,
    author: childWelfare.name,
    recordedAt: c.monthsAgo(9, 11),
    content: "Avohuollon tukitoimena tukihenkilö kahdesti kuukaudessa. Tavoitteena koulunkäynnin tukeminen.",
  });
  ellaChild({
    id: f.ella.restrictedId,
    type: "CLIENT_PLAN",
    title: f.ella.restrictedTitle,
    restrictedFromGuardians: true,
    author: childWelfare.name,
    recordedAt: c.monthsAgo(3, 11),
    content:
      "Nuoren oma tukisuunnitelma, laadittu nuoren kanssa kahden kesken. Nuori ei halua huoltajien näkevän suunnitelmaa; työntekijä on arvioinut rajoituksen perustelluksi.",
  });
  const ellaLaw = relationship("ella", "FAMILY_LAW", HKI, c.date(-365 * 3));
  const custody = ellaLaw({
    id: f.ella.custodyInvestigationId,
    type: "CUSTODY_INVESTIGATION",
    title: f.ella.custodyInvestigationTitle,
    author: "Lastenvalvoja",
    recordedAt: c.monthsAgo(30, 10),
    content:
      "Käräjäoikeuden pyytämä selvitys lapsen huollosta ja tapaamisoikeudesta. Suositus: yhteishuolto jatkuu, lapsen asuminen vuoroviikoin.",
  });
  for (const title of f.ella.custodyAttachmentTitles) {
    ellaLaw({
      type: "CUSTODY_INVESTIGATION",
      title,
      isAttachmentOfId: custody,
      author: "Lastenvalvoja",
      recordedAt: c.monthsAgo(30, 11),
      content: `${title}.`,
    });
  }

  // ── Toivo (Mikko sees: mandate covers social), Helmi (Mikko does not), Aune (Swedish, expired mandate) ──
  const elderly: Contact = {
    name: "Päivi Laine",
    title: "sosiaalityöntekijä",
    phone: "03 565 00005",
    email: "paivi.laine@pirha.example.fi",
  };
  const toivo = relationship("toivo", "ELDERLY", PIRKANMAA, c.date(-365 * 2), elderly);
  toivo({
    type: "SERVICE_NEED_ASSESSMENT",
    title: "Palvelutarpeen arviointi, ikäihmisten palvelut",
    author: elderly.name,
    recordedAt: c.monthsAgo(19, 10),
    content:
      "RAI-arviointi tehty kotikäynnillä. MAPLe 4. Asiakas tarvitsee apua lääkehoidossa, ruokailussa ja peseytymisessä. Puoliso Helmi osallistuu hoitoon.",
  });
  toivo({
    type: "DECISION",
    title: f.toivo.shownTitle,
    author: elderly.name,
    recordedAt: c.monthsAgo(18, 10),
    content:
      "Myönnetään säännöllinen kotihoito kaksi käyntiä vuorokaudessa. Asiakasmaksu määräytyy tulojen mukaan. Muutoksenhaku: oikaisuvaatimus 30 päivän kuluessa.",
  });
  toivo({
    type: "CLIENT_PLAN",
    title: "Asiakassuunnitelma, kotihoito",
    author: elderly.name,
    recordedAt: c.monthsAgo(18, 13),
    content:
      "Tavoitteena kotona asumisen tukeminen mahdollisimman pitkään. Kotihoito huolehtii lääkkeistä ja aamutoimista. Omaishoitajan jaksamista seurataan.",
  });
  toivo({
    type: "IMPLEMENTATION_PLAN",
    title: "Toteuttamissuunnitelma, kotihoito",
    author: "Lähihoitaja Jenni Aho",
    recordedAt: c.monthsAgo(17, 10),
    content:
      "Aamukäynti klo 8–9: lääkkeet, aamupala, peseytymisessä avustaminen. Iltakäynti klo 19–20: iltalääkkeet ja iltatoimet.",
  });
  const helmi = relationship("helmi", "ELDERLY", PIRKANMAA, c.date(-365), elderly);
  helmi({
    type: "DECISION",
    title: f.helmi.shownTitle,
    author: elderly.name,
    recordedAt: c.monthsAgo(10, 10),
    content: "Myönnetään ateriapalvelu: lämmin ateria kotiin kuljetettuna arkipäivisin.",
  });
  const aune = relationship("aune", "ELDERLY", OSTERBOTTEN, c.date(-365 * 2), {
    name: "Annika Holmström",
    title: "socialarbetare",
    phone: "06 218 00006",
    email: "annika.holmstrom@ovph.example.fi",
  });
  aune({
    type: "SERVICE_NEED_ASSESSMENT",
    title: "Bedömning av servicebehov, äldreomsorg",
    author: "Annika Holmström",
    recordedAt: c.monthsAgo(14, 10),
    content:
      "Bedömning gjord vid hembesök. Klienten klarar sig själv men behöver hjälp med städning och inköp efter handledsfrakturen.",
  });
  aune({
    type: "DECISION",
    title: f.aune.shownTitle,
    author: "Annika Holmström",
    recordedAt: c.monthsAgo(13, 10),
    content:
      "Klienten beviljas hemvård ett besök per vecka samt trygghetstelefon. Beslutet kan överklagas genom begäran om omprövning inom 30 dagar.",
  });

  // Disclosure log (C-6).
  const aino = persona("aino").id;
  b.rows.socialDisclosure.push(
    {
      id: b.id("socialDisclosure"),
      clientId: aino,
      recipient: "Vantaan ja Keravan hyvinvointialue, Aikuissosiaalityö",
      disclosedAt: c.monthsAgo(7, 10),
      what: "Asiakassuunnitelma ja palvelutarpeen arviointi",
      basis: "Asiakkaan antama luovutuslupa",
    },
    {
      id: b.id("socialDisclosure"),
      clientId: aino,
      recipient: "Kansaneläkelaitos (Kela)",
      disclosedAt: c.monthsAgo(8, 12),
      what: "Päätös täydentävästä toimeentulotuesta",
      basis: "Laki (toimeentulotukilaki)",
    },
  );
}
