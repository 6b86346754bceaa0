/**
 * node scripts/bench/compare-shards.ts --data DIR
 *
 * The compare picker's files for a data set (synthetic: scripts/bench/generate.ts): the index of reports
 * (compare-data/units.json) and one shard per province (compare-data/<province>.json), in bytes and gzipped bytes,
 * written by the same functions as the site (src/lib/site/compare-shards.ts). Prints a table; asserts nothing.
 */
import { gzipSync } from "node:zlib";
import { validateDataDir } from "../../src/lib/data/validate.ts";
import { groupBy } from "../../src/lib/data/group.ts";
import { computeMetrics } from "../../src/lib/model/metrics/index.ts";
import { compareIndex, compareShard } from "../../src/lib/site/compare-shards.ts";
import { provincesOf } from "../../src/lib/site/provinces.ts";

const at = process.argv.indexOf("--data");
const dir = at >= 0 ? process.argv[at + 1] : undefined;
if (!dir) {
  console.error("usage: node scripts/bench/compare-shards.ts --data DIR");
  process.exit(1);
}
const report = validateDataDir(dir);
if (!report.data) {
  console.error(`compare-shards: ${dir} does not validate`);
  process.exit(1);
}
const data = report.data;
// The parts of buildSite's index the shard writer reads (the full model is not needed to size its files).
const metricsByDocument = groupBy(computeMetrics(data), (m) => m.document_id);
const index = {
  documentsByUnit: groupBy(data.documents, (d) => d.unit_id),
  unit: new Map(data.units.map((u) => [u.unit_id as string, u])),
  document: new Map(data.documents.map((d) => [d.document_id as string, d])),
  provinces: provincesOf(data.units, data.documents),
  metricOf: (documentId: string, metric: string, year: number) =>
    metricsByDocument.get(documentId)?.find((m) => m.metric === metric && m.fiscal_year === year),
};
const size = (value: unknown) => {
  const text = JSON.stringify(value);
  return { bytes: Buffer.byteLength(text), gzip: gzipSync(text).length };
};
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const units = size(compareIndex(index));
const shards = [...index.provinces.keys()].map((p) => ({
  p,
  reports: index.provinces.get(p)?.documents.length ?? 0,
  ...size(compareShard(index, p)),
}));
const reports = data.documents.length;
const total = shards.reduce((a, s) => a + s.bytes, 0);
const biggest = shards.reduce((a, s) => (s.bytes > a.bytes ? s : a));
console.log(`units ${data.units.length}, reports ${reports}, provinces ${shards.length}`);
console.log(
  `compare-data/units.json: ${kb(units.bytes)} (${kb(units.gzip)} gzip), ${(units.bytes / reports).toFixed(0)} B per report`,
);
console.log(
  `shards: ${shards.length} files, ${kb(total)} in all, ${(total / reports).toFixed(0)} B per report; largest ${biggest.p}.json ${kb(biggest.bytes)} (${kb(biggest.gzip)} gzip, ${biggest.reports} reports)`,
);
console.log(`files per report: ${((shards.length + 1) / reports).toFixed(4)}`);
