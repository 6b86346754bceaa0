import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { forEachCsvRecord } from "../../src/lib/data/csv.ts";

/** Units, documents, data rows (records, header excluded) and bytes of the CSVs in a data directory. */
export function countDataRows(dir: string): { units: number; documents: number; rows: number; bytes: number } {
  const counts = { units: 0, documents: 0, rows: 0, bytes: 0 };
  for (const file of readdirSync(dir).filter((n) => n.endsWith(".csv"))) {
    const text = readFileSync(join(dir, file), "utf8");
    let records = 0;
    forEachCsvRecord(text, () => records++);
    counts.bytes += Buffer.byteLength(text);
    counts.rows += records;
    if (file === "units.csv") counts.units = records;
    if (file === "documents.csv") counts.documents = records;
  }
  return counts;
}
