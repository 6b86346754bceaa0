import type { EconomicRow } from "../model.ts";
import { groupBy } from "../group.ts";
import type { IdentitySink, Orphan } from "./evaluate.ts";

export function economicChecks(rows: EconomicRow[], out: IdentitySink, orphans: Orphan[]): void {
  const first = rows[0];
  if (!first) return;
  const base = { document_id: first.document_id, table_id: first.table_id };
  const blocks = rows.some((r) => r.section !== null);
  const all: ("total" | "personnel" | "public")[] = ["total", "personnel", "public"];
  const cols = blocks ? all.slice(0, 1) : all.filter((c) => rows.some((r) => r[c] !== null));
  if (!blocks && cols.includes("personnel") && cols.includes("total"))
    for (const r of rows)
      out.push({
        ...base,
        rule: "row-split",
        subject: `L${r.line}`,
        column: "total",
        line: r.line,
        expected: r.total,
        parts: [r.personnel, r.public],
        cells: ["total", "personnel", "public"].map((column) => ({ row: r, column })),
      });
  for (const [key, group] of groupBy(rows, (r) => `${r.subunit_id ?? ""}|${r.section ?? ""}`)) {
    const [sub, section] = key.split("|");
    const at = (sub ? `@${sub}` : "") + (section ? `:${section}` : "");
    const classes = group.filter((r) => r.row_kind === "class");
    const items = group.filter((r) => r.row_kind === "item");
    for (const cls of classes) {
      const kids = items.filter((i) => i.code?.startsWith(cls.code ?? "-"));
      if (!kids.length) continue;
      for (const c of cols)
        out.push({
          ...base,
          rule: "class-sum",
          subject: `${cls.code}${at}`,
          column: c,
          line: cls.line,
          expected: cls[c],
          parts: kids.map((k) => k[c]),
          cells: [cls, ...kids].map((row) => ({ row, column: c })),
        });
    }
    if (classes.length)
      for (const i of items)
        if (!classes.some((c) => c.code === i.code?.slice(0, 3)))
          orphans.push({ resource: "economic", row: i, parent: i.code?.slice(0, 3) ?? "" });
    const parts = classes.length ? classes : items;
    for (const t of group.filter((r) => r.row_kind === "total"))
      for (const c of cols)
        out.push({
          ...base,
          rule: "total-sum",
          subject: `total${at}`,
          column: c,
          line: t.line,
          expected: t[c],
          parts: parts.map((p) => p[c]),
          cells: [t, ...parts].map((row) => ({ row, column: c })),
        });
  }
}
