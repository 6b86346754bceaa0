import type { z } from "zod";

/** A column of the row, by name. */
type Column<S extends z.ZodObject> = keyof S["shape"] & string;

/** One CSV of data/: its row schema (field order = column order), keys and description. */
export interface Resource<N extends string = string, S extends z.ZodObject = z.ZodObject> {
  name: N;
  path: `${N}.csv`;
  /** 中文 / English, as listed on the site's data page. */
  description: string;
  row: S;
  primaryKey: Column<S>[];
  foreignKeys: { fields: Column<S>[]; reference: { resource: "units" | "documents" | "tables"; fields: string[] } }[];
}

/** Declares a resource, its keys checked against the row's columns. */
export const resource = <N extends string, S extends z.ZodObject>(r: Resource<N, S>): Resource<N, S> => r;
