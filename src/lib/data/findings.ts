import type { Dataset, ResourceName } from "./model.ts";
import { groupBy } from "./group.ts";
import type { Locate, LocateFinding } from "./locate.ts";
import type { CheckResult, ValidationError } from "./types.ts";

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
export function linkFindings(
  data: Dataset,
  checks: CheckResult[],
  errors: ValidationError[],
  where: Locate,
  findingAt: LocateFinding,
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
