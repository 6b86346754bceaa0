import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import { tk } from "../../i18n/index.ts";
import { csvCell } from "../data/csv.ts";
import type { Source } from "../data/facts.ts";
import type { Unit } from "../data/model.ts";
import type { TableSchemaField } from "../data/schema/descriptor.ts";
import { findingIdsText } from "../model/flags.ts";
import { formatMetricValue, type MetricRow } from "../model/metrics/index.ts";
import { metricRowLabel } from "../model/metrics/registry.ts";
import { BODY_SHARE } from "../model/metrics/bodies.ts";
import { numericValue } from "../model/metrics/values.ts";

/**
 * The columns of data/metrics.csv, in order, with their meaning (datapackage.json is written from this list). One
 * row per report × registered metric in every state, plus the prior-year figures a narrative implies and the
 * year-on-year changes where a prior year is known.
 */
export const METRICS_CSV_FIELDS = [
  { name: "unit_id", type: "string", description: "单位编号 / unit id (units.csv)" },
  { name: "unit_name_zh", type: "string", description: "单位名称 / unit name (units.csv name_zh)" },
  { name: "unit_name_en", type: "string", description: "unit name in English (units.csv name_en)" },
  { name: "fiscal_year", type: "integer", description: "年度 / fiscal year" },
  { name: "stage", type: "string", description: "预算 budget / 决算 final" },
  { name: "scope", type: "string", description: "本级 own / 汇总 consolidated" },
  { name: "document_id", type: "string", description: "来源报告 / the report the figure comes from (documents.csv)" },
  {
    name: "metric",
    type: "string",
    description: "指标 / metric id (see the methodology page; *_yoy: change on the prior year)",
  },
  { name: "label_zh", type: "string", description: "指标名称 / metric label in Chinese" },
  { name: "label_en", type: "string", description: "metric label in English" },
  {
    name: "status",
    type: "string",
    description:
      "value 有数字 / blank 表格印出但单元格为空 the table is printed, the cell empty / stated_zero 表格为空、报告文字称为 0 the table is printed empty and the text states 0 (value 0) / not_disclosed 报告未公开所需的表 the report does not print the table needed / not_applicable 不适用 the metric has no meaning for this report (a budget's execution rate)",
    constraints: { required: true, enum: ["value", "blank", "stated_zero", "not_disclosed", "not_applicable"] },
  },
  {
    name: "value",
    type: "number",
    description:
      "数值（仅 value 与 stated_zero 有）/ value, in the unit of the next columns (value and stated_zero only)",
  },
  { name: "unit", type: "string", description: "万元 / ratio (a fraction: 0.25 = 25%)" },
  { name: "unit_zh", type: "string", description: "单位（中文）/ unit in Chinese: 万元, 比率" },
  { name: "unit_en", type: "string", description: "unit in English: 10,000 yuan, ratio" },
  { name: "basis", type: "string", description: "table 表格 / narrative 报告文字 / derived 计算 (value only)" },
  {
    name: "reason",
    type: "string",
    description: "未公开或不适用的原因 / why not disclosed or not applicable (code; the site shows it translated)",
  },
  {
    name: "source_tables",
    type: "string",
    description:
      "来源表（表号与表名，原文）/ source tables, number and title as printed, ';'-separated; 说明 narrative for the report's text",
  },
  {
    name: "source_rows",
    type: "string",
    description: "来源行（编码与名称，原文）与栏 / source rows (code and name as printed) and column, ';'-separated",
  },
  {
    name: "source_lines",
    type: "string",
    description: "来源文本行号 / lines in the source text: <table_id>:<line> or narrative:<line>, ';'-separated",
  },
  {
    name: "finding_ids",
    type: "string",
    description:
      "影响该数字的发现 / findings (findings.csv) naming a line the figure rests on: F02 (same report) or <document_id>/F02, ';'-separated",
  },
] as const satisfies readonly TableSchemaField[];

export const METRICS_CSV_HEADER = METRICS_CSV_FIELDS.map((f) => f.name);

const sourcesOf = (r: MetricRow): Source[] =>
  r.result.state === "not_disclosed" || r.result.state === "not_applicable" ? [] : r.result.sources;

/** Each distinct entry once, in order of first appearance. */
const distinct = (items: string[]) => [...new Set(items.filter(Boolean))].join(";");

/** The cells of one metrics.csv row. */
/** A metric's label; a body's share of a consolidated report's spending is defined beside the per-body figures. */
const label = (lang: "zh" | "en", metric: string) =>
  metric === BODY_SHARE ? tk(lang, "bodies.share") : metricRowLabel(lang, metric);

export function metricsCsvRow(r: MetricRow, units: Map<string, Unit>): string[] {
  const u = units.get(r.unit_id);
  const sources = sourcesOf(r);
  const value = numericValue(r.result);
  return [
    r.unit_id,
    u?.name_zh ?? "",
    u?.name_en ?? "",
    String(r.fiscal_year),
    r.stage,
    r.scope,
    r.document_id,
    r.metric,
    label("zh", r.metric),
    label("en", r.metric),
    r.result.state,
    value === null ? "" : formatMetricValue(value, r.unit),
    r.unit,
    tk("zh", `unit.${r.unit === "万元" ? "wan" : "ratio"}`),
    tk("en", `unit.${r.unit === "万元" ? "wan" : "ratio"}`),
    r.result.state === "value" ? (r.result.fromConsolidated ? "derived_from_consolidated" : r.result.basis) : "",
    r.result.state === "not_disclosed" || r.result.state === "not_applicable" ? (r.result.note ?? "") : "",
    distinct(
      sources.map((s) =>
        s.table_id ? `${s.table_no ?? s.table_id} ${s.table_title ?? ""}`.trim() : tk("zh", "source.narrative"),
      ),
    ),
    distinct(
      sources.map((s) =>
        [s.row ? (s.row.item ?? [s.row.code, s.row.name].filter(Boolean).join(" ")) : "", s.column]
          .filter(Boolean)
          .join(" / "),
      ),
    ),
    distinct(sources.map((s) => `${s.table_id ?? "narrative"}:${s.line}`)),
    findingIdsText(r.findings ?? [], r.document_id),
  ];
}

/**
 * Write data/metrics.csv (BOM, documented header) a block of rows at a time: at national scale it has ~2 million
 * rows, and building it as one string took gigabytes.
 */
export function writeMetricsCsv(file: string, metrics: MetricRow[], units: Unit[]): void {
  mkdirSync(dirname(file), { recursive: true });
  const byId = new Map<string, Unit>(units.map((u) => [u.unit_id, u]));
  const fd = openSync(file, "w");
  try {
    writeSync(fd, `\uFEFF${METRICS_CSV_HEADER.map(csvCell).join(",")}\n`);
    const BLOCK = 20_000;
    for (let i = 0; i < metrics.length; i += BLOCK) {
      const lines = metrics.slice(i, i + BLOCK).map((r) => metricsCsvRow(r, byId).map(csvCell).join(","));
      if (lines.length) writeSync(fd, `${lines.join("\n")}\n`);
    }
  } finally {
    closeSync(fd);
  }
}
