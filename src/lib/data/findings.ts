import type { Dataset, FindingRow, ResourceName } from "./model.ts";
import { groupBy } from "./group.ts";
import type { Locate, LocateFinding } from "./locate.ts";
import type { CheckResult, ValidationError } from "./types.ts";

/** The identities whose printed total is a summary.csv row. */
const SUMMARY_RULES = new Set([
  "income-sum",
  "expenditure-sum",
  "balance",
  "grand-total",
  "revenue-row",
  "body-rows",
  "same-figure",
]);

/** Which of the rows printed on a check's source line holds its printed total (the subject says which). */
function identityRow(resource: ResourceName, check: CheckResult): Record<string, unknown> {
  const [head = "", tail] = check.subject.split(":");
  if (resource === "performance") return { table_id: check.table_id, item: check.column };
  if (resource === "three_public") return { table_id: check.table_id, item: head.split("@")[0], measure: tail };
  if (resource === "summary") {
    const table_id = check.table_id;
    if (check.rule === "grand-total")
      return { table_id, side: check.subject.split("/")[1], item: "grand_total", column: check.column };
    if (check.rule === "body-rows" || check.rule === "revenue-row") return { table_id, column: check.column };
    if (check.rule === "same-figure") return { table_id, side: "income" };
    return {
      table_id,
      side: check.rule === "expenditure-sum" ? "expenditure" : "income",
      item: check.rule === "balance" ? "grand_total" : "current_year_total",
      column: check.column,
    };
  }
  return { table_id: check.table_id, ...(resource === "economic" && tail ? { section: tail } : {}) };
}

/** One check a finding explains, with the values (printed / summed) it was recorded against. */
interface Pin {
  f: FindingRow;
  key: string;
  expected: number | null;
  actual: number | null;
}

/** The same number to a millionth of 万元 (how `evaluate` rounds its sums). */
const same = (a: number, b: number) => Math.round(a * 1e6) === Math.round(b * 1e6);

/**
 * A finding's `checks` keys paired with its `check_values` (`expected/actual` per key, same order). Keys with `*`,
 * and a count of values that differs from the count of keys, are errors: a finding names exactly the checks it
 * explains and the figures it saw.
 */
function pinsOf(f: FindingRow, errors: ValidationError[], findingAt: LocateFinding): Pin[] {
  const keys = (f.checks ?? "")
    .split(";")
    .map((p) => p.trim())
    .filter(Boolean);
  const values = (f.check_values ?? "").split(";").filter(Boolean);
  const paired = keys.length === values.length;
  const pins: Pin[] = [];
  keys.forEach((key, i) => {
    if (key.includes("*")) {
      errors.push({
        ...findingAt(f.document_id, f.finding_id, "checks"),
        rule: "finding-wildcard",
        message: `${f.finding_id} names check "${key}": wildcards are not allowed, list each check key it explains`,
      });
      return;
    }
    const [expected, actual] = paired ? (values[i] ?? "").split("/").map(Number) : [];
    pins.push({ f, key, expected: expected ?? null, actual: actual ?? null });
  });
  if (!paired)
    errors.push({
      ...findingAt(f.document_id, f.finding_id, "check_values"),
      rule: "finding-values",
      message: `${f.finding_id} names ${keys.length} check(s) but records ${values.length} expected/actual pair(s) in check_values`,
    });
  return pins;
}

/**
 * A failing identity must be explained by a finding; a finding must explain something that does not pass, and only
 * while the data gives exactly the values it recorded (a later edit of either side is not covered by it).
 */
export function linkFindings(
  data: Dataset,
  checks: CheckResult[],
  errors: ValidationError[],
  where: Locate,
  findingAt: LocateFinding,
  roundingAt: (index: number) => Pick<ValidationError, "file" | "line" | "column"> = () => ({
    file: "rounding.csv",
    line: 1,
    column: 1,
  }),
): void {
  const pins = data.findings.flatMap((f) => pinsOf(f, errors, findingAt));
  const recorded = new Map(data.rounding.map((r, index) => [r.check, { ...r, index }]));
  const roundingSeen = new Set<string>();
  // Indexed by key (a key names its document): large data sets are not matched all against all.
  const pinsByKey = groupBy(pins, (p) => p.key);
  const economicTables = new Set(data.economic.map((r) => `${r.document_id}|${r.table_id}`));
  const factAt = (check: CheckResult) => {
    const resource: ResourceName = check.rule.startsWith("performance-indicator")
      ? "performance_indicators"
      : check.rule.startsWith("project-total") || check.rule === "project-unit-sum"
        ? "project_totals"
        : check.rule.startsWith("performance") || check.rule.startsWith("self-evaluation")
          ? "performance"
          : check.rule.startsWith("three") || check.rule === "vehicle-sum"
            ? "three_public"
            : SUMMARY_RULES.has(check.rule)
              ? "summary"
              : economicTables.has(`${check.document_id}|${check.table_id}`)
                ? "economic"
                : "functional";
    return where(
      resource,
      check.document_id,
      check.line,
      resource === "summary" || resource === "three_public"
        ? "amount"
        : resource === "performance" || (resource === "performance_indicators" && check.column.endsWith("_score"))
          ? "value"
          : check.column,
      identityRow(resource, check),
    );
  };
  const seen = new Set<string>();
  for (const check of checks) {
    const r = recorded.get(check.key);
    if (r) {
      roundingSeen.add(check.key);
      if (check.status !== "rounding" || !same(r.printed, check.expected) || !same(r.sum, check.actual))
        errors.push({
          ...factAt(check),
          rule: "rounding",
          message: `${check.key}: printed ${check.expected}, parts sum to ${check.actual}, but rounding.csv recorded the 尾差 ${r.printed}/${r.sum}: the data changed since`,
        });
    } else if (check.status === "rounding" && !pinsByKey.has(check.key))
      errors.push({
        ...factAt(check),
        rule: "rounding",
        message: `${check.key}: printed ${check.expected} but parts sum to ${check.actual}: within the 尾差 tolerance ${check.tolerance}, but a 尾差 is accepted only where rounding.csv records it with these two values`,
      });
    if (check.status === "pass") continue;
    seen.add(check.key);
    const pin = pinsByKey.get(check.key)?.find((p) => p.f.document_id === check.document_id);
    const pinned =
      pin?.expected != null &&
      pin.actual != null &&
      same(pin.expected, check.expected) &&
      same(pin.actual, check.actual);
    if (pin && pinned) check.finding_id = pin.f.finding_id;
    else if (pin && pin.expected !== null)
      errors.push({
        ...factAt(check),
        rule: "finding-values",
        message: `${check.key}: printed ${check.expected}, parts sum to ${check.actual}, but ${pin.f.finding_id} was recorded for ${pin.expected ?? "?"}/${pin.actual ?? "?"}: the data changed since the finding, which no longer explains it`,
      });
    else if (check.status === "fail")
      errors.push({
        ...factAt(check),
        rule: "identity",
        message: `${check.key}: printed ${check.expected} but parts sum to ${check.actual} (${check.cells} cells, tolerance ${check.tolerance}) and no finding records it`,
      });
  }
  for (const [key, r] of recorded)
    if (!roundingSeen.has(key))
      errors.push({
        ...roundingAt(r.index),
        rule: "rounding",
        message: `rounding.csv records a 尾差 for "${key}", which is not a check`,
      });
  for (const { f, key } of pins)
    if (!seen.has(key) || !key.startsWith(`${f.document_id}/`))
      errors.push({
        ...findingAt(f.document_id, f.finding_id, "checks"),
        rule: "finding-check",
        message: `${f.finding_id} names check "${key}", which does not exist or passes`,
      });
}
