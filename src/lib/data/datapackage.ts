import { readFileSync } from "node:fs";
import datapackage from "../../../data/datapackage.json" with { type: "json" };

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

/**
 * The schema lives with the data it describes and is bundled with the code, so every data directory (data/,
 * fixtures, synthetic benchmark sets) is checked against ours. A path reads another schema file (tests).
 */
export function loadDataPackage(path?: string): DataPackage {
  return (path ? JSON.parse(readFileSync(path, "utf8")) : structuredClone(datapackage)) as DataPackage;
}
