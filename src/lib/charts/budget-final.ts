import { dataLang, t, tk, type Lang } from "../../i18n/index.ts";
import type { DocumentRow, FindingRow, ThreePublicRow, Unit } from "../data/model.ts";
import { sourceOf, type DocFacts } from "../data/facts.ts";
import { findingIdsText, findingsAffecting } from "../model/flags.ts";
import { sourceText, unitName, unitText, type SourceDocuments } from "../model/labels.ts";
import type { MetricRow } from "../model/metrics/index.ts";
import { metricLabel } from "../model/metrics/registry.ts";
import { numericValue, type MetricValue } from "../model/metrics/values.ts";
import type { PerformanceCell, PerformanceLine } from "../model/performance.ts";
import { fmtMetric, fmtWan } from "./format.ts";
import type { PairInput, PairPanel } from "./paired.ts";

/** A budget-vs-final chart in one language: what the component and the SVG writer need. */
export interface PairedView {
  id: string;
  title: string;
  /** Unit and stages ("单位：万元 · 预算数 ■ 与决算数 ●"). */
  subtitle: string;
  unitLabel: string;
  description: string;
  /** Blocks of rows, each on its own scale: the two reports, the 三公 table, the performance tables. */
  panels: PairPanel[];
  /** Each row's source, by row key (the chart data table). */
  sources: Map<string, string>;
  notes: string[];
  /** Titles of the reports the chart draws. */
  reports: string[];
  /** Said instead of a chart when there is nothing to pair (a budget whose final account is not published yet). */
  empty?: string;
}

/** The amounts a unit's budget and final reports of one year are compared on (both reports' own tables). */
export const PAIRED_METRICS = [
  "total_expenditure",
  "basic_expenditure",
  "project_expenditure",
  "three_public_total",
  "pass_through_total",
] as const;

export interface BudgetFinalInput {
  document: DocumentRow;
  unit: Unit | undefined;
  /** The same unit's report of the same year at the other stage, with its metrics (absent: not published). */
  other?: { document: DocumentRow; metrics: readonly MetricRow[] } | undefined;
  metrics: readonly MetricRow[];
  facts?: Pick<DocFacts, "document" | "threePublic" | "threePublicTable"> | undefined;
  performance: readonly PerformanceLine[];
  findings: readonly FindingRow[];
  units: ReadonlyMap<string, Unit>;
  data: SourceDocuments;
}

const pct = (v: number) => `${v.toFixed(2)}%`;

/** A performance cell as the chart says it: its figure, "illegible 「8. . 445」", or blank. */
function cellText(c: PerformanceCell | null, lang: Lang): string {
  if (c === null) return tk(lang, "state.not_disclosed");
  if (c.status === "illegible") return `${tk(lang, "state.illegible")}「${c.printed ?? ""}」`;
  return c.value === null ? tk(lang, "state.blank") : fmtWan(c.value, lang);
}

const valueLine = (lang: Lang, terms: "pair.terms.table" | "pair.terms.performance", r: Omit<PairInput, "valueText">) =>
  t(lang, r.rateText ? `${terms}.rate` : terms, { budget: r.budgetText, final: r.finalText, rate: r.rateText ?? "" });

/**
 * Budget against final for one report: the other-stage report of the same unit and year (amounts from each report's
 * own tables), the 三公 table's own 预算数 and 决算数 columns, and the performance tables' 下达 and 执行 amounts.
 * A rate is shown only where both figures are printed. Pure.
 */
export function budgetFinalView(input: BudgetFinalInput, lang: Lang): PairedView {
  const { document: doc, unit } = input;
  const id = `pair-${doc.document_id}`;
  const title = t(lang, "pair.title", { unit: unitName(unit, lang), year: doc.fiscal_year });
  const unitLabel = unitText(lang, "万元");
  const panels: PairPanel[] = [];
  let rows: PairInput[] = [];
  const panel = (key: string, title: string) => {
    rows = [];
    panels.push({ key, title, rows });
  };
  const sources = new Map<string, string>();
  const notes: string[] = [];
  const reports = [doc[`title_${dataLang(lang)}`]];
  const budgetDoc = doc.stage === "budget" ? doc : input.other?.document;
  const finalDoc = doc.stage === "final" ? doc : input.other?.document;
  const metricsOf = (d: DocumentRow | undefined) =>
    d === doc ? input.metrics : d && d === input.other?.document ? input.other.metrics : [];
  if (budgetDoc && finalDoc) {
    if (input.other) reports.push(input.other.document[`title_${dataLang(lang)}`]);
    panel("reports", t(lang, "pair.panel.reports", { unit: unitLabel }));
    for (const metric of PAIRED_METRICS) {
      const of = (d: DocumentRow) =>
        metricsOf(d).find(
          (m) => m.metric === metric && m.fiscal_year === d.fiscal_year && m.document_id === d.document_id,
        );
      const b = of(budgetDoc);
      const f = of(finalDoc);
      if (!b && !f) continue;
      const text = (m: MetricRow | undefined) =>
        m ? fmtMetric(m.result, "万元", lang) : tk(lang, "state.not_disclosed");
      const budget = b ? numericValue(b.result) : null;
      const final = f ? numericValue(f.result) : null;
      const row = {
        key: `m-${metric}`,
        label: t(lang, "pair.label.reports", { metric: metricLabel(lang, metric) }),
        budget,
        final,
        budgetText: text(b),
        finalText: text(f),
        ...(budget !== null &&
        final !== null &&
        budget > 0 &&
        b?.result.state === "value" &&
        f?.result.state === "value"
          ? { rateText: pct((final / budget) * 100) }
          : {}),
      };
      const ids = [b, f].flatMap((m) => (m?.findings ? [findingIdsText(m.findings, doc.document_id)] : []));
      rows.push({
        ...row,
        valueText: valueLine(lang, "pair.terms.table", row),
        ...(ids.length ? { findings: ids.join(";") } : {}),
      });
      // Each figure's source in its own report, led by that report's stage ("预算：表3 …"): the chart's source line
      // names both reports once (their titles on every row were ~120 bytes each, issue 16).
      const cite = (m: MetricRow | undefined, d: DocumentRow) =>
        m
          ? `${tk(lang, `stage.${d.stage}`)}${t(lang, "cite.sep")}${sourceText(m.result, lang, input.data, d.document_id)}`
          : "";
      sources.set(row.key, [cite(b, budgetDoc), cite(f, finalDoc)].filter(Boolean).join(t(lang, "cite.groups")));
    }
    notes.push(tk(lang, "pair.note.reports"));
  }
  if (doc.stage === "final" && input.facts?.threePublicTable) {
    const f = input.facts;
    const table = input.facts.threePublicTable;
    const affecting = findingsAffecting(input.findings);
    panel(
      "three_public",
      t(lang, "pair.panel.three_public", { table: table.table_no ?? table.table_id, unit: unitLabel }),
    );
    const byItem = new Map<string, { budget?: ThreePublicRow; final?: ThreePublicRow }>();
    for (const r of f.threePublic) {
      const key = `${r.item}|${r.subunit_id ?? ""}`;
      const pair = byItem.get(key) ?? {};
      pair[r.measure] = r;
      byItem.set(key, pair);
    }
    for (const [key, pair] of byItem) {
      const any = pair.budget ?? pair.final;
      if (!any) continue;
      const text = (r: ThreePublicRow | undefined) =>
        !r ? tk(lang, "state.not_disclosed") : r.amount === null ? tk(lang, "state.blank") : fmtWan(r.amount, lang);
      const budget = pair.budget?.amount ?? null;
      const final = pair.final?.amount ?? null;
      const item = tk(lang, `tp.${any.item}`);
      const body = any.subunit_id ? unitName(input.units.get(any.subunit_id), lang) : "";
      const row = {
        key: `tp-${key}`,
        label: body ? t(lang, "pair.label.three_public.body", { item, body }) : item,
        budget,
        final,
        budgetText: text(pair.budget),
        finalText: text(pair.final),
        ...(budget !== null && final !== null && budget > 0 ? { rateText: pct((final / budget) * 100) } : {}),
      };
      const cited = (["budget", "final"] as const).flatMap((m) => {
        const r = pair[m];
        return r ? [sourceOf(f, table, r.line, { code: null, name: null, item: r.item }, m)] : [];
      });
      const refs = affecting(cited);
      rows.push({
        ...row,
        valueText: valueLine(lang, "pair.terms.table", row),
        ...(refs.length ? { findings: findingIdsText(refs, doc.document_id) } : {}),
      });
      const result: MetricValue = { state: "blank", sources: cited };
      sources.set(row.key, sourceText(result, lang, input.data));
    }
    notes.push(tk(lang, "pair.note.three_public"));
  }
  if (doc.stage === "final") {
    const lines = input.performance.filter((l) => l.budget !== null && l.spent !== null);
    if (lines.length) panel("performance", t(lang, "pair.panel.performance", { unit: unitLabel }));
    for (const l of lines) {
      const value = (c: PerformanceCell | null) => (c && c.status === "value" ? c.value : null);
      const budget = value(l.budget);
      const final = value(l.spent);
      const rate = l.rate && l.rate.status === "value" && l.rate.value !== null ? l.rate.value : null;
      const row = {
        key: `p-${l.table_id}-${l.line}`,
        // A table printed without a number is named by its panel: the label starts at the line.
        label: t(lang, "pair.label.performance", { table: l.table_no, line: l.line, name: l.name }).trim(),
        budget,
        final,
        budgetText: cellText(l.budget, lang),
        finalText: cellText(l.spent, lang),
        ...(budget !== null && final !== null && rate !== null ? { rateText: pct(rate) } : {}),
      };
      rows.push({
        ...row,
        valueText: valueLine(lang, "pair.terms.performance", row),
        ...(l.findings.length ? { findings: l.findings.join(";") } : {}),
      });
      sources.set(
        row.key,
        `${[l.table_no, l.table_title].filter(Boolean).join(" ")} · ${t(lang, "source.line", { line: l.line })}`,
      );
    }
    if (lines.length) notes.push(tk(lang, "pair.note.performance"));
  }
  const all = panels.flatMap((p) => p.rows);
  if (panels.length > 1) notes.push(tk(lang, "pair.note.panels"));
  if (all.some((r) => r.findings)) notes.push(tk(lang, "flag.note"));
  const base = {
    id,
    title,
    subtitle: t(lang, "pair.subtitle", { unit: unitLabel }),
    unitLabel,
    panels: panels.filter((p) => p.rows.length > 0),
    sources,
    notes,
    reports,
    description: all.map((r) => `${r.label}: ${r.valueText}`).join("; "),
  };
  if (all.length) return base;
  return {
    ...base,
    empty: t(lang, doc.stage === "budget" ? "pair.empty.no_final" : "pair.empty.none", { year: doc.fiscal_year }),
  };
}
