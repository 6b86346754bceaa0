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

export function functionalChecks(rows: FunctionalRow[], out: IdentitySink, orphans: Orphan[]): void {
  const first = rows[0];
  if (!first) return;
  const base = { document_id: first.document_id, table_id: first.table_id };
  const cols = FUNCTIONAL_AMOUNTS.filter((c) => rows.some((r) => r[c] !== null));
  const get = (r: FunctionalRow, c: string) => r[c as (typeof FUNCTIONAL_AMOUNTS)[number]];
  for (const r of rows) {
    for (const [whole, split] of ROW_SPLITS) {
      if (!split.some((c) => cols.includes(c as never)) || !cols.includes(whole as never)) continue;
      out.push({
        ...base,
        rule: "row-split",
        subject: `L${r.line}`,
        column: whole,
        line: r.line,
        expected: get(r, whole),
        parts: split.map((c) => get(r, c)),
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
      });
  }
}
