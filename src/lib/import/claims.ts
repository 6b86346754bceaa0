/**
 * Narrative sentences that state a figure (…万元, …%) → draft claims.csv rows. What the figure is about (its
 * `subject`) is a curator's reading: the draft names a subject only for the plain phrases below and otherwise writes
 * `unclassified`; every claim goes to the review list.
 */
import type { Row } from "./columns.ts";
import type { ReviewItem } from "./review.ts";
import type { Stage } from "./report.ts";
import type { TextLine } from "./text.ts";

const FIGURE = /(-?\d[\d,]*(?:\.\s?\d+)?)\s*(万元|%)/g;
const SUBJECTS: [RegExp, string][] = [
  [/收支总预算|收支预算|收支总计/, "total_income_expenditure"],
  [/一般公共预算拨款收入|一般公共预算财政拨款收入/, "general_budget_income"],
  [/政府性基金预算拨款收入/, "government_fund_income"],
  [/国有资本经营预算拨款收入/, "state_capital_income"],
  [/收入(预算|合计|总计)?$/, "total_income"],
  [/基本支出$/, "basic_expenditure"],
  [/项目支出$/, "project_expenditure"],
  [/支出(预算|合计|总计)?$/, "total_expenditure"],
];

export interface ClaimOptions {
  document_id: string;
  fiscal_year: string;
  stage: Stage;
}

/** The clause around a figure: from the last 。，；： before it to the next one after it. */
function clauseAt(text: string, at: number, end: number): string {
  const before = Math.max(...["。", "，", "；", "："].map((p) => text.lastIndexOf(p, at))) + 1;
  const after = [..."。，；"].map((p) => text.indexOf(p, end)).filter((i) => i >= 0);
  return text.slice(before, after.length ? Math.min(...after) : text.length).trim();
}

export function draftClaims(lines: TextLine[], options: ClaimOptions, review: ReviewItem[]): Row[] {
  const out: Row[] = [];
  for (const l of lines) {
    if (l.cells.length > 1 || !/[。，；]/.test(l.raw)) continue;
    for (const m of l.raw.matchAll(FIGURE)) {
      const at = m.index;
      const quote = clauseAt(l.raw, at, at + m[0].length);
      const lead = l.raw.slice(Math.max(0, at - 12), at).replace(/\s+/g, "");
      const down = /(减少|下降|降低)$/.test(lead);
      const change = down || /(增加|增长|提高|上升)$/.test(lead);
      const percent = m[2] === "%";
      const kind = change ? (percent ? "pct_change" : "change") : percent ? "share" : "level";
      const name = lead.replace(/[为是共计达]+$/, "");
      const subject =
        change || percent ? "unclassified" : (SUBJECTS.find(([re]) => re.test(name))?.[1] ?? "unclassified");
      const figure = (m[1] ?? "").replace(/[\s,]/g, "");
      const claim_id = `C${String(out.length + 1).padStart(3, "0")}`;
      out.push({
        document_id: options.document_id,
        claim_id,
        line: String(l.line),
        subunit_id: "",
        subject,
        fiscal_year: options.fiscal_year,
        stage: options.stage,
        kind,
        amount: down && !figure.startsWith("-") ? `-${figure}` : figure,
        unit: percent ? "percent" : "万元",
        compared_to: change ? "prior_year" : "",
        quote,
        notes: "",
      });
      review.push({
        line: l.line,
        table_id: "",
        reason: "claim",
        message: `${claim_id} ${kind} ${figure}${m[2] ?? ""} (${subject}): check subject, year and kind`,
      });
    }
  }
  return out;
}
