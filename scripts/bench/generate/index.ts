/**
 * Synthetic benchmark data in exactly data/'s layout (the ten CSVs of data/datapackage.json, headers taken from it,
 * plus a copy of datapackage.json), for timing the validator and the site at scale.
 *
 * Units are a realistic mix of prefecture bureaus, their county/district bureaus and service centres; every unit
 * gets a budget and a final document per year, shaped and sized like the curated documents (functional table
 * printed twice, economic table, 三公, income/expenditure summaries, projects, narrative claims; no findings, so
 * findings.csv holds its header only). All money is computed in integer cents of 万元 so every identity the
 * validator checks holds exactly. A seeded PRNG makes runs byte-identical, and a unit's figures do not depend on
 * how many units are generated. Refuses to write anywhere inside this repository.
 */
import { existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import Papa from "papaparse";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadDataPackage } from "../../../src/lib/data/datapackage.ts";
import { dataPackageDescriptor } from "../../../src/lib/data/schema/descriptor.ts";
import { CsvWriter, type Writers } from "./csv.ts";
import { writeDocument } from "./documents.ts";
import { type Figures, makeFigures } from "./figures.ts";
import { makeProfile } from "./profile.ts";
import { mixSeed, Rng } from "./random.ts";
import { makeUnits } from "./units.ts";

export interface GenerateOptions {
  units: number;
  years: number;
  seed: number;
  dir: string;
  /** Last fiscal year generated (default 2024). */
  endYear?: number;
}

export interface GenerateResult {
  dir: string;
  units: number;
  documents: number;
  /** Data rows written per resource (header excluded). */
  rows: Record<string, number>;
  bytes: number;
}

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

/** Refuse the repository (and its data/) as a destination, including through symlinks. */
export function assertOutsideRepo(dir: string): string {
  const target = resolve(dir);
  let probe = target;
  while (!existsSync(probe) && dirname(probe) !== probe) probe = dirname(probe);
  const real = join(realpathSync(probe), relative(probe, target));
  const repo = realpathSync(REPO_ROOT);
  const rel = relative(repo, real);
  if (rel === "" || (!rel.startsWith("..") && !isAbsolute(rel)))
    throw new Error(
      `refusing to write synthetic data inside the repository (${real}); use a directory under the OS temp dir`,
    );
  return target;
}

/** Write a synthetic data set of `units` units × `years` years (budget + final each) into `dir`. */
export function generate(options: GenerateOptions): GenerateResult {
  const { units: unitCount, years, seed } = options;
  const endYear = options.endYear ?? 2024;
  if (!Number.isInteger(unitCount) || unitCount < 1) throw new Error("units must be a positive integer");
  if (!Number.isInteger(years) || years < 1 || endYear - years + 1 < 2001)
    throw new Error("years must be a positive integer (first year ≥ 2001)");
  const dir = assertOutsideRepo(options.dir);
  mkdirSync(dir, { recursive: true });
  const pkg = loadDataPackage();
  const writers = Object.fromEntries(
    pkg.resources.map((r) => [
      r.name,
      new CsvWriter(
        join(dir, r.path),
        r.schema.fields.map((f) => f.name),
      ),
    ]),
  ) as Writers;
  // The same descriptor as data/datapackage.json, so a synthetic folder is a Frictionless package like data/.
  writeFileSync(join(dir, "datapackage.json"), `${JSON.stringify(dataPackageDescriptor(), null, 2)}\n`);

  const units = makeUnits(unitCount, seed);
  // The synthetic reports use codes of the real list (codes.ts): its names, English included, come along.
  const classified = Papa.parse<Record<string, string>>(
    readFileSync(join(REPO_ROOT, "data/classifications.csv"), "utf8"),
    { header: true, skipEmptyLines: true },
  );
  for (const c of classified.data)
    writers.classifications.row({ ...c, parent: c["parent"] || null, note: c["note"] || null });
  for (const u of units) writers.units.row(u.row);
  // Every table title, project name and category written gets an English gloss (rule gloss), written last.
  const glossed = collectGlossed(writers);
  const firstYear = endYear - years + 1;
  units.forEach((unit, index) => {
    const rng = new Rng(mixSeed(seed, index + 1));
    const profile = makeProfile(rng, unit);
    // Start one year early so the first year's narrative can compare with a prior year.
    let total = profile.total0;
    let coreCap = profile.core0;
    let priorBudget: Figures | null = null;
    let priorFinal: Figures | null = null;
    for (let year = firstYear - 1; year <= endYear; year++) {
      const budgetTotal = Math.round(total);
      const budget = makeFigures(rng, profile, budgetTotal, coreCap, year, false);
      const finalTotal = Math.round(budgetTotal * rng.uniform(0.86, 1.06));
      const final = makeFigures(rng, profile, finalTotal, coreCap * rng.uniform(0.9, 1.05), year, true);
      if (year >= firstYear && priorBudget && priorFinal) {
        const common = { unit, year, layout: profile.layout };
        const id = `${unit.id}-${year}`;
        writeDocument(writers, {
          ...common,
          final: false,
          id: `${id}-budget`,
          fig: budget,
          budget: null,
          prior: priorBudget,
        });
        writeDocument(writers, { ...common, final: true, id: `${id}-final`, fig: final, budget, prior: priorFinal });
      }
      priorBudget = budget;
      priorFinal = final;
      total *= rng.uniform(0.92, 1.13);
      coreCap *= rng.uniform(0.97, 1.08);
    }
  });

  writeGlossary(writers.glossary, glossed);
  const rows: Record<string, number> = {};
  let bytes = 0;
  for (const [name, wtr] of Object.entries<CsvWriter>(writers)) {
    wtr.close();
    rows[name] = wtr.rows;
    bytes += wtr.bytes;
  }
  return { dir, units: units.length, documents: rows["documents"] ?? 0, rows, bytes };
}

type GlossKind = "table_title" | "project_name" | "project_category";

/** Wrap the tables and projects writers so each printed text they write is remembered (once) for its gloss. */
function collectGlossed(writers: Writers): Map<string, GlossKind> {
  const seen = new Map<string, GlossKind>();
  const watch = (writer: CsvWriter, columns: [string, GlossKind][]) => {
    const row = writer.row.bind(writer);
    writer.row = (values) => {
      for (const [column, kind] of columns) {
        const text = values[column];
        if (typeof text === "string" && text) seen.set(`${kind}|${text}`, kind);
      }
      row(values);
    };
  };
  watch(writers.tables, [["title", "table_title"]]);
  watch(writers.projects, [
    ["name", "project_name"],
    ["category", "project_category"],
  ]);
  return seen;
}

/**
 * glossary.csv of a synthetic set: the real data's gloss where the text (without a leading "2023年") is one of
 * data/glossary.csv's, with the year put back; else a gloss that says it is synthetic.
 */
function writeGlossary(writer: CsvWriter, seen: Map<string, GlossKind>): void {
  const real = new Map(
    Papa.parse<Record<string, string>>(readFileSync(join(REPO_ROOT, "data/glossary.csv"), "utf8"), {
      header: true,
      skipEmptyLines: true,
    }).data.map((g) => [`${g["kind"]}|${g["printed"]}`, g["en"] ?? ""]),
  );
  for (const key of [...seen.keys()].sort()) {
    const kind = seen.get(key) as GlossKind;
    const printed = key.slice(kind.length + 1);
    const [, year, rest = printed] = /^(\d{4})年(.+)$/.exec(printed) ?? [];
    const gloss = real.get(`${kind}|${rest}`);
    writer.row({
      kind,
      printed,
      en: gloss ? `${year ? `${year} ` : ""}${gloss}` : `synthetic: ${printed}`,
      note: null,
    });
  }
}
