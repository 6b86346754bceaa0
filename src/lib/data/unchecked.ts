import type { CellsRead } from "./cells-read.ts";
import type { ResourceSpec } from "./datapackage.ts";
import type { LocateRow } from "./locate.ts";
import type { ResourceName } from "./model.ts";
import type { ResourceRows } from "./read.ts";
import type { ValidationError } from "./types.ts";

/** A figure no check read: where it is in its CSV file. */
export interface UncheckedFigure {
  file: string;
  line: number;
  column: number;
  field: string;
}

export interface UncheckedFigures {
  /** Figures in no check that unpaired.csv does not explain: the goal is none. */
  total: number;
  /** Figures in no check that unpaired.csv lists, each with the reason its report prints no partner. */
  unpaired?: number;
  /** By CSV file (as data/ names it, e.g. "summary.csv"), files with none left out, in schema order. */
  byFile: Record<string, number>;
  /** The first few of each file, in file order. */
  examples: UncheckedFigure[];
}

/**
 * Fields that hold a figure whatever its unit: a claim's amount, a performance table's value (万元, % or 分), an
 * indicator row's 分值 and 得分 (分).
 */
const FIGURES_ANY_UNIT: Record<string, readonly string[]> = {
  claims: ["amount"],
  performance: ["value"],
  performance_indicators: ["weight", "score"],
};

/** The figures of a resource: its 万元 fields, and the fields of FIGURES_ANY_UNIT. */
export function figureFields(resource: ResourceSpec): string[] {
  return resource.schema.fields
    .filter((f) => f.unit === "万元" || FIGURES_ANY_UNIT[resource.name]?.includes(f.name))
    .map((f) => f.name);
}

/**
 * The key of a figure as unpaired.csv names it: document, table, source line, fact file and column (for summary.csv
 * the printed column its `column` field names, since all its figures are in `amount`; for performance.csv its `item`).
 */
const figureKey = (file: string, values: Record<string, unknown>, field: string) => {
  const column = file === "summary" ? values["column"] : file === "performance" ? values["item"] : field;
  return [values["document_id"], values["table_id"], values["line"], file, column].join("|");
};

/**
 * Count the printed figures (non-blank cells of `figureFields`) that no check read: the goal is none, so that a
 * changed digit anywhere makes some check fail. A figure unpaired.csv lists (its report prints nothing to check it
 * against) is counted apart; a listed figure that a check does read, or that no row prints, is an error in
 * unpaired.csv (rule unpaired).
 */
export function uncheckedFigures(
  resources: ResourceSpec[],
  rows: Map<string, ResourceRows>,
  read: CellsRead,
  at: LocateRow,
  { examplesPerFile = 3, errors = [] as ValidationError[] } = {},
): UncheckedFigures {
  const out: UncheckedFigures = { total: 0, unpaired: 0, byFile: {}, examples: [] };
  const listed = new Map<string, number>();
  rows.get("unpaired")?.values.forEach((v, i) => {
    listed.set([v["document_id"], v["table_id"], v["line"], v["file"], v["field"]].join("|"), i);
  });
  const matched = new Set<string>();
  const unpairedError = (key: string, message: string) => {
    const i = listed.get(key) ?? 0;
    errors.push({ ...at("unpaired", i, "field"), rule: "unpaired", message });
  };
  for (const resource of resources) {
    const fields = figureFields(resource);
    const resourceRows = rows.get(resource.name);
    if (!fields.length || !resourceRows) continue;
    let count = 0;
    resourceRows.values.forEach((values, i) => {
      for (const field of fields) {
        const key = listed.size ? figureKey(resource.name, values, field) : "";
        const isListed = listed.has(key);
        if (isListed) matched.add(key);
        if (values[field] === null || values[field] === undefined) {
          // The row unpaired.csv names is here, its figure blank: the error is the blank cell's.
          if (isListed)
            errors.push({
              ...at(resource.name as ResourceName, i, field),
              rule: "unpaired",
              message: `${field} is blank, but unpaired.csv line ${(listed.get(key) ?? 0) + 2} lists a figure here`,
            });
          continue;
        }
        if (read.has(values, field)) {
          if (isListed)
            unpairedError(
              key,
              `${key.replaceAll("|", " ")} is listed as unpaired but a check reads it: remove the row`,
            );
          continue;
        }
        if (isListed) {
          out.unpaired = (out.unpaired ?? 0) + 1;
          continue;
        }
        if (count++ < examplesPerFile) out.examples.push({ ...at(resource.name as ResourceName, i, field), field });
      }
    });
    if (count) out.byFile[resource.path] = count;
    out.total += count;
  }
  for (const key of listed.keys())
    if (!matched.has(key))
      unpairedError(key, `${key.replaceAll("|", " ")} is listed as unpaired but no row prints a figure there`);
  return out;
}

/**
 * One line for the validator's output: the count, by file, and the first figure of each file as file:line:column
 * field, e.g. `figures in no check: 3 (summary.csv 3); e.g. data/summary.csv:57:80 amount`.
 */
export function uncheckedLine(unchecked: UncheckedFigures): string {
  const files = Object.entries(unchecked.byFile);
  const apart = unchecked.unpaired
    ? ` (and ${unchecked.unpaired} with no partner in their report, each listed with its reason in unpaired.csv)`
    : "";
  if (!files.length) return `figures in no check: ${unchecked.total}${apart}`;
  const firsts = files.flatMap(([file]) => unchecked.examples.find((e) => e.file.endsWith(`/${file}`)) ?? []);
  return (
    `figures in no check: ${unchecked.total} (${files.map(([file, n]) => `${file} ${n}`).join(", ")}); e.g. ` +
    firsts.map((e) => `${e.file}:${e.line}:${e.column} ${e.field}`).join(", ") +
    apart
  );
}
