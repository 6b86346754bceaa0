import { htmlLang, langPrefix, t, tk, type Lang } from "../../i18n/index.ts";
import type { ChartView } from "./registry.ts";
import type { LegendKey, StandalonePieces } from "./standalone.ts";

/** What a chart's page says around a bar chart, as the pieces of its standalone picture (standalone.ts). */
export type ExportedView = Pick<
  ChartView,
  "id" | "title" | "formula" | "notes" | "bars" | "unitLabel" | "reports" | "groups" | "page" | "fullView"
>;

/** The source line under a chart: the reports it draws (two named, then "and n more") and the site's address. */
export function sourceLine(view: Pick<ChartView, "reports">, lang: Lang, site: string): string {
  const reports = view.reports ?? [];
  const named =
    reports.length > 3 ? [...reports.slice(0, 2), t(lang, "chart.source.more", { n: reports.length - 2 })] : reports;
  return t(lang, "chart.source", { reports: named.join(t(lang, "chart.source.sep")), url: `${site}/` });
}

/** Years as a reader writes them: runs of consecutive years joined by a dash ("2020–2022、2024"). */
export function yearsText(years: readonly number[], lang: Lang): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const y of sorted) {
    const last = runs.at(-1);
    if (last && y === last[1] + 1) last[1] = y;
    else runs.push([y, y]);
  }
  return runs.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`)).join(t(lang, "chart.years.sep"));
}

/**
 * The reports a body's own chart draws (its time series, its composition), for the source line: their titles where
 * there are one or two, else the body's name with the years of its budgets and of its final accounts (a body's
 * reports differ only in year and stage; their titles, repeated, would make up most of a unit page at scale).
 */
export function unitReportsText(
  lang: Lang,
  unit: string,
  docs: readonly { fiscal_year: number; stage: "budget" | "final"; title: string }[],
): string {
  if (docs.length <= 2) return docs.map((d) => d.title).join(t(lang, "chart.source.sep"));
  const years = (stage: "budget" | "final") => docs.filter((d) => d.stage === stage).map((d) => d.fiscal_year);
  const [budgets, finals] = [years("budget"), years("final")];
  const n = docs.length;
  if (!finals.length) return t(lang, "chart.source.unit_budget", { unit, years: yearsText(budgets, lang), n });
  if (!budgets.length) return t(lang, "chart.source.unit_final", { unit, years: yearsText(finals, lang), n });
  return t(lang, "chart.source.unit_both", {
    unit,
    budgets: yearsText(budgets, lang),
    finals: yearsText(finals, lang),
    n,
  });
}

/** The stages a chart draws, budget first. */
const stagesOf = (view: ExportedView) =>
  (["budget", "final"] as const).filter((s) => view.bars.some((b) => b.style === s));

/** Absolute URL of the chart's own view (its page, query and anchor) in `lang`; `site` has no trailing slash. */
export const chartUrl = (view: ExportedView, lang: Lang, site: string) =>
  `${site}/${langPrefix(lang)}${view.fullView ?? view.page}`;

/**
 * Title, subtitle (unit and stage), legend (every encoding the chart uses: stage stroke and fill, the bodies of a
 * consolidated report, ⚑), notes (definition first), source and credit, in `lang`.
 */
export function exportPieces(view: ExportedView, lang: Lang, site: string): StandalonePieces {
  const stages = stagesOf(view);
  const grouped = (view.groups?.length ?? 0) > 0;
  const legend: LegendKey[] = stages.map((s) => ({
    swatch: grouped ? `${s}-outline` : s,
    label: tk(lang, grouped ? `chart.legend.${s}.grouped` : `chart.legend.${s}`),
  }));
  (view.groups ?? []).forEach((g, i) => legend.push({ swatch: `group-${i}`, label: g }));
  if (view.bars.some((b) => b.findings)) legend.push({ swatch: "flag", label: t(lang, "chart.legend.flag") });
  return {
    lang: htmlLang(lang),
    title: view.title,
    subtitle: [t(lang, "chart.unit", { unit: view.unitLabel }), ...stages.map((s) => tk(lang, `stage.${s}`))].join(
      " · ",
    ),
    legend,
    notes: [...(view.formula ? [`${t(lang, "chart.formula")}: ${view.formula}`] : []), ...view.notes],
    source: sourceLine(view, lang, site),
    credit: t(lang, "chart.credit", { url: chartUrl(view, lang, site) }),
  };
}

/** Whether the chart's standalone SVG is written as a file (`embed/<id>/chart.svg`): charts of the metric pages. A
 * report's chart (one per report, 60,000 at national scale) gets no file: its page composes the picture. */
export const hasStandaloneFile = (view: Pick<ChartView, "page">) => view.page.startsWith("metrics/");
