import type { FunctionalRow } from "../model.ts";
import { FUNCTIONAL_AMOUNTS } from "../model.ts";
import { groupBy } from "../group.ts";
import type { IdentitySink, Orphan } from "./evaluate.ts";

const ROW_SPLITS: [string, string[]][] = [
  ["total", ["basic", "project"]],
  ["basic", ["personnel", "public"]],
  ["personnel", ["personnel_wages", "personnel_households"]],
  ["public", ["public_goods", "public_capital"]],
  ["project", ["project_operating", "project_specific"]],
];
/**
 * Where a table prints 人员经费 and 公用经费 only as headings over their economic classes (002 预算05表: 工资福利支出,
 * 对个人和家庭的补助, 商品和服务支出, 资本性支出), basic is checked against those four columns instead.
 */
const BASIC_BY_CLASS: [string, string[]] = [
  "basic",
  ["personnel_wages", "personnel_households", "public_goods", "public_capital"],
];

export function functionalChecks(rows: FunctionalRow[], out: IdentitySink, orphans: Orphan[]): void {
  const first = rows[0];
  if (!first) return;
  const base = { document_id: first.document_id, table_id: first.table_id };
  const cols = FUNCTIONAL_AMOUNTS.filter((c) => rows.some((r) => r[c] !== null));
  const get = (r: FunctionalRow, c: string) => r[c as (typeof FUNCTIONAL_AMOUNTS)[number]];
  const splits = cols.includes("personnel") || cols.includes("public") ? ROW_SPLITS : [...ROW_SPLITS, BASIC_BY_CLASS];
  for (const r of rows) {
    for (const [whole, split] of splits) {
      if (!split.some((c) => cols.includes(c as never)) || !cols.includes(whole as never)) continue;
      out.push({
        ...base,
        rule: "row-split",
        subject: `L${r.line}`,
        column: whole,
        line: r.line,
        expected: get(r, whole),
        parts: split.map((c) => get(r, c)),
        cells: [whole, ...split].map((column) => ({ row: r, column })),
      });
    }
  }
  const body = rows.filter((r) => r.row_kind !== "total" && r.row_kind !== "unit" && r.code);
  const topLevel: FunctionalRow[] = [];
  for (const [sub, group] of groupBy(body, (r) => r.subunit_id ?? "")) {
    const at = sub ? `@${sub}` : "";
    const classes = group.filter((r) => r.row_kind === "class");
    const sections = group.filter((r) => r.row_kind === "section");
    const items = group.filter((r) => r.row_kind === "item");
    const level = classes.length ? classes : sections.length ? sections : items;
    topLevel.push(...level);
    for (const parent of [...classes, ...sections]) {
      const code = parent.code ?? "";
      const kids = (parent.row_kind === "class" && sections.length ? sections : items).filter((k) =>
        k.code?.startsWith(code),
      );
      if (!kids.length) continue;
      for (const c of cols)
        out.push({
          ...base,
          rule: parent.row_kind === "class" ? "class-sum" : "section-sum",
          subject: `${code}${at}`,
          column: c,
          line: parent.line,
          expected: get(parent, c),
          parts: kids.map((k) => get(k, c)),
          cells: [parent, ...kids].map((row) => ({ row, column: c })),
        });
    }
    for (const r of [...sections, ...items]) {
      const cls = r.code?.slice(0, 3) ?? "";
      const sec = r.code?.slice(0, 5) ?? "";
      if (classes.length && !classes.some((c) => c.code === cls))
        orphans.push({ resource: "functional", row: r, parent: cls });
      else if (r.row_kind === "item" && sections.length && !sections.some((s) => s.code === sec))
        orphans.push({ resource: "functional", row: r, parent: sec });
    }
  }
  for (const t of rows.filter((r) => r.row_kind === "total")) {
    const parts = t.subunit_id ? topLevel.filter((r) => r.subunit_id === t.subunit_id) : topLevel;
    for (const c of cols)
      out.push({
        ...base,
        rule: "total-sum",
        subject: t.subunit_id ? `total@${t.subunit_id}` : "total",
        column: c,
        line: t.line,
        expected: get(t, c),
        parts: parts.map((p) => get(p, c)),
        cells: [t, ...parts].map((row) => ({ row, column: c })),
      });
  }
}
