/**
 * The one schema of data/: a zod row schema per CSV, in file order. The TypeScript row types (../model.ts), the
 * validator's field specs (../datapackage.ts), data/datapackage.json and the column tables of data/README.md are all
 * derived from these (npm run schema writes the two files; tests/schema.test.ts checks they are in sync).
 */
import { claims } from "./claims.ts";
import { documents } from "./documents.ts";
import { economic } from "./economic.ts";
import { findings } from "./findings.ts";
import { functional } from "./functional.ts";
import { performance } from "./performance.ts";
import { performanceIndicators } from "./performance-indicators.ts";
import { projects } from "./projects.ts";
import { projectTotals } from "./project-totals.ts";
import { summary } from "./summary.ts";
import { tables } from "./tables.ts";
import { threePublic } from "./three-public.ts";
import { units } from "./units.ts";
import { unpaired } from "./unpaired.ts";
import { rounding } from "./rounding.ts";
import { classifications } from "./classifications.ts";
import { glossary } from "./glossary.ts";

/** Every resource, in the order they are read and listed (referenced resources first). */
export const RESOURCES = [
  classifications,
  units,
  documents,
  tables,
  functional,
  economic,
  threePublic,
  summary,
  projects,
  projectTotals,
  performance,
  performanceIndicators,
  claims,
  findings,
  unpaired,
  rounding,
  glossary,
] as const;

/** Package-level metadata of data/datapackage.json. */
export const PACKAGE = {
  name: "yibao-budgets",
  /** The dataset's one title: README, CITATION.cff, datapackage.json and the site's data page all use it. */
  title: "医保预决算对比 / Yibao budgets: budgets and final accounts of Chinese medical-insurance bodies",
  description:
    "Figures transcribed from published 部门预算 / 部门决算 disclosure reports, with provenance (document, table, line).",
  /** = package.json `version` and CITATION.cff `version` (tests/downloads.test.ts checks all three). */
  version: "0.1.0",
  /** The date the curated data last changed (a data commit sets it); the data page shows it. Never a build time. */
  last_modified: "2026-12-02",
  licenses: [
    {
      name: "CC-BY-4.0",
      path: "https://creativecommons.org/licenses/by/4.0/",
      title: "Creative Commons Attribution 4.0",
    },
  ],
  sources: [{ title: "部门预算 / 部门决算公开报告 (official disclosure reports of each body)" }],
};

export { FUNCTIONAL_AMOUNTS } from "./functional.ts";
export { TABLE_ROLES } from "./tables.ts";
