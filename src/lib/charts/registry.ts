import { dataLang, t, tk, type Lang } from "../../i18n/index.ts";
import { fmtMetric, fmtValue, fmtWan } from "./format.ts";
import type { MetricRow } from "../model/metrics/index.ts";
import { FAMILY_PAGES, chartedMetrics, formulaText, metricLabel } from "../model/metrics/registry.ts";
import type { Family } from "../model/metrics/taxonomy.ts";
import { sourceText, unitName, unitText } from "../model/labels.ts";
import { classNames, className } from "../model/classifications.ts";
import { findingIdsText } from "../model/flags.ts";
import { printedRow, sourceOf, type DocFacts } from "../data/facts.ts";
import { numericValue, type MetricValue } from "../model/metrics/values.ts";
import type { Dataset, Unit } from "../data/model.ts";
import type { BarInput } from "./bars.ts";
import { reportFigurePath } from "../render/cite-link.ts";

/** A chart in one language: everything the renderer, the embed page and the CSV endpoint need. */
export interface ChartView {
  id: string;
  title: string;
  formula: string;
  description: string;
  bars: BarInput[];
  notes: string[];
  sort: "desc" | "none";
  tickFormat: (v: number) => string;
  /** The full page the chart lives on (language-neutral path). */
  page: string;
  /** The chart's own view on that page: `page` with the query and anchor that open this chart. */
  fullView?: string;
  /** Titles of the reports the chart draws, in this language (the source line names them). */
  reports?: string[];
  sourceOf: (key: string) => string;
  /**
   * Where a bar's figure is cited in full (language-neutral: its row on its report page, which links the printed
   * line): the chart's data table links its source there. Absent: the source is plain text.
   */
  sourcePath?: (key: string) => string | undefined;
  /** The source as the chart's data table on its page writes it, where shorter (a report's chart: no report title). */
  pageSourceOf?: (key: string) => string;
  unit: "万元" | "ratio";
  /** The unit as this language writes it ("万元", "10,000 yuan", "%"): axis, subtitle and value column. */
  unitLabel: string;
  /** A consolidated report's bodies, in the order its tables list them: the chart's legend (empty: one body). */
  groups?: string[];
  /** A report chart's unit: its CSV is that unit's `units/<unit>/charts.csv` (lib/charts/embed-path.ts). */
  unitId?: string;
}

export interface ChartSpec {
  id: string;
  family: Family | "unit";
  metric?: string;
  year?: number;
  stage?: "budget" | "final";
  view: (lang: Lang) => ChartView;
  /** The title alone (cheaper than the whole view), where a page needs it in the other language. */
  titleOf?: (lang: Lang) => string;
}

/** The tables charts read: units and documents (names, stages, source files), and the classification names. */
export type ChartData = Pick<Dataset, "units" | "documents" | "classifications">;
/** The facts a report's own chart draws: its headline functional table and rows. */
export type ChartFacts = Pick<DocFacts, "document" | "functionalTable" | "functional">;

function missingText(result: MetricValue, lang: Lang): string | undefined {
  return numericValue(result) !== null ? undefined : fmtMetric(result, "万元", lang);
}

/** A figure with its money unit ("4.35 万元"), for the chart's text description; a ratio already ends in %. */
const withUnitValue = (label: string, unit: "万元" | "ratio", lang: Lang) =>
  unit === "万元" ? `${label} ${unitText(lang, unit)}` : label;

/** Bars drawn at each end of a ranked metric chart before the rest is left to the full table. */
export const TOP_N = 20;

/** Every chart of the site, keyed by a stable id (ids never change once published). */
export function buildCharts(data: ChartData, metrics: MetricRow[], facts: Map<string, ChartFacts>): ChartSpec[] {
  const units = new Map<string, Unit>(data.units.map((u) => [u.unit_id, u]));
  const documents = new Map<string, ChartData["documents"][number]>(data.documents.map((d) => [d.document_id, d]));
  const charts: ChartSpec[] = [];
  const tables = metrics.filter((r) => r.result.state !== "value" || r.result.basis !== "narrative");
  const byMetric = new Map<string, MetricRow[]>();
  for (const r of tables) {
    const list = byMetric.get(r.metric);
    if (list) list.push(r);
    else byMetric.set(r.metric, [r]);
  }
  for (const { id: family, slug } of FAMILY_PAGES) {
    for (const def of chartedMetrics(family)) {
      const metric = def.id;
      const ofMetric = byMetric.get(metric) ?? [];
      const slices = new Set(ofMetric.map((r) => `${r.fiscal_year}|${r.stage}`));
      for (const slice of [...slices].sort()) {
        const [yearText, stage] = slice.split("|") as [string, "budget" | "final"];
        const year = Number(yearText);
        const rows = ofMetric.filter((r) => r.fiscal_year === year && r.stage === stage);
        const byDocument = new Map(rows.map((r) => [r.document_id, r]));
        const id = `metric-${metric.replace(/_/g, "-")}-${year}-${stage}`;
        // A ranked chart's view reads every unit's row (12,000 at national scale) and is asked for by its metric
        // page, both embeds and the CSV: computed once per language (it keeps only the bars it draws).
        const views = new Map<Lang, ChartView>();
        const rankedView = (lang: Lang): ChartView => {
          {
            const title = `${metricLabel(lang, metric)} · ${year} ${tk(lang, `stage.${stage}`)}`;
            const bars: BarInput[] = rows.map((r) => {
              const u = units.get(r.unit_id);
              const missing = missingText(r.result, lang);
              return {
                key: r.document_id,
                label:
                  r.scope === "consolidated"
                    ? t(lang, "chart.label.consolidated", { name: unitName(u, lang) })
                    : unitName(u, lang),
                value: numericValue(r.result),
                valueLabel:
                  r.result.state === "value"
                    ? fmtValue(r.result.value, def.unit, lang)
                    : r.result.state === "stated_zero"
                      ? t(lang, "state.stated_zero_short", { value: fmtValue(0, def.unit, lang) })
                      : "",
                style: r.stage,
                state: r.result.state,
                ...(r.findings ? { findings: findingIdsText(r.findings, r.document_id) } : {}),
                ...(missing ? { missing } : {}),
              };
            });
            for (const b of bars) if (b.findings && b.valueLabel) b.valueLabel += " ⚑";
            const notes = [tk(lang, "metric.note.stage")];
            if (bars.some((b) => b.findings)) notes.push(tk(lang, "flag.note"));
            // National scale: a chart shows the top and bottom TOP_N; the full table below it lists every unit.
            if (bars.length > 2 * TOP_N) {
              const ranked = [...bars].sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity));
              const hidden = bars.length - 2 * TOP_N;
              bars.splice(0, bars.length, ...ranked.slice(0, TOP_N), ...ranked.slice(-TOP_N));
              notes.push(t(lang, "metric.note.top_n", { n: TOP_N, hidden }));
            }

            if (rows.some((r) => units.get(r.unit_id)?.kind === "public_institution"))
              notes.push(tk(lang, "metric.note.centre"));
            if (new Set(rows.map((r) => r.scope)).size > 1) notes.push(tk(lang, "metric.note.scope"));
            return {
              id,
              title,
              formula: formulaText(lang, def),
              description: bars
                .map((b) => `${b.label}: ${b.value !== null ? withUnitValue(b.valueLabel, def.unit, lang) : b.missing}`)
                .join("; "),
              bars,
              notes,
              sort: "desc",
              tickFormat: (v) =>
                def.unit === "ratio" ? `${Math.round(v * 100)}%` : fmtWan(v, lang).replace(/\.00$/, ""),
              page: `metrics/${slug}/`,
              fullView: `metrics/${slug}/?metric=${metric}&slice=${year}%7C${stage}#${id}`,
              reports: bars.flatMap((b) => {
                const d = documents.get(b.key);
                return d ? [d[`title_${dataLang(lang)}`]] : [];
              }),
              sourceOf: (key) => {
                const r = byDocument.get(key);
                return r ? sourceText(r.result, lang, data) : "";
              },
              sourcePath: (key) => {
                const r = byDocument.get(key);
                return r && r.result.state !== "not_disclosed" && r.result.state !== "not_applicable"
                  ? reportFigurePath(r, year)
                  : undefined;
              },
              unit: def.unit,
              unitLabel: unitText(lang, def.unit),
            };
          }
        };
        charts.push({
          id,
          family,
          metric,
          year,
          stage,
          view: (lang) => {
            const cached = views.get(lang);
            if (cached) return cached;
            const made = rankedView(lang);
            views.set(lang, made);
            return made;
          },
        });
      }
    }
  }
  for (const c of unitCharts(data, facts)) charts.push(c);
  return charts;
}

/** Per document: functional classification (类 → 款 → 项) and composition of spending. */
function unitCharts(data: ChartData, facts: Map<string, ChartFacts>): ChartSpec[] {
  const charts: ChartSpec[] = [];
  const unitsById = new Map<string, Unit>(data.units.map((u) => [u.unit_id, u]));
  const names = classNames(data.classifications);
  for (const f of facts.values()) {
    const doc = f.document;
    const unit = unitsById.get(doc.unit_id);
    const page = `reports/${doc.document_id}/`;
    const body = f.functional.filter(
      (r) => r.row_kind === "class" || r.row_kind === "section" || r.row_kind === "item",
    );
    const barSource = (key: string): MetricValue => {
      const r = body.find((x) => `L${x.line}` === key);
      return {
        state: "blank",
        sources: [sourceOf(f, f.functionalTable, Number(key.slice(1)), r ? printedRow(r) : null, "total")],
      };
    };
    if (body.length) {
      // A consolidated report lists each body's rows in turn: its bars are grouped (coloured) by body, with a legend.
      const bodies = body.some((r) => r.subunit_id) ? doc.scope_units.split(";") : [];
      const id = `unit-${doc.document_id}-functional`;
      const titleOf = (lang: Lang) =>
        `${unitName(unit, lang)} · ${doc.fiscal_year} ${tk(lang, `stage.${doc.stage}`)} · ${tk(lang, "unit.functional")}`;
      charts.push({
        id,
        family: "unit",
        titleOf,
        view: (lang) => {
          const bars: BarInput[] = body.map((r) => ({
            key: `L${r.line}`,
            // A consolidated report lists each body's rows in turn: its bars name the body they belong to.
            label: t(lang, r.subunit_id ? "chart.label.body" : "chart.label.row", {
              indent: r.row_kind === "class" ? "" : r.row_kind === "section" ? "· " : "·· ",
              code: r.code ?? "",
              name: className(names, "functional", r.code, lang, r.name ?? ""),
              body: r.subunit_id ? unitName(unitsById.get(r.subunit_id), lang) : "",
            }),
            value: r.total,
            valueLabel: r.total !== null ? fmtWan(r.total, lang) : "",
            style: doc.stage,
            ...(r.subunit_id && bodies.includes(r.subunit_id)
              ? { group: bodies.indexOf(r.subunit_id), groupId: r.subunit_id }
              : {}),
            ...(r.total === null ? { missing: tk(lang, "state.blank") } : {}),
          }));
          const title = titleOf(lang);
          return {
            id,
            title,
            formula: `${f.functionalTable?.table_no ?? ""} ${f.functionalTable?.title ?? ""}`.trim(),
            description: bars
              .map((b) => `${b.label}: ${b.valueLabel ? withUnitValue(b.valueLabel, "万元", lang) : b.missing}`)
              .join("; "),
            bars,
            notes: body.some((r) => r.subunit_id) ? [t(lang, "unit.functional.subunits")] : [],
            sort: "none",
            tickFormat: (v) => fmtWan(v, lang).replace(/\.00$/, ""),
            page,
            fullView: `${page}#${id}`,
            reports: [doc[`title_${dataLang(lang)}`]],
            sourceOf: (key) => sourceText(barSource(key), lang, data),
            pageSourceOf: (key) => sourceText(barSource(key), lang, data, doc.document_id),
            unit: "万元",
            unitLabel: unitText(lang, "万元"),
            groups: bodies.map((b) => unitName(unitsById.get(b), lang)),
            unitId: doc.unit_id,
          };
        },
      });
    }
  }
  return charts;
}
