import { fieldColumn } from "./csv.ts";
import type { Dataset, ResourceName } from "./model.ts";
import { loadDataPackage, type ResourceSpec } from "./datapackage.ts";
import { checkIdentities } from "./identities/index.ts";
import { groupBy } from "./group.ts";
import { checkKeys } from "./keys.ts";
import { Interner, readResource, type ResourceRows, type Values } from "./read.ts";
import type { CheckResult, ValidationError } from "./types.ts";

type Locate = (
  name: ResourceName,
  documentId: string,
  sourceLine: number,
  field: string,
  /** Values that single out the row among several printed on the same source line (三公 items, summary sides). */
  match?: object,
) => Pick<ValidationError, "file" | "line" | "column">;

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
}

export interface ValidationReport {
  errors: ValidationError[];
  /** Every check (or, with `onCheck`, every check that does not pass), in document order. */
  checks: CheckResult[];
  /** Checks per document by status. */
  counts: Map<string, CheckCounts>;
  /** Present only when there are no errors: nothing downstream sees invalid data. */
  data: Dataset | null;
}

const AMOUNT_RESOURCES = ["functional", "economic", "three_public", "summary", "projects"] as const;

/** Validate a directory laid out like data/: schema, keys, identities, findings. Never throws on bad data. */
export function validateDataDir(dir: string, options: ValidateOptions = {}): ValidationReport {
  const pkg = loadDataPackage();
  const errors: ValidationError[] = [];
  const rows = new Map<string, ResourceRows>();
  const intern = new Interner();
  for (const res of pkg.resources) rows.set(res.name, readResource(dir, res, errors, intern));
  checkKeys(dir, pkg.resources, rows, errors);
  const data = Object.fromEntries(
    // The parsed values objects themselves (not copies): nothing here mutates them, and at scale a copy of every
    // row costs as much memory and time as the parse.
    pkg.resources.map((r) => [r.name, rows.get(r.name)?.values ?? []]),
  ) as unknown as Dataset;
  interface Located {
    line: number;
    values: Values;
    raw: () => string;
  }
  // Rows by resource, document and source line (file order kept), built on the first lookup: errors only.
  const lineIndex = new Map<string, Map<unknown, Map<unknown, Located[]>>>();
  const rowsOnLine = (name: ResourceName, documentId: string, sourceLine: number): Located[] => {
    let byDocument = lineIndex.get(name);
    if (!byDocument) {
      const built = new Map<unknown, Map<unknown, Located[]>>();
      byDocument = built;
      const resource = rows.get(name);
      resource?.values.forEach((values, i) => {
        const line = resource.lines[i] ?? 1;
        const r = { line, values, raw: () => resource.rawLine(line) };
        let byLine = built.get(values["document_id"]);
        if (!byLine) built.set(values["document_id"], (byLine = new Map<unknown, Located[]>()));
        const list = byLine.get(values["line"]);
        if (list) list.push(r);
        else byLine.set(values["line"], [r]);
      });
      lineIndex.set(name, byDocument);
    }
    return byDocument.get(documentId)?.get(sourceLine) ?? [];
  };
  /** Locate a fact by document and *source* line: the CSV line and column of `field` in that row. */
  const where: Locate = (name, documentId, sourceLine, field, match = {}) => {
    const res = pkg.resources.find((r) => r.name === name) as ResourceSpec;
    const onLine = rowsOnLine(name, documentId, sourceLine);
    const row = onLine.find((r) => Object.entries(match).every(([k, v]) => r.values[k] === v)) ?? onLine[0];
    const index = Math.max(
      0,
      res.schema.fields.findIndex((f) => f.name === field),
    );
    return { file: `${dir}/${res.path}`, line: row?.line ?? 1, column: row ? fieldColumn(row.raw(), index) : 1 };
  };
  checkMoneyUnit(data, errors, where);
  const counts = new Map<string, CheckCounts>();
  const checks: CheckResult[] = [];
  const { onCheck } = options;
  const { orphans } = checkIdentities(data, (check) => {
    let c = counts.get(check.document_id);
    if (!c) counts.set(check.document_id, (c = { pass: 0, rounding: 0, fail: 0 }));
    c[check.status]++;
    onCheck?.(check);
    if (!onCheck || check.status !== "pass") checks.push(check);
  });
  for (const o of orphans)
    errors.push({
      ...where(o.resource, o.row.document_id, o.row.line, "code", o.row),
      rule: "orphan-code",
      message: `${o.row.code} ${o.row.name ?? ""} has no parent ${o.parent} in ${o.row.document_id} ${o.row.table_id}`,
    });
  const findingAt = (documentId: string, findingId: string) => {
    const res = pkg.resources.find((r) => r.name === "findings") as ResourceSpec;
    const findings = rows.get("findings");
    const i = findings?.values.findIndex((r) => r["document_id"] === documentId && r["finding_id"] === findingId) ?? -1;
    const index = res.schema.fields.findIndex((f) => f.name === "checks");
    const line = i >= 0 ? (findings?.lines[i] ?? 1) : 1;
    return {
      file: `${dir}/${res.path}`,
      line,
      column: i >= 0 && findings ? fieldColumn(findings.rawLine(line), index) : 1,
    };
  };
  linkFindings(data, checks, errors, where, findingAt);
  return { errors, checks, counts, data: errors.length ? null : data };
}

/** No cell can be 10× its document's total: such a figure is almost surely 元 entered as 万元 (a 10,000× slip). */
function checkMoneyUnit(data: Dataset, errors: ValidationError[], where: Locate): void {
  // Each resource's rows by document, file order kept: one pass per resource instead of one per document.
  const byDocument = new Map(
    AMOUNT_RESOURCES.map((name) => [
      name,
      groupBy(data[name] as unknown as Record<string, unknown>[], (r) => String(r["document_id"])),
    ]),
  );
  const rowsOf = (name: (typeof AMOUNT_RESOURCES)[number], documentId: string) =>
    byDocument.get(name)?.get(documentId) ?? [];
  for (const doc of data.documents) {
    const totals = [
      ...(rowsOf("functional", doc.document_id) as unknown as Dataset["functional"])
        .filter((r) => r.row_kind === "total")
        .map((r) => r.total),
      ...(rowsOf("summary", doc.document_id) as unknown as Dataset["summary"])
        .filter((r) => r.item === "grand_total")
        .map((r) => r.amount),
    ]
      .filter((v): v is NonNullable<typeof v> => v !== null && v > 0)
      .sort((a, b) => a - b);
    const scale = totals[Math.floor((totals.length - 1) / 2)];
    if (scale === undefined) continue;
    for (const name of AMOUNT_RESOURCES) {
      for (const row of rowsOf(name, doc.document_id)) {
        for (const field of Object.keys(row)) {
          const value = row[field];
          if (typeof value !== "number" || field === "line" || value < 10 * scale) continue;
          errors.push({
            ...where(name, doc.document_id, row["line"] as number, field, row),
            rule: "money-unit",
            message: `${field} = ${value} is ${Math.round(value / scale)}× the document total ${scale} 万元: entered in 元 instead of 万元?`,
          });
        }
      }
    }
  }
}

const matches = (pattern: string, key: string) =>
  pattern.endsWith("*") ? key.startsWith(pattern.slice(0, -1)) : pattern === key;

/** Which of the rows printed on a check's source line holds its printed total (the subject says which). */
function identityRow(resource: ResourceName, check: CheckResult): Record<string, unknown> {
  const [head = "", tail] = check.subject.split(":");
  if (resource === "three_public") return { table_id: check.table_id, item: head.split("@")[0], measure: tail };
  if (resource === "summary")
    return {
      table_id: check.table_id,
      side: check.rule === "expenditure-sum" ? "expenditure" : "income",
      item: check.rule === "balance" ? "grand_total" : "current_year_total",
      column: check.column,
    };
  return { table_id: check.table_id, ...(resource === "economic" && tail ? { section: tail } : {}) };
}

/** A failing identity must be explained by a finding; a finding must explain something that does not pass. */
function linkFindings(
  data: Dataset,
  checks: CheckResult[],
  errors: ValidationError[],
  where: Locate,
  findingAt: (documentId: string, findingId: string) => Pick<ValidationError, "file" | "line" | "column">,
): void {
  const patterns = data.findings.flatMap((f) =>
    (f.checks ?? "")
      .split(";")
      .map((p) => p.trim())
      .filter(Boolean)
      .map((p) => ({ f, p })),
  );
  // Indexed by document (order kept) so that large data sets are not matched all against all.
  const patternsByDocument = groupBy(patterns, ({ f }) => f.document_id);
  const economicTables = new Set(data.economic.map((r) => `${r.document_id}|${r.table_id}`));
  for (const check of checks) {
    if (check.status === "pass") continue;
    const hit = patternsByDocument.get(check.document_id)?.find(({ p }) => matches(p, check.key));
    if (hit) check.finding_id = hit.f.finding_id;
    else if (check.status === "fail") {
      const resource =
        check.rule.startsWith("three") || check.rule === "vehicle-sum"
          ? "three_public"
          : ["income-sum", "expenditure-sum", "balance"].includes(check.rule)
            ? "summary"
            : economicTables.has(`${check.document_id}|${check.table_id}`)
              ? "economic"
              : "functional";
      errors.push({
        ...where(
          resource,
          check.document_id,
          check.line,
          resource === "summary" || resource === "three_public" ? "amount" : check.column,
          identityRow(resource, check),
        ),
        rule: "identity",
        message: `${check.key}: printed ${check.expected} but parts sum to ${check.actual} (${check.cells} cells, tolerance ${check.tolerance}) and no finding records it`,
      });
    }
  }
  const notPassingByDocument = groupBy(
    checks.filter((c) => c.status !== "pass"),
    (c) => c.document_id,
  );
  for (const { f, p } of patterns)
    if (!(notPassingByDocument.get(f.document_id) ?? []).some((c) => matches(p, c.key)))
      errors.push({
        ...findingAt(f.document_id, f.finding_id),
        rule: "finding-check",
        message: `${f.finding_id} names check "${p}", which does not exist or passes`,
      });
}
