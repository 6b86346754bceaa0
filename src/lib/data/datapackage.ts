import { PACKAGE, RESOURCES } from "./schema/index.ts";
import { resourceSpec, type ResourceSpec } from "./schema/spec.ts";

export type { FieldSpec, ResourceSpec } from "./schema/spec.ts";

export interface DataPackage {
  name: string;
  title: string;
  licenses: { name: string; path: string; title: string }[];
  resources: ResourceSpec[];
}

const SPEC: DataPackage = {
  name: PACKAGE.name,
  title: PACKAGE.title,
  licenses: PACKAGE.licenses,
  resources: RESOURCES.map(resourceSpec),
};

/**
 * The schema of data/, derived from the zod row schemas (./schema/). It is bundled with the code, so every data
 * directory (data/, fixtures, synthetic benchmark sets) is checked against ours. A fresh copy per call.
 */
export function loadDataPackage(): DataPackage {
  return structuredClone(SPEC);
}
