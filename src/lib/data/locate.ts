import { fieldColumn } from "./csv.ts";
import type { ResourceSpec } from "./datapackage.ts";
import type { ResourceName } from "./model.ts";
import type { ResourceRows, Values } from "./read.ts";
import type { ValidationError } from "./types.ts";

export type Locate = (
  name: ResourceName,
  documentId: string,
  sourceLine: number,
  field: string,
  /** Values that single out the row among several printed on the same source line (三公 items, summary sides). */
  match?: object,
) => Pick<ValidationError, "file" | "line" | "column">;

/** Where a finding's `checks` (or another) cell is: file, line and column. */
export type LocateFinding = (
  documentId: string,
  findingId: string,
  field?: string,
) => Pick<ValidationError, "file" | "line" | "column">;

/**
 * Error locations for checks that span rows: a fact found by document and *source* line, a finding by its id.
 * Indexes are built on the first lookup (only when there are errors to report).
 */
export function locator(
  dir: string,
  resources: ResourceSpec[],
  rows: Map<string, ResourceRows>,
): { where: Locate; findingAt: LocateFinding } {
  interface Located {
    line: number;
    values: Values;
    raw: () => string;
  }
  // Rows by resource, document and source line (file order kept), built on the first lookup: errors only.
  const lineIndex = new Map<string, Map<unknown, Map<unknown, Located[]>>>();
  const rowsOnLine = (name: ResourceName, documentId: string, sourceLine: number): Located[] => {
    let byDocument = lineIndex.get(name);
    if (!byDocument) {
      const built = new Map<unknown, Map<unknown, Located[]>>();
      byDocument = built;
      const resource = rows.get(name);
      resource?.values.forEach((values, i) => {
        const line = resource.lines[i] ?? 1;
        const r = { line, values, raw: () => resource.rawLine(line) };
        let byLine = built.get(values["document_id"]);
        if (!byLine) built.set(values["document_id"], (byLine = new Map<unknown, Located[]>()));
        const list = byLine.get(values["line"]);
        if (list) list.push(r);
        else byLine.set(values["line"], [r]);
      });
      lineIndex.set(name, byDocument);
    }
    return byDocument.get(documentId)?.get(sourceLine) ?? [];
  };
  /** Locate a fact by document and *source* line: the CSV line and column of `field` in that row. */
  const where: Locate = (name, documentId, sourceLine, field, match = {}) => {
    const res = resources.find((r) => r.name === name) as ResourceSpec;
    const onLine = rowsOnLine(name, documentId, sourceLine);
    const row = onLine.find((r) => Object.entries(match).every(([k, v]) => r.values[k] === v)) ?? onLine[0];
    const index = Math.max(
      0,
      res.schema.fields.findIndex((f) => f.name === field),
    );
    return { file: `${dir}/${res.path}`, line: row?.line ?? 1, column: row ? fieldColumn(row.raw(), index) : 1 };
  };

  const findingAt: LocateFinding = (documentId, findingId, field = "checks") => {
    const res = resources.find((r) => r.name === "findings") as ResourceSpec;
    const findings = rows.get("findings");
    const i = findings?.values.findIndex((r) => r["document_id"] === documentId && r["finding_id"] === findingId) ?? -1;
    const index = res.schema.fields.findIndex((f) => f.name === field);
    const line = i >= 0 ? (findings?.lines[i] ?? 1) : 1;
    return {
      file: `${dir}/${res.path}`,
      line,
      column: i >= 0 && findings ? fieldColumn(findings.rawLine(line), index) : 1,
    };
  };
  return { where, findingAt };
}

/** Where a cell of a resource's i-th valid row is (rows as `readResource` returned them). */
export type LocateRow = (
  name: ResourceName,
  index: number,
  field: string,
) => Pick<ValidationError, "file" | "line" | "column">;

export function rowLocator(dir: string, resources: ResourceSpec[], rows: Map<string, ResourceRows>): LocateRow {
  return (name, index, field) => {
    const res = resources.find((r) => r.name === name) as ResourceSpec;
    const resource = rows.get(name);
    const line = resource?.lines[index] ?? 1;
    const column = Math.max(
      0,
      res.schema.fields.findIndex((f) => f.name === field),
    );
    return { file: `${dir}/${res.path}`, line, column: resource ? fieldColumn(resource.rawLine(line), column) : 1 };
  };
}
