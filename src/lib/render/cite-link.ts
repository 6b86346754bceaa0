import { href, t, type Lang } from "../../i18n/index.ts";
import { keyFigureAnchor, lineAnchor, sourcePagePath, yoyAnchor } from "../model/labels.ts";
import type { MetricRow } from "../model/metrics/index.ts";
import { markup, type Markup } from "./html.ts";

/**
 * Where a figure stands on its report page: its key-figure row (its report's own year), else its year-on-year row
 * (a prior year's figure from the narrative, or a change). Language-neutral: `reports/<document>/#<anchor>`.
 */
export function reportFigurePath(row: Pick<MetricRow, "document_id" | "metric" | "fiscal_year">, docYear: number) {
  const own = row.fiscal_year === docYear && !row.metric.endsWith("_yoy");
  return `reports/${row.document_id}/#${own ? keyFigureAnchor(row.metric) : yoyAnchor(row.metric, row.fiscal_year)}`;
}

/**
 * A figure's source, one short link for the tables repeated per province (the long citation is on the report
 * page): "第372行" to the printed line in the source viewer (`--sources` build), else to the figure's row on its
 * report page, which cites it in full. A figure resting on several lines links its first, and says how many more
 * ("第372行+2": the viewer marks the others). Nothing for a figure without a source.
 */
export function citeLink(
  row: Pick<MetricRow, "document_id" | "metric" | "fiscal_year" | "result"> | undefined,
  docYear: number | undefined,
  lang: Lang,
  sourceViewer: boolean,
): Markup {
  if (!row || row.result.state === "not_disclosed" || row.result.state === "not_applicable") return markup``;
  const [first] = row.result.sources;
  if (!first || docYear === undefined) return markup``;
  const lines = new Set(row.result.sources.map((s) => `${s.document_id}#${s.line}`));
  const target = sourceViewer
    ? `${href(lang, sourcePagePath(first.document_id))}#${lineAnchor(first.line)}`
    : href(lang, reportFigurePath(row, docYear));
  const more = lines.size > 1 ? t(lang, "cite.more", { n: lines.size - 1 }) : "";
  return markup` <a href="${target}">${t(lang, "cite.short", { line: first.line })}${more}</a>`;
}
