import { href, t, tk, type Lang } from "../../i18n/index.ts";
import { unitName, withUnit } from "../model/labels.ts";
import type { ChartData } from "../charts/registry.ts";
import { fmtMetric, fmtValue } from "../charts/format.ts";
import type { CheckResult } from "../data/types.ts";
import type { MetricRow } from "../model/metrics/index.ts";
import { METRICS } from "../model/metrics/registry.ts";
import type { SiteIndex } from "../site/build-site.ts";
import { citeLink } from "./cite-link.ts";
import { flagMarkup } from "./flags.ts";
import { markup, type Markup } from "./html.ts";

/**
 * Table bodies repeated thousands of times a page at national scale, written as strings (see html.ts): each
 * returns the rows of one <tbody>; the page writes the table around them.
 */

const unitLink = (index: Pick<SiteIndex, "unit">, unitId: string, lang: Lang) =>
  markup`<a href="${href(lang, `units/${unitId}/`)}">${unitName(index.unit.get(unitId), lang)}</a>`;

/**
 * A metric page's full table: every report of the latest year (12,000 rows at national scale): unit, year,
 * stage · scope, then each metric with one short link to its source (see cite-link.ts).
 */
export function metricTableRows(
  site: {
    data: Pick<ChartData, "units" | "documents"> & { sourceViewer: boolean };
    index: Pick<SiteIndex, "unit" | "document" | "metricOf">;
  },
  docs: readonly string[],
  ids: readonly string[],
  lang: Lang,
): Markup {
  const { data, index } = site;
  return markup`${docs.map((docId) => {
    const doc = index.document.get(docId);
    if (!doc) return null;
    const cells = ids.map((id) => {
      const m = index.metricOf(docId, id, doc.fiscal_year);
      const value = m?.result.state === "value" ? m.result.value : "";
      return markup`<td class="num" data-value="${value}" data-unit="${m?.unit}">${m && fmtMetric(m.result, m.unit, lang)}${flagMarkup(m?.findings, lang)}${citeLink(m, doc.fiscal_year, lang, data.sourceViewer)}</td>`;
    });
    const stage = `${tk(lang, `stage.${doc.stage}`)} · ${tk(lang, `scope.${doc.scope}`)}`;
    return markup`<tr class="stage-${doc.stage}"><th scope="row">${unitLink(index, doc.unit_id, lang)}</th><td>${doc.fiscal_year}</td><td>${stage}</td>${cells}</tr>`;
  })}`;
}

/**
 * A province's comparison: a row per metric, a cell per report (`docs`, in column order), each figure with one
 * short link to its source (`sourceViewer`: to the printed line). A cell's report is its column's (the header's
 * data-doc): not repeated per cell (bytes at national scale).
 */
export function compareRows(
  index: Pick<SiteIndex, "metricOf">,
  docs: readonly { document_id: string; fiscal_year: number }[],
  lang: Lang,
  sourceViewer: boolean,
): Markup {
  return markup`${METRICS.map((m) => {
    const cells = docs.map((d) => {
      const r = index.metricOf(d.document_id, m.id, d.fiscal_year);
      return markup`<td class="num" data-unit="${m.unit}">${r && fmtMetric(r.result, r.unit, lang)}${flagMarkup(r?.findings, lang)}${citeLink(r, d.fiscal_year, lang, sourceViewer)}</td>`;
    });
    return markup`<tr><th scope="row" data-unit="${m.unit}">${withUnit(lang, tk(lang, m.label), m.unit)}</th>${cells}</tr>`;
  })}`;
}

/**
 * A province's figures over time for one metric: a row per unit and stage (`series`, "unit|stage") with a figure
 * in any year, its cells (one per year) from `cellsOf`; a figure from the narrative is marked as such, and each
 * has one short link to its source.
 */
export function overTimeRows(
  index: Pick<SiteIndex, "unit" | "document">,
  series: readonly string[],
  cellsOf: (series: string) => readonly (MetricRow | undefined)[],
  lang: Lang,
  sourceViewer: boolean,
): Markup {
  return markup`${series.map((s) => {
    const [unitId = "", stage = ""] = s.split("|");
    const cells = cellsOf(s);
    if (!cells.some((c) => c?.result.state === "value")) return null;
    const tds = cells.map((c) => {
      if (c?.result.state !== "value") return markup`<td class="num">—</td>`;
      const narrative = c.result.basis === "narrative" && markup` (${tk(lang, "basis.narrative")})`;
      // The unit is the table caption's (one metric a table): not repeated per cell (bytes at national scale).
      return markup`<td class="num">${fmtValue(c.result.value, c.unit, lang)}${narrative}${citeLink(c, index.document.get(c.document_id)?.fiscal_year, lang, sourceViewer)}</td>`;
    });
    return markup`<tr class="stage-${stage}"><th scope="row">${unitLink(index, unitId, lang)}</th><td>${tk(lang, `stage.${stage}`)}</td>${tds}</tr>`;
  })}`;
}

/**
 * A report's checks that do not pass: check key (without the document's prefix), status, figures, finding.
 * `tableName`: a table as the report prints it (its number, else its title), never the internal id alone.
 */
export function checkRows(
  problems: readonly CheckResult[],
  documentId: string,
  labels: Record<CheckResult["status"], string>,
  lang: Lang,
  tableName: (tableId: string) => string = (id) => id,
): Markup {
  return markup`${problems.map((c) => {
    const finding = c.finding_id && markup`<a href="#${c.finding_id}">${c.finding_id}</a>`;
    // A readable label ("T05 · 合计等于各类之和 · 第372行 · 基本支出"); the key stays as the tooltip (checks.csv uses it).
    const text = t(lang, "check.text", {
      table: tableName(c.table_id),
      rule: tk(lang, `rule.${c.rule}`),
      line: t(lang, "source.line", { line: c.line }),
      column: tk(lang, `column.${c.column}`),
    });
    // A performance table's rate and score checks compare percentages and points, not 万元: each cell says so.
    const unit = c.rule === "performance-rate" ? "%" : c.rule === "performance-score" ? "points" : "万元";
    const cell = (v: number) =>
      unit === "万元"
        ? markup`<td class="num" data-unit="万元">${v}</td>`
        : markup`<td class="num" data-unit="${unit}">${tk(lang, `check.value.${unit}`, { value: Math.round(v * 100) / 100 })}</td>`;
    return markup`<tr class="check-${c.status}"><td title="${c.key.slice(documentId.length + 1)}">${text}</td><td>${labels[c.status]}</td>${cell(c.expected)}${cell(c.actual)}<td>${finding}</td></tr>`;
  })}`;
}
