/**
 * A province's comparison table without JavaScript (compare/<province>/): each unit's reports of its own latest
 * fiscal year (budget and final), by unit then stage. At national scale a province has ~200 units × 5 years: a column
 * per report of every year would be ~2,000 columns and ~8.7 KB per report of the site (issue 16). Earlier years stay
 * on the province's over-time page, each unit's page and each report's page, and the picker compares any report.
 */
export function latestReports<D extends { unit_id: string; fiscal_year: number; stage: string }>(
  documents: readonly D[],
): { latest: D[]; olderYears: number[] } {
  const latestOf = new Map<string, number>();
  for (const d of documents) latestOf.set(d.unit_id, Math.max(latestOf.get(d.unit_id) ?? -Infinity, d.fiscal_year));
  const latest = documents
    .filter((d) => d.fiscal_year === latestOf.get(d.unit_id))
    .sort((a, b) =>
      a.unit_id < b.unit_id ? -1 : a.unit_id > b.unit_id ? 1 : a.stage < b.stage ? -1 : a.stage > b.stage ? 1 : 0,
    );
  const olderYears = [
    ...new Set(documents.filter((d) => d.fiscal_year !== latestOf.get(d.unit_id)).map((d) => d.fiscal_year)),
  ];
  return { latest, olderYears: olderYears.sort((a, b) => a - b) };
}
