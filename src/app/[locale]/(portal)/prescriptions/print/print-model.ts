// One description of a printout, rendered twice: as an HTML page with a print stylesheet and as
// a PDF. Keeping both on the same model means the two never disagree on what is printed.
import type { TFunction } from "i18next";
import { formatCalendarDay, formatDate, formatDateTime, formatNumber } from "@/i18n/format";
import type { Locale } from "@/i18n/settings";
import type { PrintablePrescription } from "@/server/kanta/prescription-centre/list-printable-prescriptions";
import { statusBadges } from "../status-badges";
import type { SummaryParams } from "./summary-filter";

export type PrintCell = { text: string; lang?: string };
export type PrintModel = {
  /** The language of the printout (the PDF's document language). */
  lang: Locale;
  title: string;
  /** The person and their birth date, repeated at the top of every PDF page. */
  runningHead: string;
  /** "Sivu 1/2", at the foot of every PDF page. */
  pageNumber: (page: number, pages: number) => string;
  meta: { label: string; value: string }[];
  columns: string[];
  /** Relative column widths for the PDF. */
  widths: number[];
  rows: PrintCell[][];
  empty: string;
  count: string;
  source: string;
};

type Person = { firstNames: string; lastName: string; birthDate: Date };

const fullName = (person: Person) => `${person.firstNames} ${person.lastName}`;

function meta(t: TFunction, locale: Locale, person: Person, printedAt: Date) {
  return [
    { label: t("print.person"), value: fullName(person) },
    { label: t("print.printedAt"), value: formatDateTime(printedAt, locale) },
  ];
}

/** What every PDF page repeats: who the printout is about, and where the page is. */
function pageFrame(t: TFunction, locale: Locale, person: Person) {
  return {
    lang: locale,
    runningHead: t("print.runningHead", {
      name: fullName(person),
      birthDate: formatCalendarDay(person.birthDate, locale),
    }),
    pageNumber: (page: number, pages: number) => t("print.pageNumber", { page, pages }),
  };
}

const medicine = (r: PrintablePrescription) => `${r.drugName} ${r.strength}, ${r.form}`;

export function summaryModel(
  t: TFunction,
  locale: Locale,
  person: Person,
  printedAt: Date,
  params: SummaryParams,
  rows: PrintablePrescription[],
): PrintModel {
  const range =
    params.kind === "dateRange"
      ? ` ${t("print.rangeText", { from: params.from ? formatDate(`${params.from}T12:00:00Z`, locale) : "…", to: params.to ? formatDate(`${params.to}T12:00:00Z`, locale) : "…" })}`
      : "";
  return {
    ...pageFrame(t, locale, person),
    title: t("print.summaryTitle"),
    meta: [
      ...meta(t, locale, person, printedAt),
      { label: t("print.selection"), value: `${t(`print.filter.${params.kind}`)}${range}` },
    ],
    columns: [
      t("detail.medicine"),
      t("detail.quantity"),
      t("detail.dosage"),
      t("detail.prescribedAt"),
      t("detail.validUntil"),
      t("detail.amountRemaining"),
      t("list.status"),
      t("detail.prescriber"),
    ],
    widths: [17, 10, 20, 8, 8, 7, 15, 15],
    rows: rows.map((r) => [
      { text: medicine(r), lang: r.language },
      { text: r.quantityText, lang: r.language },
      { text: r.dosageInstructions, lang: r.language },
      { text: formatDate(r.prescribedAt, locale) },
      { text: formatDate(r.validUntil, locale) },
      { text: t("detail.packages", { amount: formatNumber(r.state.amountLeft, locale) }) },
      {
        text: statusBadges(t, r)
          .map((b) => b.text)
          .join(", "),
      },
      { text: `${r.prescriberName}, ${r.unit.name}` },
    ]),
    empty: t("print.empty"),
    count: t("print.count", { count: rows.length }),
    source: t("print.source"),
  };
}

export function ownListModel(
  t: TFunction,
  locale: Locale,
  person: Person,
  printedAt: Date,
  rows: PrintablePrescription[],
): PrintModel {
  return {
    ...pageFrame(t, locale, person),
    title: t("print.listTitle"),
    meta: meta(t, locale, person, printedAt),
    columns: [t("detail.medicine"), t("detail.dosage"), t("detail.reason"), t("detail.validUntil")],
    widths: [28, 38, 22, 12],
    rows: rows.map((r) => [
      { text: medicine(r), lang: r.language },
      { text: r.dosageInstructions, lang: r.language },
      r.reasonForUse ? { text: r.reasonForUse, lang: r.language } : { text: "–" },
      { text: formatDate(r.validUntil, locale) },
    ]),
    empty: t("print.empty"),
    count: t("print.count", { count: rows.length }),
    source: t("print.source"),
  };
}
