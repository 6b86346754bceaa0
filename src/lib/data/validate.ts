import type { Dataset } from "./model.ts";
import { loadDataPackage } from "./datapackage.ts";
import { CellsRead } from "./cells-read.ts";
import { checkBodyScope } from "./body-scope.ts";
import { checkClaimQuotes } from "./claim-quotes.ts";
import { checkPrintedCodes } from "./codes.ts";
import { checkClassified } from "./classified.ts";
import { checkGlossed } from "./glossed.ts";
import { checkIdentities } from "./identities/index.ts";
import { checkKeys } from "./keys.ts";
import { linkFindings } from "./findings.ts";
import { checkCompleteness } from "./completeness.ts";
import { checkConsistency } from "./consistency.ts";
import { locator, rowLocator } from "./locate.ts";
import { checkMagnitude } from "./magnitude.ts";
import { checkMoneyUnit } from "./money-unit.ts";
import { checkIndicatorCells } from "./indicator-cells.ts";
import { checkPerformanceCells } from "./performance-cells.ts";
import { Interner, readResource, type ResourceRows } from "./read.ts";
import type { CheckResult, ValidationError } from "./types.ts";
import { uncheckedFigures, type UncheckedFigures } from "./unchecked.ts";

export interface CheckCounts {
  pass: number;
  rounding: number;
  fail: number;
}

export interface ValidateOptions {
  /**
   * Where every check goes as it is evaluated (in document order). Default: all are kept in `checks`. At national
   * scale (10 million checks) the build streams them to disk instead: then `checks` keeps only those that do not
   * pass (findings get linked to them), and `counts` has the totals.
   */
  onCheck?: (check: CheckResult) => void;
  /** Directory of the source texts (documents.csv `source_file`): facts' lines are then checked against their length. */
  sources?: string | undefined;
}

export interface ValidationReport {
  errors: ValidationError[];
  /** Every check (or, with `onCheck`, every check that does not pass), in document order. */
  checks: CheckResult[];
  /** Checks per document by status. */
  counts: Map<string, CheckCounts>;
  /**
   * Printed figures (万元 cells, claims' amounts) that no check read: no identity, and for a claim no quote. Not an
   * error (the curated data has such figures); the goal is none.
   */
  unchecked: UncheckedFigures;
  /** Present only when there are no errors: nothing downstream sees invalid data. */
  data: Dataset | null;
}

/**
 * Validate a directory laid out like data/: schema, keys, consistency of ids and lines, row counts, money unit,
 * identities, findings; counts the figures no check read. Never throws on bad data.
 */
export function validateDataDir(dir: string, options: ValidateOptions = {}): ValidationReport {
  const pkg = loadDataPackage();
  const errors: ValidationError[] = [];
  const rows = new Map<string, ResourceRows>();
  const intern = new Interner();
  for (const res of pkg.resources) rows.set(res.name, readResource(dir, res, errors, intern));
  // Rows that could not be read are not in `rows`: their files' row counts would only repeat those errors.
  const unreadable = new Set(errors.map((e) => e.file));
  checkKeys(dir, pkg.resources, rows, errors);
  const data = Object.fromEntries(
    // The parsed values objects themselves (not copies): nothing here mutates them, and at scale a copy of every
    // row costs as much memory and time as the parse.
    pkg.resources.map((r) => [r.name, rows.get(r.name)?.values ?? []]),
  ) as unknown as Dataset;
  const { where, findingAt } = locator(dir, pkg.resources, rows);
  const at = rowLocator(dir, pkg.resources, rows);
  checkConsistency(data, errors, at, { sources: options.sources });
  checkPrintedCodes(data, errors, at);
  checkClassified(data, errors, at);
  checkGlossed(data, errors, at, (name) => !unreadable.has(rows.get(name)?.file ?? name));
  checkCompleteness(data, errors, at, {
    fileOf: (name) => rows.get(name)?.file ?? name,
    readable: (name) => !unreadable.has(rows.get(name)?.file ?? name),
  });
  checkBodyScope(data, errors, at);
  checkMoneyUnit(data, errors, where);
  checkMagnitude(data, errors, at);
  checkPerformanceCells(data, errors, at);
  checkIndicatorCells(data, errors, at);
  const claims = rows.get("claims");
  const claimSpec = pkg.resources.find((r) => r.name === "claims");
  const read = new CellsRead();
  if (claims && claimSpec) checkClaimQuotes(claims, claimSpec, errors, read);
  const counts = new Map<string, CheckCounts>();
  // A recorded 尾差 is compared with its check even when that check now passes exactly.
  const roundingKeys = new Set(data.rounding.map((r) => r.check));
  const checks: CheckResult[] = [];
  const { onCheck } = options;
  const { orphans } = checkIdentities(
    data,
    (check) => {
      let c = counts.get(check.document_id);
      if (!c) counts.set(check.document_id, (c = { pass: 0, rounding: 0, fail: 0 }));
      c[check.status]++;
      onCheck?.(check);
      if (!onCheck || check.status !== "pass" || roundingKeys.has(check.key)) checks.push(check);
    },
    read,
  );
  for (const o of orphans)
    errors.push({
      ...where(o.resource, o.row.document_id, o.row.line, "code", o.row),
      rule: "orphan-code",
      message: `${o.row.code} ${o.row.name ?? ""} has no parent ${o.parent} in ${o.row.document_id} ${o.row.table_id}`,
    });
  linkFindings(data, checks, errors, where, findingAt, (index) => at("rounding", index, "check"));
  const unchecked = uncheckedFigures(pkg.resources, rows, read, at, { errors });
  return { errors, checks, counts, unchecked, data: errors.length ? null : data };
}
