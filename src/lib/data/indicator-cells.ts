import { completionRatio } from "./identities/performance-indicators.ts";
import type { Dataset } from "./model.ts";
import type { LocateRow } from "./locate.ts";
import type { ValidationError } from "./types.ts";

/**
 * An indicator row belongs to a sheet performance.csv transcribes: its project is one of that table's projects
 * (blank on a sheet of the body as a whole) and its body is the sheet's. A 完成程度 is "1", "0" or a percentage
 * (the identities read it as a degree); an illegible row says why, in `printed` or `notes`.
 */
export function checkIndicatorCells(data: Dataset, errors: ValidationError[], at: LocateRow): void {
  const sheets = new Map<string, { projects: Set<string | null>; bodies: Set<string | null> }>();
  for (const p of data.performance) {
    const key = `${p.document_id}|${p.table_id}`;
    let s = sheets.get(key);
    if (!s) sheets.set(key, (s = { projects: new Set(), bodies: new Set() }));
    s.projects.add(p.project);
    s.bodies.add(p.subunit_id);
  }
  data.performance_indicators.forEach((r, i) => {
    const error = (column: string, rule: string, message: string) =>
      errors.push({ ...at("performance_indicators", i, column), rule, message });
    const sheet = sheets.get(`${r.document_id}|${r.table_id}`);
    if (!sheet)
      error(
        "table_id",
        "performance-indicator-sheet",
        `${r.document_id} ${r.table_id} has no figures in performance.csv`,
      );
    else {
      if (!sheet.projects.has(r.project))
        error(
          "project",
          "performance-indicator-project",
          `project ${r.project === null ? "(blank)" : `"${r.project}"`} is not one of ${r.table_id}'s in performance.csv: ${[...sheet.projects].map((p) => p ?? "(blank)").join(", ")}`,
        );
      if (!sheet.bodies.has(r.subunit_id))
        error(
          "subunit_id",
          "performance-indicator-subunit",
          `body ${r.subunit_id ?? "(blank)"} is not the body of ${r.table_id} in performance.csv (${[...sheet.bodies].map((b) => b ?? "(blank)").join(", ")})`,
        );
    }
    if (r.completion !== null && completionRatio(r.completion) === null)
      error(
        "completion",
        "performance-indicator-completion",
        `完成程度 "${r.completion}" is neither 1, 0 nor a percentage`,
      );
    if (r.status === "illegible" && r.printed === null && r.notes === null)
      error(
        "notes",
        "performance-indicator-status",
        "an illegible row says what could not be read, in printed or notes",
      );
  });
}
