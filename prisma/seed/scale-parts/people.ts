// The synthetic population of the scale generator: valid synthetic henkilötunnus (individual
// numbers 900-999, odd for men and even for women as in the real scheme), unique, deterministic.
import { makeHetu } from "../../../src/domain/hetu";
import { addDays, isoDate, ymd } from "../lib/dates";
import { seedId } from "../lib/ids";
import type { Prng } from "../lib/prng";
import {
  FEMALE_NAMES,
  LAST_NAMES,
  MALE_NAMES,
  MUNICIPALITIES,
  SV_FEMALE_NAMES,
  SV_LAST_NAMES,
  SV_MALE_NAMES,
  SV_MUNICIPALITIES,
} from "./catalog";

export type ScalePerson = {
  key?: string;
  id: string;
  hetu: string;
  firstNames: string;
  lastName: string;
  birthDate: Date;
  language: "fi" | "sv";
  female: boolean;
  municipality: string;
  shows?: string;
};

type HeavyDef = {
  key: string;
  firstNames: string;
  lastName: string;
  birthDate: string;
  individual: number;
  language?: "fi" | "sv";
  shows: string;
};

const PRINCIPALS: readonly [string, string, string, number][] = [
  ["Aili Helena", "Mustonen", "1932-04-11", 906],
  ["Eino Johannes", "Mustonen", "1931-08-29", 917],
  ["Saima Kyllikki", "Rautiainen", "1936-01-05", 928],
  ["Veikko Ilmari", "Hakala", "1934-11-12", 939],
  ["Martta Annikki", "Kettunen", "1938-06-30", 948],
  ["Toini Elisabet", "Lindroos", "1940-02-17", 962],
  ["Reino Kalervo", "Peltonen", "1937-09-21", 971],
  ["Lahja Maria", "Vesterinen", "1942-12-02", 984],
  ["Arvo Olavi", "Kokkonen", "1935-03-08", 993],
  ["Ester Sofia", "Grönlund", "1944-07-14", 996],
];

export const HEAVY_DEFS: readonly HeavyDef[] = [
  {
    key: "heavyAdult",
    firstNames: "Raimo Kalevi",
    lastName: "Pitkänen",
    birthDate: "1952-10-17",
    individual: 931,
    shows: "Scale: adult with 500 prescriptions and 2 000 health documents over 20 years.",
  },
  {
    key: "heavyGuardian",
    firstNames: "Johanna Elina",
    lastName: "Suominen",
    birthDate: "1983-05-27",
    individual: 944,
    shows: "Scale: guardian of four children, each with years of data.",
  },
  {
    key: "heavyChild1",
    firstNames: "Aleksi Johannes",
    lastName: "Suominen",
    birthDate: "2009-09-03",
    individual: 955,
    shows: "Scale: child (17) of the heavy guardian.",
  },
  {
    key: "heavyChild2",
    firstNames: "Iida Maria",
    lastName: "Suominen",
    birthDate: "2012-02-14",
    individual: 966,
    shows: "Scale: child (14) of the heavy guardian.",
  },
  {
    key: "heavyChild3",
    firstNames: "Veeti Juhani",
    lastName: "Suominen",
    birthDate: "2015-07-08",
    individual: 977,
    shows: "Scale: child (11) of the heavy guardian.",
  },
  {
    key: "heavyChild4",
    firstNames: "Helmi Sofia",
    lastName: "Suominen",
    birthDate: "2020-01-22",
    individual: 988,
    shows: "Scale: child (6) of the heavy guardian.",
  },
  {
    key: "heavyProxy",
    firstNames: "Pertti Olavi",
    lastName: "Mustonen",
    birthDate: "1961-12-05",
    individual: 957,
    shows: "Scale: acts for ten adults with Suomi.fi mandates.",
  },
  ...PRINCIPALS.map(([firstNames, lastName, birthDate, individual], i) => ({
    key: `heavyPrincipal${i + 1}`,
    firstNames,
    lastName,
    birthDate,
    individual,
    language: lastName === "Lindroos" || lastName === "Grönlund" ? ("sv" as const) : ("fi" as const),
    shows: `Scale: gave the heavy proxy a mandate (principal ${i + 1} of 10).`,
  })),
];

export const HEAVY_PERSONAS: readonly ScalePerson[] = HEAVY_DEFS.map((d, i) => ({
  key: d.key,
  id: seedId("5c", "person", 900_001 + i),
  hetu: makeHetu(d.birthDate, d.individual),
  firstNames: d.firstNames,
  lastName: d.lastName,
  birthDate: isoDate(d.birthDate),
  language: d.language ?? "fi",
  female: d.individual % 2 === 0,
  municipality: d.language === "sv" ? "Vaasa" : "Tampere",
  shows: d.shows,
}));

export function heavy(key: string): ScalePerson {
  const p = HEAVY_PERSONAS.find((x) => x.key === key);
  if (!p) throw new Error(`no heavy persona ${key}`);
  return p;
}

/**
 * `count` persons born between 1930 and yesterday, skipping any hetu in `taken` (the personas',
 * the heavy personas'). The i-th person depends only on the PRNG sequence, so a smaller N gives a
 * prefix of a larger one.
 */
export function makePopulation(count: number, today: Date, taken: Set<string>, rnd: Prng): ScalePerson[] {
  const first = isoDate("1930-01-01");
  const days = Math.floor((today.getTime() - first.getTime()) / 86_400_000) - 1;
  const people: ScalePerson[] = [];
  for (let i = 0; i < count; i++) {
    const sv = rnd.chance(0.06);
    const female = rnd.chance(0.5);
    const birthDate = addDays(first, rnd.int(0, days));
    let hetu = "";
    for (let attempt = 0; attempt < 200; attempt++) {
      const individual = 900 + 2 * rnd.int(0, 49) + (female ? 0 : 1);
      hetu = makeHetu(ymd(birthDate), individual);
      if (!taken.has(hetu)) break;
    }
    if (taken.has(hetu)) throw new Error(`no free hetu for ${ymd(birthDate)}`);
    taken.add(hetu);
    const given = sv ? (female ? SV_FEMALE_NAMES : SV_MALE_NAMES) : female ? FEMALE_NAMES : MALE_NAMES;
    const second = female ? FEMALE_NAMES : MALE_NAMES;
    people.push({
      id: seedId("5c", "person", i + 1),
      hetu,
      firstNames: `${rnd.pick(given)} ${rnd.pick(second)}`,
      lastName: rnd.pick(sv ? SV_LAST_NAMES : LAST_NAMES),
      birthDate,
      language: sv ? "sv" : "fi",
      female,
      municipality: rnd.pick(sv ? SV_MUNICIPALITIES : MUNICIPALITIES),
    });
  }
  return people;
}
