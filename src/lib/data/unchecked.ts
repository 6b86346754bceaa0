import type { CellsRead } from "./cells-read.ts";
import type { ResourceSpec } from "./datapackage.ts";
import type { LocateRow } from "./locate.ts";
import type { ResourceName } from "./model.ts";
import type { ResourceRows } from "./read.ts";

/** A figure no check read: where it is in its CSV file. */
export interface UncheckedFigure {
  file: string;
  line: number;
  column: number;
  field: string;
}

export interface UncheckedFigures {
  total: number;
  /** By CSV file (as data/ names it, e.g. "summary.csv"), files with none left out, in schema order. */
  byFile: Record<string, number>;
  /** The first few of each file, in file order. */
  examples: UncheckedFigure[];
}

/** Fields that hold a figure whatever its unit: a claim's amount, a performance table's value (万元, % or 分). */
const FIGURES_ANY_UNIT: Record<string, string> = { claims: "amount", performance: "value" };

/** The figures of a resource: its 万元 fields, and the fields of FIGURES_ANY_UNIT. */
export function figureFields(resource: ResourceSpec): string[] {
  return resource.schema.fields
    .filter((f) => f.unit === "万元" || FIGURES_ANY_UNIT[resource.name] === f.name)
    .map((f) => f.name);
}

/**
 * Count the printed figures (non-blank cells of `figureFields`) that no check read: the goal is none, so that a
 * changed digit anywhere makes some check fail.
 */
export function uncheckedFigures(
  resources: ResourceSpec[],
  rows: Map<string, ResourceRows>,
  read: CellsRead,
  at: LocateRow,
  { examplesPerFile = 3 } = {},
): UncheckedFigures {
  const out: UncheckedFigures = { total: 0, byFile: {}, examples: [] };
  for (const resource of resources) {
    const fields = figureFields(resource);
    const resourceRows = rows.get(resource.name);
    if (!fields.length || !resourceRows) continue;
    let count = 0;
    resourceRows.values.forEach((values, i) => {
      for (const field of fields) {
        if (values[field] === null || values[field] === undefined || read.has(values, field)) continue;
        if (count++ < examplesPerFile) out.examples.push({ ...at(resource.name as ResourceName, i, field), field });
      }
    });
    if (count) out.byFile[resource.path] = count;
    out.total += count;
  }
  return out;
}

/**
 * One line for the validator's output: the count, by file, and the first figure of each file as file:line:column
 * field, e.g. `figures in no check: 3 (summary.csv 3); e.g. data/summary.csv:57:80 amount`.
 */
export function uncheckedLine(unchecked: UncheckedFigures): string {
  const files = Object.entries(unchecked.byFile);
  if (!files.length) return `figures in no check: ${unchecked.total}`;
  const firsts = files.flatMap(([file]) => unchecked.examples.find((e) => e.file.endsWith(`/${file}`)) ?? []);
  return (
    `figures in no check: ${unchecked.total} (${files.map(([file, n]) => `${file} ${n}`).join(", ")}); e.g. ` +
    firsts.map((e) => `${e.file}:${e.line}:${e.column} ${e.field}`).join(", ")
  );
}
