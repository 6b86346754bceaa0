import { fieldColumn } from "../csv.ts";
import type { ResourceSpec } from "./datapackage.ts";
import type { ParsedRow } from "./read.ts";
import type { ValidationError } from "./types.ts";

const keyOf = (row: ParsedRow, fields: string[]) => JSON.stringify(fields.map((f) => row.values[f] ?? null));

/** Primary-key uniqueness and foreign keys across all resources. */
export function checkKeys(
  dir: string,
  resources: ResourceSpec[],
  rows: Map<string, ParsedRow[]>,
  errors: ValidationError[],
): void {
  const columnOf = (res: ResourceSpec, row: ParsedRow, field: string) =>
    fieldColumn(
      row.raw,
      res.schema.fields.findIndex((f) => f.name === field),
    );
  // Keys of each referenced resource, built once (tables and documents are referenced by several resources).
  const targets = new Map<string, Set<string>>();
  const targetKeys = (resource: string, fields: string[]) => {
    const id = `${resource}\u0000${fields.join("\u0000")}`;
    let set = targets.get(id);
    if (!set) targets.set(id, (set = new Set((rows.get(resource) ?? []).map((r) => keyOf(r, fields)))));
    return set;
  };
  for (const res of resources) {
    const file = `${dir}/${res.path}`;
    const seen = new Map<string, number>();
    for (const row of rows.get(res.name) ?? []) {
      const key = keyOf(row, res.schema.primaryKey);
      const first = seen.get(key);
      if (first !== undefined) {
        errors.push({
          file,
          line: row.line,
          column: columnOf(res, row, res.schema.primaryKey[0] ?? ""),
          rule: "unique",
          message: `duplicate key (${res.schema.primaryKey.join(", ")}) = ${key}; first at line ${first}`,
        });
      } else seen.set(key, row.line);
    }
    for (const fk of res.schema.foreignKeys ?? []) {
      const target = targetKeys(fk.reference.resource, fk.reference.fields);
      for (const row of rows.get(res.name) ?? []) {
        if (fk.fields.every((f) => row.values[f] === null)) continue;
        if (!target.has(keyOf(row, fk.fields))) {
          errors.push({
            file,
            line: row.line,
            column: columnOf(res, row, fk.fields.at(-1) ?? ""),
            rule: "foreign-key",
            message: `${fk.fields.join(", ")} = ${fk.fields.map((f) => row.values[f]).join(", ")} not found in ${fk.reference.resource}`,
          });
        }
      }
    }
  }
}
