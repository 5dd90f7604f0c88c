// The charts of lab results and wellbeing measurements on a phone (WCAG 2.1 AA 1.4.4 resize text,
// 1.4.10 reflow, 1.1.1 text alternative): text stays at least 12 CSS px at 360 and 390 px wide, the
// page does not scroll sideways, the x axis has dates between the ends, the y axis starts from a
// clinically sensible range, the legend shows the same marks as the chart, and axe finds nothing.
// In fi, sv and en, as Aino (lab trend of HbA1c and her wellbeing page).
import type { Page } from "@playwright/test";
import { SEED_FACTS } from "../../prisma/seed/demo";
import { expect, expectNoAxeViolations, signInAs, test } from "../fixtures";

const lab = SEED_FACTS.health.aino.labSeries;
/** HbA1c reference range as seeded (prisma/seed/demo-data/labs.ts). */
const HBA1C_REF_LOW = 20;
const PHONES = [
  { width: 360, height: 740 },
  { width: 390, height: 844 },
] as const;
const MIN_TEXT_PX = 12;

type TextFact = { text: string; px: number; height: number; left: number; right: number };
type ChartFacts = {
  name: string;
  texts: TextFact[];
  yLabels: string[];
  xLabels: { text: string; left: number; right: number }[];
  plotted: string[];
  legend: string[] | null;
};

/** What a reader sees of every chart figure on the page, measured in the browser. */
async function chartFacts(page: Page, figures: string): Promise<ChartFacts[]> {
  return page.locator(figures).evaluateAll((nodes) =>
    nodes.map((figure, i) => {
      // The size a glyph is drawn at: the computed font size times the scale of the SVG's viewBox.
      const texts = [...figure.querySelectorAll("text")].map((t) => {
        const m = (t as SVGTextElement).getScreenCTM();
        const scale = m ? Math.sqrt(Math.abs(m.a * m.d - m.b * m.c)) : 1;
        const r = t.getBoundingClientRect();
        return {
          text: t.textContent ?? "",
          px: parseFloat(getComputedStyle(t).fontSize) * scale,
          height: r.height,
          left: r.left,
          right: r.right,
        };
      });
      const legendNode = figure.querySelector("[data-chart-legend]");
      const shapes = (selector: string, attr: string) =>
        [...new Set([...figure.querySelectorAll(selector)].map((n) => n.getAttribute(attr) ?? ""))].sort();
      return {
        name:
          figure.closest("section")?.getAttribute("data-testid") ??
          figure.getAttribute("data-testid") ??
          `figure ${i}`,
        texts,
        yLabels: [...figure.querySelectorAll('[data-axis="y"]')].map((n) => n.textContent ?? ""),
        xLabels: [...figure.querySelectorAll('[data-axis="x"]')].map((n) => {
          const r = n.getBoundingClientRect();
          return { text: n.textContent ?? "", left: r.left, right: r.right };
        }),
        plotted: shapes("[data-chart-mark]", "data-chart-mark"),
        legend: legendNode ? shapes("[data-chart-legend-mark]", "data-chart-legend-mark") : null,
      };
    }),
  );
}

/** "1 234,5" (fi, sv) or "1,234.5" (en) or "−3" → a number; NaN for anything else. */
function parseLabel(text: string, locale: string): number {
  const compact = text.replace(/[\s\u00a0\u202f]/g, "").replace("\u2212", "-");
  return Number(locale === "en" ? compact.replace(/,/g, "") : compact.replace(",", "."));
}

function yRange(c: ChartFacts, locale: string) {
  const values = c.yLabels.map((t) => parseLabel(t, locale));
  expect
    .soft(values.every(Number.isFinite), `${c.name}: y labels are numbers: ${c.yLabels.join(" | ")}`)
    .toBe(true);
  return { min: Math.min(...values), max: Math.max(...values) };
}

async function expectReadableCharts(page: Page, figures: string, width: number) {
  const charts = await chartFacts(page, figures);
  expect(charts.length).toBeGreaterThan(0);
  for (const c of charts) {
    expect.soft(c.texts.length, `${c.name} has axis text`).toBeGreaterThan(0);
    for (const t of c.texts) {
      expect
        .soft(t.px, `${c.name} at ${width} px: "${t.text}" is drawn at ${t.px.toFixed(1)} px`)
        .toBeGreaterThanOrEqual(MIN_TEXT_PX);
      expect
        .soft(t.height, `${c.name} at ${width} px: "${t.text}" box height`)
        .toBeGreaterThanOrEqual(MIN_TEXT_PX);
      expect
        .soft(t.left >= 0 && t.right <= width, `${c.name} at ${width} px: "${t.text}" inside the screen`)
        .toBe(true);
    }
    // Dates between the ends, and no two date labels on top of each other.
    expect
      .soft(c.xLabels.length, `${c.name}: dates on the x axis (${c.xLabels.map((x) => x.text).join(" | ")})`)
      .toBeGreaterThanOrEqual(3);
    const xs = [...c.xLabels].sort((a, b) => a.left - b.left);
    for (let i = 1; i < xs.length; i++)
      expect
        .soft(xs[i]!.left, `${c.name} at ${width} px: "${xs[i - 1]!.text}" and "${xs[i]!.text}" overlap`)
        .toBeGreaterThanOrEqual(xs[i - 1]!.right);
    // The legend shows the marks the chart draws, no other.
    if (c.legend !== null)
      expect.soft(c.legend, `${c.name}: legend marks equal plotted marks`).toEqual(c.plotted);
  }
  const scroll = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect.soft(scroll.scrollWidth, `no sideways scroll at ${width} px`).toBeLessThanOrEqual(scroll.innerWidth);
  return charts;
}

for (const locale of ["fi", "sv", "en"] as const) {
  test(`lab trend chart on a phone in ${locale}: text at least 12 px, no sideways scroll, dated x axis, reference band on the y axis, legend as plotted, axe clean`, async ({
    page,
  }) => {
    await signInAs(page, "aino", locale);
    for (const phone of PHONES) {
      await page.setViewportSize(phone);
      await page.goto(`/${locale}/health/lab/${encodeURIComponent(lab.testCode)}`);
      await expect(page.getByTestId("lab-chart").locator("svg[role=img] title")).toContainText(lab.testName);
      const [labChart] = await expectReadableCharts(page, '[data-testid="lab-chart"]', phone.width);
      expect.soft(labChart!.plotted.length, "the lab results are marked").toBeGreaterThan(0);
      expect.soft(labChart!.legend, "the lab chart has a legend").not.toBeNull();
      // The reference band (20–42 mmol/mol) and every result fit on the y axis.
      expect.soft(yRange(labChart!, locale).min).toBeLessThanOrEqual(HBA1C_REF_LOW);
      await expectNoAxeViolations(page);
    }
  });

  test(`wellbeing charts on a phone in ${locale}: text at least 12 px, no sideways scroll, dated x axis, clinically sensible y axis, legend as plotted, axe clean`, async ({
    page,
  }) => {
    await signInAs(page, "aino", locale);
    for (const phone of PHONES) {
      await page.setViewportSize(phone);
      await page.goto(`/${locale}/wellbeing`);
      const charts = await expectReadableCharts(
        page,
        "section[data-testid^=measurements-] figure",
        phone.width,
      );
      const byKind = (kind: string) => charts.find((c) => c.name === `measurements-${kind}`)!;
      expect(charts.map((c) => c.name).sort()).toEqual(
        ["BLOOD_PRESSURE", "BLOOD_SUGAR", "HEIGHT", "PULSE", "WEIGHT"].map((k) => `measurements-${k}`),
      );
      // A pulse of 60–80 is drawn against 40–120, blood pressure against 40–200: not as wild swings.
      const pulse = yRange(byKind("PULSE"), locale);
      expect.soft(pulse.min, "pulse y axis from 40 or below").toBeLessThanOrEqual(40);
      expect.soft(pulse.max, "pulse y axis to 120 or above").toBeGreaterThanOrEqual(120);
      const bp = yRange(byKind("BLOOD_PRESSURE"), locale);
      expect.soft(bp.min, "blood pressure y axis from 40 or below").toBeLessThanOrEqual(40);
      expect.soft(bp.max, "blood pressure y axis to 200 or above").toBeGreaterThanOrEqual(200);
      // Weight is never zoomed into a window of a few kilos.
      const weight = yRange(byKind("WEIGHT"), locale);
      expect.soft(weight.max - weight.min, "weight y axis spans at least 20 kg").toBeGreaterThanOrEqual(20);
      // A constant height (165 cm) is a flat line in the middle third, not a line that fills the chart.
      const height = yRange(byKind("HEIGHT"), locale);
      const at = (165 - height.min) / (height.max - height.min);
      expect.soft(at > 1 / 3 && at < 2 / 3, `165 cm in the middle of ${height.min}–${height.max}`).toBe(true);
      expect.soft(byKind("BLOOD_PRESSURE").legend, "the blood pressure chart has a legend").not.toBeNull();
      await expectNoAxeViolations(page);
    }
  });
}
