/**
 * The two files written from the schema, formatted as Prettier would (the lint step checks them): used by
 * scripts/schema.ts to write them and by tests/schema.test.ts to check that the committed ones are in sync.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { format, resolveConfig } from "prettier";
import { loadDataPackage } from "../datapackage.ts";
import { dataPackageDescriptor } from "./descriptor.ts";
import { columnTables, withColumnTables } from "./readme.ts";

export interface SchemaFile {
  /** Relative to the repository root. */
  path: string;
  text: string;
}

async function formatted(root: string, path: string, text: string): Promise<string> {
  const config = (await resolveConfig(join(root, path))) ?? {};
  return format(text, { ...config, filepath: join(root, path) });
}

/** data/datapackage.json and data/README.md as the schema makes them (the README's other text kept). */
export async function schemaFiles(root: string): Promise<SchemaFile[]> {
  const readme = readFileSync(join(root, "data/README.md"), "utf8");
  const tables = columnTables(loadDataPackage().resources);
  return [
    {
      path: "data/datapackage.json",
      text: await formatted(root, "data/datapackage.json", JSON.stringify(dataPackageDescriptor(), null, 2)),
    },
    { path: "data/README.md", text: await formatted(root, "data/README.md", withColumnTables(readme, tables)) },
  ];
}
