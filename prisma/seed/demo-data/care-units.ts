// Care units of the demo, with synthetic OIDs under 1.2.246.10.9 (the real Finnish organisations'
// OIDs live under 1.2.246.10; the 9 branch keeps these from colliding with any real one).
import { demoId } from "../lib/ids";

type UnitDef = {
  n: number;
  organisation: string;
  name: string;
  municipality: string;
  acceptsRenewals?: boolean;
};

const UNIT_DEFS = {
  kalasatama: {
    n: 1,
    organisation: "Helsingin kaupunki",
    name: "Helsingin kaupunki, Kalasataman terveysasema",
    municipality: "Helsinki",
  },
  meilahti: {
    n: 2,
    organisation: "HUS-yhtymä",
    name: "HUS Meilahden sairaala, Sisätautien osasto",
    municipality: "Helsinki",
    acceptsRenewals: false,
  },
  jorvi: {
    n: 3,
    organisation: "HUS-yhtymä",
    name: "HUS Jorvin sairaala, Kirurgian vuodeosasto",
    municipality: "Espoo",
    acceptsRenewals: false,
  },
  husImaging: {
    n: 4,
    organisation: "HUS-yhtymä",
    name: "HUS Diagnostiikkakeskus, Kuvantaminen Meilahti",
    municipality: "Helsinki",
    acceptsRenewals: false,
  },
  vasa: {
    n: 5,
    organisation: "Österbottens välfärdsområde",
    name: "Vasa centralsjukhus, Medicinska polikliniken",
    municipality: "Vaasa",
  },
  vasaHc: {
    n: 6,
    organisation: "Österbottens välfärdsområde",
    name: "Vasa hälsostation, Centrum",
    municipality: "Vaasa",
  },
  kamppi: { n: 7, organisation: "Terveystalo Oy", name: "Terveystalo Kamppi", municipality: "Helsinki" },
  oulu: { n: 8, organisation: "Mehiläinen Oy", name: "Mehiläinen Oulu", municipality: "Oulu" },
  tays: {
    n: 9,
    organisation: "Pirkanmaan hyvinvointialue",
    name: "Tays Keskussairaala, Sydänkeskuksen poliklinikka",
    municipality: "Tampere",
  },
  hervanta: {
    n: 10,
    organisation: "Pirkanmaan hyvinvointialue",
    name: "Pirkanmaan hyvinvointialue, Hervannan sosiaali- ja terveyskeskus",
    municipality: "Tampere",
  },
  schoolHealth: {
    n: 11,
    organisation: "Helsingin kaupunki",
    name: "Helsingin kaupunki, Koulu- ja opiskeluterveydenhuolto, Kalasatama",
    municipality: "Helsinki",
  },
  neuvola: {
    n: 12,
    organisation: "Helsingin kaupunki",
    name: "Helsingin kaupunki, Kalasataman lastenneuvola",
    municipality: "Helsinki",
  },
  childrensHospital: {
    n: 13,
    organisation: "HUS-yhtymä",
    name: "HUS Uusi lastensairaala, Lasten ja nuorten poliklinikka",
    municipality: "Helsinki",
  },
  youthStation: {
    n: 14,
    organisation: "Helsingin kaupunki",
    name: "Helsingin kaupunki, Nuorten terveysasema",
    municipality: "Helsinki",
  },
} as const satisfies Record<string, UnitDef>;

export type UnitKey = keyof typeof UNIT_DEFS;

export type CareUnitFact = {
  id: string;
  oid: string;
  name: string;
  organisation: string;
  municipality: string;
  acceptsRenewals: boolean;
};

export const CARE_UNITS = Object.fromEntries(
  Object.entries(UNIT_DEFS).map(([key, def]) => {
    const d = def as UnitDef;
    return [
      key,
      {
        id: demoId("careUnit", d.n),
        oid: `1.2.246.10.9${String(d.n).padStart(5, "0")}.10.${d.n}`,
        name: d.name,
        organisation: d.organisation,
        municipality: d.municipality,
        acceptsRenewals: d.acceptsRenewals ?? true,
      },
    ];
  }),
) as Record<UnitKey, CareUnitFact>;

export const PHARMACIES = {
  kamppi: "Yliopiston Apteekki Kamppi",
  kalasatama: "Kalasataman apteekki",
  hertta: "Herttoniemen apteekki",
  oulu: "Oulun Keskusta-apteekki",
  vasa: "Vasa Centrumapotek",
  tampere: "Tampereen Hervannan apteekki",
} as const;
