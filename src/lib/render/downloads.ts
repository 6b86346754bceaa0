import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from "node:fs";
import { dirname, join } from "node:path";
import type { ChartSpec } from "../charts/registry.ts";
import { csvCell, toCsv } from "../data/csv.ts";
import { METRICS_CSV_HEADER, metricsCsvRows, type MetricRow } from "../model/metrics/index.ts";
import type { Unit } from "../data/model.ts";
import type { CheckResult } from "../data/types.ts";

export const CHART_CSV_HEADER = [
  "key",
  "label_zh",
  "label_en",
  "value",
  "unit",
  "state",
  "stage",
  "source",
  "body",
] as const;

/** Exactly the rows a chart shows, in both languages, with their sources; BOM so Excel reads UTF-8. */
export function chartCsv(spec: ChartSpec): string {
  const zh = spec.view("zh");
  const en = spec.view("en");
  const rows = zh.bars.map((b, i) => [
    b.key,
    b.label,
    en.bars[i]?.label ?? "",
    b.value,
    zh.unit,
    b.value === null ? (en.bars[i]?.missing ?? "") : "value",
    b.style,
    zh.sourceOf(b.key),
    b.groupId ?? "",
  ]);
  return toCsv(CHART_CSV_HEADER, rows, { bom: true });
}

/**
 * Write data/metrics.csv (BOM, documented header) a block of rows at a time: at national scale it has ~2 million
 * rows, and building it as one string took gigabytes.
 */
export function writeMetricsCsv(file: string, metrics: MetricRow[], units: Unit[]): void {
  mkdirSync(dirname(file), { recursive: true });
  const fd = openSync(file, "w");
  try {
    writeSync(fd, `\uFEFF${METRICS_CSV_HEADER.map(csvCell).join(",")}\n`);
    const BLOCK = 20_000;
    for (let i = 0; i < metrics.length; i += BLOCK) {
      const lines = metricsCsvRows(metrics.slice(i, i + BLOCK), units).map((r) => r.map(csvCell).join(","));
      if (lines.length) writeSync(fd, `${lines.join("\n")}\n`);
    }
  } finally {
    closeSync(fd);
  }
}

/** Every chart's data.csv beside its embed page (`embed/<id>/data.csv`). */
export function writeChartCsvs(outDir: string, charts: ChartSpec[]): void {
  for (const spec of charts) {
    const dir = join(outDir, "embed", spec.id);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "data.csv"), chartCsv(spec));
  }
}

export const CHECKS_CSV_HEADER = [
  "key",
  "table_id",
  "rule",
  "subject",
  "column",
  "line",
  "expected",
  "actual",
  "cells",
  "tolerance",
  "status",
  "finding_id",
] as const;

/** Every identity checked on each report, as reports/<id>/checks.csv (BOM), findings linked. */
export function writeCheckCsvs(
  outDir: string,
  documentIds: readonly string[],
  checksOf: (documentId: string) => CheckResult[],
): void {
  for (const id of documentIds) {
    const dir = join(outDir, "reports", id);
    mkdirSync(dir, { recursive: true });
    const rows = checksOf(id).map((c) => [
      c.key,
      c.table_id,
      c.rule,
      c.subject,
      c.column,
      c.line,
      c.expected,
      c.actual,
      c.cells,
      c.tolerance,
      c.status,
      c.finding_id,
    ]);
    writeFileSync(join(dir, "checks.csv"), toCsv(CHECKS_CSV_HEADER, rows, { bom: true }));
  }
}
