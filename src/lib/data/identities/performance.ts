import type { Dataset, FunctionalRow, PerformanceRow } from "../model.ts";
import { FUNCTIONAL_ROLES, headlineTable } from "../facts.ts";
import { groupBy } from "../group.ts";
import type { CellRef, IdentitySink } from "./evaluate.ts";

/** One document's rows the performance identities read. */
type DocumentRows = Pick<Dataset, "tables" | "functional" | "projects" | "performance">;

const cell = (row: object, column: string): CellRef => ({ row, column });
const noSpace = (s: string) => s.replace(/\s+/g, "");
/** 执行率 and 得分 are printed to 2 decimals: a ratio computed from them is compared at that precision. */
const cents = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * Identities of the performance tables (data/performance.csv), within a sheet and against the financial tables:
 * 执行率 = 执行数 / 预算数; 得分 = 分值 × 执行率; 年初预算收入 = 年初预算支出; fund sources and structure add up
 * to the total; a project's budget equals its row in the project table; the projects add up to the functional
 * table's 项目支出 total, an overall table's basic-expenditure tasks to its 基本支出 total; and in a final account
 * the self-evaluated projects' 执行数 of a body add up to that body's 项目支出 in the functional table. A check
 * with an illegible or blank cell is not made (a missing figure is never read as zero).
 */
export function performanceChecks(data: DocumentRows, documentId: string, out: IdentitySink): void {
  const perf = data.performance.filter((r) => r.document_id === documentId);
  if (!perf.length) return;
  const roleOf = new Map(data.tables.map((t) => [t.table_id, t.role]));
  const fTable = headlineTable(data.tables, FUNCTIONAL_ROLES)?.table_id;
  const fRows = data.functional.filter((r) => r.table_id === fTable);
  const fTotal = fRows.find((r) => r.row_kind === "total" && !r.subunit_id);
  const push = (
    r: PerformanceRow,
    rule: string,
    subject: string,
    expected: number | null,
    parts: (number | null)[],
    cells: CellRef[],
  ) =>
    out.push({
      document_id: documentId,
      table_id: r.table_id,
      rule,
      subject,
      column: r.item,
      line: r.line,
      expected,
      parts,
      cells,
    });
  const known = (...rows: (PerformanceRow | undefined)[]): boolean =>
    rows.every((r) => r !== undefined && r.status === "value" && r.value !== null);

  // Within one printed row (a task of an overall sheet, or a project sheet's budget line).
  for (const row of groupBy(perf, (r) => `${r.table_id}|${r.line}`).values()) {
    const get = (item: string) => row.find((r) => r.item === item);
    const [budget, spent, rate, weight, score] = ["budget", "spent", "rate", "weight", "score"].map(get);
    const at = `L${row[0]?.line ?? 0}`;
    if (rate && budget && spent && known(rate, budget, spent) && budget.value !== 0)
      push(
        rate,
        "performance-rate",
        at,
        rate.value,
        [cents(((spent.value ?? 0) / (budget.value ?? 1)) * 100)],
        [cell(rate, "value"), cell(spent, "value"), cell(budget, "value")],
      );
    if (score && weight && rate && known(score, weight, rate))
      push(
        score,
        "performance-score",
        at,
        score.value,
        [cents(((weight.value ?? 0) * (rate.value ?? 0)) / 100)],
        [cell(score, "value"), cell(weight, "value"), cell(rate, "value")],
      );
  }

  for (const sheet of groupBy(perf, (r) => r.table_id).values()) {
    const table = sheet[0]?.table_id ?? "";
    const role = roleOf.get(table);
    const items = (item: string) => sheet.filter((r) => r.item === item);
    const one = (item: string) => items(item)[0];
    // 年初预算收入 = 年初预算支出 (整体自评表).
    const revenue = one("budget_initial_revenue");
    const expenditure = one("budget_initial_expenditure");
    if (revenue && expenditure && known(revenue, expenditure))
      push(
        revenue,
        "performance-initial-balance",
        table,
        revenue.value,
        [expenditure.value],
        [cell(revenue, "value"), cell(expenditure, "value")],
      );
    if (role === "performance_overall") {
      const total = one("budget");
      const basic = one("basic");
      const project = one("project");
      const funds = [...items("fund_government"), ...items("fund_special_account"), ...items("fund_unit")];
      if (total && basic) {
        // A total with its sources and structure (沈丘 预算11表).
        const printed = funds.filter((r) => r.status === "value");
        if (printed.length)
          push(
            total,
            "performance-fund-sources",
            table,
            total.value,
            printed.map((r) => r.value),
            [cell(total, "value"), ...printed.map((r) => cell(r, "value"))],
          );
        if (project)
          push(
            total,
            "performance-structure",
            table,
            total.value,
            [basic.value, project.value],
            [cell(total, "value"), cell(basic, "value"), cell(project, "value")],
          );
        if (fTotal) {
          push(
            total,
            "performance-vs-functional",
            `${table}:${fTable}`,
            total.value,
            [fTotal.total],
            [cell(total, "value"), cell(fTotal, "total")],
          );
          push(
            basic,
            "performance-vs-functional",
            `${table}:${fTable}`,
            basic.value,
            [fTotal.basic],
            [cell(basic, "value"), cell(fTotal, "basic")],
          );
          if (project)
            push(
              project,
              "performance-vs-functional",
              `${table}:${fTable}`,
              project.value,
              [fTotal.project],
              [cell(project, "value"), cell(fTotal, "project")],
            );
        }
      } else if (fTotal) {
        // Tasks listed with their budgets (基本支出人员经费/公用经费): together the 基本支出 total.
        const tasks = items("budget").filter((r) => r.project === null);
        if (tasks.length && tasks.every((r) => r.status === "value") && tasks[0])
          push(
            tasks[0],
            "performance-tasks-vs-basic",
            `${table}:${fTable}`,
            fTotal.basic,
            tasks.map((r) => r.value),
            [cell(fTotal, "basic"), ...tasks.map((r) => cell(r, "value"))],
          );
      }
    }
    if (role === "performance_project") {
      // A total or unit row (no project) of a project summary sheet is the sum of its projects.
      for (const item of ["budget", "fund_government"]) {
        const rows = items(item);
        const projects = rows.filter((r) => r.project !== null);
        for (const total of rows.filter((r) => r.project === null))
          push(
            total,
            "performance-project-sum",
            `${table}:L${total.line}`,
            total.value,
            projects.map((r) => r.value),
            [cell(total, "value"), ...projects.map((r) => cell(r, "value"))],
          );
      }
    }
  }

  // Each project's budget is its amount in the project table (matched by name, spaces ignored).
  const projectBudgets = perf.filter(
    (r) => roleOf.get(r.table_id) === "performance_project" && r.item === "budget" && r.project !== null,
  );
  const byName = new Map(data.projects.map((p) => [noSpace(p.name), p]));
  for (const r of projectBudgets) {
    const p = byName.get(noSpace(r.project ?? ""));
    if (p)
      push(
        r,
        "performance-vs-projects",
        `L${r.line}:${p.table_id}`,
        p.amount,
        [r.value],
        [cell(p, "amount"), cell(r, "value")],
      );
  }
  // All project sheets together: the functional table's 项目支出 total.
  const first = projectBudgets[0];
  if (first && fTotal && projectBudgets.every((r) => r.status === "value"))
    push(
      first,
      "performance-projects-vs-functional",
      `${fTable}`,
      fTotal.project,
      projectBudgets.map((r) => r.value),
      [cell(fTotal, "project"), ...projectBudgets.map((r) => cell(r, "value"))],
    );

  // Final accounts: the self-evaluated projects' 执行数 of a body against its 项目支出 in the functional table.
  const spentByBody = groupBy(
    perf.filter((r) => roleOf.get(r.table_id) === "performance_self_evaluation" && r.project && r.item === "spent"),
    (r) => r.subunit_id ?? "",
  );
  for (const [body, spent] of spentByBody) {
    const bodyRows: FunctionalRow[] = fRows.filter((r) => r.row_kind === "item" && (r.subunit_id ?? "") === body);
    const head = spent[0];
    if (!head || !bodyRows.length || !spent.every((r) => r.status === "value")) continue;
    push(
      head,
      "self-evaluation-vs-functional",
      `${body || "all"}:${fTable}`,
      cents(bodyRows.reduce((a, r) => a + (r.project ?? 0), 0)),
      spent.map((r) => r.value),
      [
        ...bodyRows.filter((r) => r.project !== null).map((r) => cell(r, "project")),
        ...spent.map((r) => cell(r, "value")),
      ],
    );
  }
}
