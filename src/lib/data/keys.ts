import { fieldColumn } from "./csv.ts";
import type { ResourceSpec } from "./datapackage.ts";
import type { ResourceRows, Values } from "./read.ts";
import type { ValidationError } from "./types.ts";

/** A key's values as printed in messages. */
const shownKey = (row: Values, fields: string[]) => JSON.stringify(fields.map((f) => row[f] ?? null));

/**
 * A key's values as one string, for sets and maps (millions of rows at national scale; cheaper than JSON): null,
 * numbers and text are tagged so that null ≠ "" ≠ "null" and 1 ≠ "1".
 */
const keyOf = (row: Values, fields: string[]) => {
  let key = "";
  for (const f of fields) {
    const v = row[f] ?? null;
    key += v === null ? "\u0002\u0000" : typeof v === "number" ? `\u0003${v}\u0000` : `${v}\u0000`;
  }
  return key;
};

/** Primary-key uniqueness and foreign keys across all resources. */
export function checkKeys(
  dir: string,
  resources: ResourceSpec[],
  rows: Map<string, ResourceRows>,
  errors: ValidationError[],
): void {
  const columnOf = (res: ResourceSpec, line: number, field: string) =>
    fieldColumn(
      rows.get(res.name)?.rawLine(line) ?? "",
      res.schema.fields.findIndex((f) => f.name === field),
    );
  // Keys of each referenced resource, built once (tables and documents are referenced by several resources).
  const targets = new Map<string, Set<string>>();
  const targetKeys = (resource: string, fields: string[]) => {
    const id = `${resource}\u0000${fields.join("\u0000")}`;
    let set = targets.get(id);
    if (!set) targets.set(id, (set = new Set((rows.get(resource)?.values ?? []).map((r) => keyOf(r, fields)))));
    return set;
  };
  for (const res of resources) {
    const file = `${dir}/${res.path}`;
    const seen = new Map<string, number>();
    const { values = [], lines = [] } = rows.get(res.name) ?? {};
    values.forEach((row, i) => {
      const line = lines[i] ?? 1;
      const key = keyOf(row, res.schema.primaryKey);
      const first = seen.get(key);
      if (first !== undefined) {
        errors.push({
          file,
          line,
          column: columnOf(res, line, res.schema.primaryKey[0] ?? ""),
          rule: "unique",
          message: `duplicate key (${res.schema.primaryKey.join(", ")}) = ${shownKey(row, res.schema.primaryKey)}; first at line ${first}`,
        });
      } else seen.set(key, line);
    });
    seen.clear();
    for (const fk of res.schema.foreignKeys ?? []) {
      const target = targetKeys(fk.reference.resource, fk.reference.fields);
      values.forEach((row, i) => {
        if (fk.fields.every((f) => row[f] === null)) return;
        if (!target.has(keyOf(row, fk.fields))) {
          const line = lines[i] ?? 1;
          errors.push({
            file,
            line,
            column: columnOf(res, line, fk.fields.at(-1) ?? ""),
            rule: "foreign-key",
            message: `${fk.fields.join(", ")} = ${fk.fields.map((f) => row[f]).join(", ")} not found in ${fk.reference.resource}`,
          });
        }
      });
    }
  }
}
