import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export interface FieldSpec {
  name: string;
  type: "string" | "integer" | "number";
  format?: string;
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
    foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  };
}

export interface DataPackage {
  name: string;
  title: string;
  licenses: { name: string; path: string; title: string }[];
  resources: ResourceSpec[];
}

/** The schema lives with the data it describes; every data directory is checked against ours. */
export const DATAPACKAGE_PATH = fileURLToPath(new URL("../../../data/datapackage.json", import.meta.url));

export function loadDataPackage(path = DATAPACKAGE_PATH): DataPackage {
  return JSON.parse(readFileSync(path, "utf8")) as DataPackage;
}
