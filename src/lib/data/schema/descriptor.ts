/**
 * The published form of the schema: a Frictionless Tabular Data Package (data/datapackage.json) that standard
 * readers accept as is: Table Schema types only (money is a plain number, its unit said in the description), the
 * files' real encoding and an explicit CSV dialect (without one, readers guess the delimiter from a sample).
 */
import { PACKAGE, RESOURCES } from "./index.ts";
import { resourceSpec, type FieldSpec, type ResourceSpec } from "./spec.ts";

/** How every CSV of the site is written (data/curation/TRANSCRIPTION-SPEC.md; src/lib/data/csv.ts writes the same). */
export const CSV_DIALECT = { delimiter: ",", doubleQuote: true, quoteChar: '"', lineTerminator: "\n", header: true };

export interface TableSchemaField {
  name: string;
  type: FieldSpec["type"];
  description?: string;
  constraints?: FieldSpec["constraints"];
}

export interface TableSchema {
  fields: TableSchemaField[];
  /** A blank cell is missing (null), never zero or "". */
  missingValues: string[];
  primaryKey?: string[];
  foreignKeys?: ResourceSpec["schema"]["foreignKeys"];
}

/**
 * A Table Schema field. Patterns keep their ^…$ anchors: Table Schema patterns match the whole value, and the
 * anchors make the JavaScript implementation (which does not anchor) check the same thing as the others.
 */
export function tableSchemaField(f: FieldSpec): TableSchemaField {
  return {
    name: f.name,
    type: f.type,
    description: f.unit ? `${f.description} — ${f.unit}` : f.description,
    ...(f.constraints ? { constraints: f.constraints } : {}),
  };
}

/** A CSV resource of the package, in UTF-8 with the dialect above. */
export function csvResource(r: { name: string; path: string; description: string; schema: TableSchema }) {
  return {
    name: r.name,
    path: r.path,
    description: r.description,
    profile: "tabular-data-resource",
    format: "csv",
    mediatype: "text/csv",
    encoding: "utf-8",
    dialect: { ...CSV_DIALECT },
    schema: r.schema,
  };
}

/** data/datapackage.json: the curated CSVs of data/, derived from the zod row schemas. */
export function dataPackageDescriptor() {
  return {
    profile: "tabular-data-package",
    ...PACKAGE,
    resources: RESOURCES.map(resourceSpec).map((r) =>
      csvResource({
        ...r,
        schema: {
          fields: r.schema.fields.map(tableSchemaField),
          missingValues: [""],
          primaryKey: r.schema.primaryKey,
          ...(r.schema.foreignKeys?.length ? { foreignKeys: r.schema.foreignKeys } : {}),
        },
      }),
    ),
  };
}
