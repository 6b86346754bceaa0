/**
 * npm run schema [-- --check]: write data/datapackage.json and the column tables of data/README.md from the zod
 * schemas in src/lib/data/schema/. With --check, write nothing and exit 1 if either file is out of date.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { schemaFiles } from "../src/lib/data/schema/files.ts";

const root = resolve(import.meta.dirname, "..");
const check = process.argv.includes("--check");
let stale = 0;
for (const file of await schemaFiles(root)) {
  const path = resolve(root, file.path);
  if (readFileSync(path, "utf8") === file.text) continue;
  stale++;
  if (check) console.error(`schema: ${file.path} is out of date (run npm run schema)`);
  else {
    writeFileSync(path, file.text);
    console.log(`schema: wrote ${file.path}`);
  }
}
if (check && stale) process.exit(1);
if (!stale) console.log("schema: data/datapackage.json and data/README.md are up to date");
