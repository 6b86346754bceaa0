import type { PerformanceIndicatorRow, PerformanceRow } from "../model.ts";
import { groupBy } from "../group.ts";
import type { CellRef, IdentitySink } from "./evaluate.ts";

const cell = (row: object, column: string): CellRef => ({ row, column });
const micro = (n: number) => Math.round(n * 1e6) / 1e6;
/** A self-evaluation sheet's full marks (评分满分 100); a project sheet keeps 10 of them for its 预算执行率. */
const FULL_MARKS = 100;
const RATE_MARKS = 10;

/** 完成程度 as printed: "1" (the whole) or a percentage ("50.0%"); anything else is not a degree. */
export function completionRatio(printed: string | null): number | null {
  if (printed === null) return null;
  const percent = /^(\d+(?:\.\d+)?)%$/.exec(printed);
  if (percent) return Number(percent[1]) / 100;
  return /^(0|1)$/.test(printed) ? Number(printed) : null;
}

/** The subject of a row's own checks: its line, and its place on the line when several indicators share it. */
export const indicatorSubject = (r: Pick<PerformanceIndicatorRow, "line" | "seq">) =>
  r.seq === 1 ? `L${r.line}` : `L${r.line}#${r.seq}`;

/** A cost cap printed as "85万元" / "1300 万元" (after its operator), in 万元. */
const costCap = (target: string | null) => /^(\d+(?:\.\d+)?)\s*万元$/.exec(target ?? "")?.[1];

/**
 * Identities of the indicator rows (data/performance_indicators.csv) of one document: a self-evaluated row's 得分 =
 * 分值 × 完成程度; a sheet's 得分 add up, with its tasks' 得分 (performance.csv), to its printed total (总评价得分),
 * and a project sheet's to its 指标自评得分小计; its 分值 add up to the full marks (100 with the tasks' 分值, or 100
 * less the 10 of the 预算执行率 on a project sheet); a project's 总成本 cap is its budget. A check with a blank or
 * illegible figure is not made.
 */
export function performanceIndicatorChecks(
  indicators: readonly PerformanceIndicatorRow[],
  performance: readonly PerformanceRow[],
  documentId: string,
  out: IdentitySink,
): void {
  const rows = indicators.filter((r) => r.document_id === documentId);
  if (!rows.length) return;
  const push = (
    r: PerformanceIndicatorRow,
    rule: string,
    subject: string,
    column: string,
    expected: number | null,
    parts: (number | null)[],
    cells: CellRef[],
  ) =>
    out.push({
      document_id: documentId,
      table_id: r.table_id,
      rule,
      subject,
      column,
      line: r.line,
      expected,
      parts,
      cells,
    });

  for (const r of rows) {
    const ratio = completionRatio(r.completion);
    if (r.status === "value" && r.score !== null && r.weight !== null && ratio !== null)
      push(
        r,
        "performance-indicator-score",
        indicatorSubject(r),
        "score",
        r.score,
        [micro(r.weight * ratio)],
        [cell(r, "score"), cell(r, "weight"), cell(r, "completion")],
      );
  }

  const perf = performance.filter((p) => p.document_id === documentId);
  for (const sheet of groupBy(rows, (r) => `${r.table_id}|${r.project ?? ""}`).values()) {
    const head = sheet[0];
    if (!head) continue;
    const own = perf.filter((p) => p.table_id === head.table_id && p.project === head.project);
    const scored = sheet.filter((r) => r.weight !== null || r.score !== null);
    if (!scored.length) continue;
    const tasks = (item: string) => own.filter((p) => p.item === item && p.project === null);
    const total = own.find((p) => p.item === "total_score");
    const subtotal = own.find((p) => p.item === "indicator_score");
    const allScores = scored.every((r) => r.score !== null);
    // An overall sheet: indicators and tasks together make the 总评价得分.
    const taskScores = tasks("score");
    if (
      head.project === null &&
      total &&
      total.value !== null &&
      allScores &&
      taskScores.every((p) => p.value !== null)
    )
      push(
        head,
        "performance-indicator-score-sum",
        head.table_id,
        "total_score",
        total.value,
        [...scored.map((r) => r.score), ...taskScores.map((p) => p.value)],
        [cell(total, "value"), ...scored.map((r) => cell(r, "score")), ...taskScores.map((p) => cell(p, "value"))],
      );
    // A project sheet: its indicators make the 指标自评得分小计.
    if (head.project !== null && subtotal && subtotal.value !== null && allScores)
      push(
        head,
        "performance-indicator-score-sum",
        head.table_id,
        "indicator_score",
        subtotal.value,
        scored.map((r) => r.score),
        [cell(subtotal, "value"), ...scored.map((r) => cell(r, "score"))],
      );
    const taskWeights = head.project === null ? tasks("weight") : [];
    if (scored.every((r) => r.weight !== null) || head.project === null)
      push(
        head,
        "performance-indicator-weight-sum",
        head.table_id,
        "weight",
        head.project === null ? FULL_MARKS : FULL_MARKS - RATE_MARKS,
        [...scored.map((r) => r.weight), ...taskWeights.map((p) => p.value)],
        [...scored.map((r) => cell(r, "weight")), ...taskWeights.map((p) => cell(p, "value"))],
      );
  }

  // A project's 总成本 cap (成本指标, "≤85万元") against its budget in the same sheet.
  for (const r of rows) {
    const cap = costCap(r.target);
    if (!cap || r.project === null || r.level3 !== "总成本") continue;
    const budget = perf.find((p) => p.table_id === r.table_id && p.project === r.project && p.item === "budget");
    if (budget && budget.value !== null)
      push(
        r,
        "performance-indicator-cost-cap",
        indicatorSubject(r),
        "target",
        budget.value,
        [Number(cap)],
        [cell(budget, "value"), cell(r, "target")],
      );
  }
}
