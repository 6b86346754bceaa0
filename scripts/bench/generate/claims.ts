import type { CsvWriter } from "./csv.ts";
import type { DocContext } from "./documents.ts";
import { lineTotal, threePublicTotal } from "./figures.ts";
import { money } from "./money.ts";

/** The narrative's figures, each with the sentence that prints it, on the lines before the tables. */
export function writeClaims(out: CsvWriter, c: DocContext): void {
  const { id, year, final, fig } = c;
  const stageZh = final ? "决算" : "预算";
  const priorStage = final ? "prior_year" : "prior_year_budget";
  let n = 0;
  const claim = (
    subject: string,
    kind: string,
    amount: string,
    unit: string,
    quote: string,
    comparedTo: string | null = null,
  ) => {
    n++;
    out.row({
      document_id: id,
      claim_id: `C${String(n).padStart(3, "0")}`,
      line: 20 + 2 * n,
      subject,
      fiscal_year: year,
      stage: final ? "final" : "budget",
      kind,
      amount,
      unit,
      compared_to: comparedTo,
      quote,
    });
  };
  const diff = fig.total - c.prior.total;
  const pct = Math.round((diff * 10000) / c.prior.total);
  claim("total_expenditure", "level", money(fig.total), "万元", `${year}年支出${stageZh}总计${money(fig.total)}万元`);
  const change = `比上年${diff < 0 ? "减少" : "增加"}${money(Math.abs(diff))}万元`;
  claim("total_expenditure", "change", money(diff), "万元", change, priorStage);
  const pctChange = `${pct < 0 ? "下降" : "增长"}${money(Math.abs(pct))}%`;
  claim("total_expenditure", "pct_change", money(pct), "percent", pctChange, priorStage);
  claim("basic_expenditure", "level", money(fig.basic), "万元", `基本支出${money(fig.basic)}万元`);
  claim("project_expenditure", "level", money(fig.project), "万元", `项目支出${money(fig.project)}万元`);
  const health = [...fig.items].filter(([k]) => k.startsWith("210")).reduce((a, [, l]) => a + lineTotal(l), 0);
  claim("class:210", "level", money(health), "万元", `其中卫生健康支出${money(health)}万元`);
  const threeTotal = threePublicTotal(fig.three);
  claim("three_public_total", "level", money(threeTotal), "万元", `“三公”经费${stageZh}数${money(threeTotal)}万元`);
  if (final && c.budget) {
    const rate = Math.round((fig.total * 10000) / c.budget.total);
    claim(
      "total_expenditure",
      "execution_rate",
      money(rate),
      "percent",
      `支出决算为年初预算的${money(rate)}%`,
      "budget",
    );
  }
}
