import { describe, expect, it } from "vitest";
import { latestReports } from "../src/lib/site/latest-reports.ts";

const doc = (unit_id: string, fiscal_year: number, stage: string) => ({ unit_id, fiscal_year, stage });

describe("latestReports(documents)", () => {
  it("keeps each unit's own latest year, budget before final, units in id order", () => {
    // A: 2022 budget+final, 2023 budget → 2023 budget only. B: 2021 final, 2022 final and budget → both 2022.
    // C: 2020 budget alone → kept (its latest is older than the others', it is not dropped).
    const docs = [
      doc("B", 2022, "final"),
      doc("A", 2022, "budget"),
      doc("C", 2020, "budget"),
      doc("A", 2023, "budget"),
      doc("B", 2021, "final"),
      doc("A", 2022, "final"),
      doc("B", 2022, "budget"),
    ];
    const { latest, olderYears } = latestReports(docs);
    expect(latest).toEqual([
      doc("A", 2023, "budget"),
      doc("B", 2022, "budget"),
      doc("B", 2022, "final"),
      doc("C", 2020, "budget"),
    ]);
    // Left out: A's 2022 (two reports) and B's 2021: the years the page points to the over-time page for.
    expect(olderYears).toEqual([2021, 2022]);
  });

  it("gives no older years when every unit has a single year (the real data: all 2024)", () => {
    const docs = [doc("A", 2024, "final"), doc("A", 2024, "budget"), doc("B", 2024, "budget")];
    expect(latestReports(docs)).toEqual({ latest: [docs[1], docs[0], docs[2]], olderYears: [] });
  });

  it("returns nothing for a province with no reports", () => {
    expect(latestReports([])).toEqual({ latest: [], olderYears: [] });
  });
});
