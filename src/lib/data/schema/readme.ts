/** The column tables of data/README.md, written from the schema between two marker comments. */
import type { FieldSpec, ResourceSpec } from "./spec.ts";

export const BEGIN = "<!-- schema:begin (written by npm run schema from src/lib/data/schema/; do not edit) -->";
export const END = "<!-- schema:end -->";

/** Markdown code span; "|" escaped so that it does not end a table cell. */
const code = (text: string) => `\`${text.replace(/\|/g, "\\|")}\``;
const cell = (text: string) => text.replace(/\|/g, "\\|");

function allowed(f: FieldSpec): string {
  const c = f.constraints ?? {};
  if (c.enum) return cell(c.enum.join(", "));
  if (c.pattern) return code(c.pattern);
  if (c.minimum !== undefined && c.maximum !== undefined) return `${c.minimum}–${c.maximum}`;
  if (c.minimum !== undefined) return `≥ ${c.minimum}`;
  if (c.maximum !== undefined) return `≤ ${c.maximum}`;
  return "";
}

/** One section per resource: title, keys, and a table of its columns. */
export function columnTables(resources: ResourceSpec[]): string {
  return resources
    .map((r) => {
      const fks = r.schema.foreignKeys.map((fk) => `${code(fk.fields.join(","))} → ${code(fk.reference.resource)}`);
      const rows = r.schema.fields.map((f) =>
        [
          code(f.name),
          f.unit ? `${f.type} (${f.unit})` : f.type,
          f.constraints?.required ? "yes" : "",
          cell(f.description),
          allowed(f),
        ].join(" | "),
      );
      return [
        `## ${code(r.path)} — ${r.description}`,
        "",
        `Primary key: ${code(r.schema.primaryKey.join(", "))}.` +
          (fks.length ? ` Foreign keys: ${fks.join("; ")}` : ""),
        "",
        "| column | type | required | meaning 含义 | allowed |",
        "| --- | --- | --- | --- | --- |",
        ...rows.map((row) => `| ${row} |`),
      ].join("\n");
    })
    .join("\n\n");
}

/** `readme` with the text between the markers replaced by `tables`; throws when a marker is missing. */
export function withColumnTables(readme: string, tables: string): string {
  const start = readme.indexOf(BEGIN);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`data/README.md needs the markers ${BEGIN} … ${END}`);
  return `${readme.slice(0, start + BEGIN.length)}\n\n${tables}\n\n${readme.slice(end)}`;
}
