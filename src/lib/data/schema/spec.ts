/**
 * The validator's view of the schema: each zod row schema read back as a list of field specs (type, required, enum,
 * pattern, range, money unit) through zod's own JSON Schema export, so nothing is declared twice.
 */
import { z } from "zod";
import type { Resource } from "./resource.ts";

export interface FieldSpec {
  name: string;
  type: "string" | "integer" | "number";
  /** Money fields only: the unit every value is in. */
  unit?: "万元";
  description: string;
  constraints?: { required?: boolean; enum?: string[]; pattern?: string; minimum?: number; maximum?: number };
}

export interface ResourceSpec {
  name: string;
  path: string;
  description: string;
  schema: {
    fields: FieldSpec[];
    primaryKey: string[];
    foreignKeys: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  };
}

/** The part of a zod JSON Schema export that a field may use; anything else is refused (it would be lost). */
interface JsonField {
  $schema?: string;
  type?: string | string[];
  anyOf?: JsonField[];
  enum?: string[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  description?: string;
  unit?: string;
}
const KNOWN = new Set(["$schema", "type", "anyOf", "enum", "pattern", "minimum", "maximum", "description", "unit"]);
const TYPES = new Set<unknown>(["string", "integer", "number"]);
const isNull = (j: JsonField) => j.type === "null";

/** One column's spec from its zod schema (a `.nullable()` schema is optional: blank = null). */
export function fieldSpec(name: string, schema: z.ZodType): FieldSpec {
  const json = z.toJSONSchema(schema) as JsonField;
  const value = json.anyOf?.find((j) => !isNull(j)) ?? json;
  const nullable = (json.anyOf?.some(isNull) ?? false) || [json.type].flat().includes("null");
  const types = [value.type].flat().filter((t) => t !== "null");
  const type = types[0];
  const fail = (why: string) => new Error(`schema field ${name}: ${why}`);
  if (types.length !== 1 || !TYPES.has(type)) throw fail(`type ${JSON.stringify(value.type)} is not a CSV type`);
  const unknown = [...Object.keys(json), ...Object.keys(value)].filter((k) => !KNOWN.has(k));
  if (unknown.length) throw fail(`cannot express ${unknown.join(", ")}`);
  const description = json.description ?? value.description;
  if (!description) throw fail("has no description (.describe)");
  const unit = json.unit ?? value.unit;
  if (unit !== undefined && (unit !== "万元" || type !== "number")) throw fail(`unit ${unit} is not 万元 on a number`);
  // zod bounds every integer by ±MAX_SAFE_INTEGER: that says nothing about the data.
  const bound = (n: number | undefined) => (n === undefined || Math.abs(n) === Number.MAX_SAFE_INTEGER ? {} : n);
  const minimum = bound(value.minimum);
  const maximum = bound(value.maximum);
  const constraints = {
    ...(nullable ? {} : { required: true }),
    ...(value.enum ? { enum: value.enum } : {}),
    ...(value.pattern ? { pattern: value.pattern } : {}),
    ...(typeof minimum === "number" ? { minimum } : {}),
    ...(typeof maximum === "number" ? { maximum } : {}),
  };
  return {
    name,
    type: type as FieldSpec["type"],
    ...(unit ? { unit } : {}),
    description,
    ...(Object.keys(constraints).length ? { constraints } : {}),
  };
}

/** A resource's spec: its fields in column order, and its keys. */
export function resourceSpec(resource: Resource): ResourceSpec {
  return {
    name: resource.name,
    path: resource.path,
    description: resource.description,
    schema: {
      fields: Object.entries(resource.row.shape).map(([name, schema]) => fieldSpec(name, schema as z.ZodType)),
      primaryKey: [...resource.primaryKey],
      foreignKeys: resource.foreignKeys.map((fk) => ({
        fields: [...fk.fields],
        reference: { resource: fk.reference.resource, fields: [...fk.reference.fields] },
      })),
    },
  };
}
