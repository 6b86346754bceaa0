/** The bench's byte breakdown (scripts/bench/bytes.ts): every file of a built site in one kind. */
import { describe, expect, it } from "vitest";
import { atNationalScale, bytesByKind, fileKind } from "../scripts/bench/bytes.ts";

describe("fileKind(rel)", () => {
  it.each([
    ["index.html", "page: home"],
    ["en/index.html", "page: home"],
    ["units/index.html", "page: units/"],
    ["en/units/210300-bureau/index.html", "page: units/<unit>/"],
    ["reports/210300-bureau-2024-budget/index.html", "page: reports/<doc>/"],
    ["units/210300-bureau/checks.csv.gz", "download: checks (units/<unit>/checks.csv.gz)"],
    ["units/210300-bureau/charts.csv", "download: chart CSVs (embed/<chart>/data.csv, units/<unit>/charts.csv)"],
    ["embed/metric-personnel-2024-final/index.html", "page: embed/"],
    [
      "embed/metric-personnel-2024-final/data.csv",
      "download: chart CSVs (embed/<chart>/data.csv, units/<unit>/charts.csv)",
    ],
    ["en/compare/210000/index.html", "page: compare/"],
    ["over-time/210000/index.html", "page: over-time/"],
    ["search-index/main.json", "search shards"],
    ["data/metrics.csv.gz", "download: metrics.csv"],
    ["data/metrics.csv", "download: metrics.csv"],
    ["data/functional.csv.gz", "download: curated CSVs"],
    ["data/yibao-budgets-data.zip", "download: zip"],
    ["data/datapackage.json", "download: datapackage.json, CITATION.cff"],
    ["data/index.html", "page: quality, methodology, data"],
    ["404.html", "page: 404"],
    ["sitemap.xml", "sitemap, robots"],
    ["_astro/search.Bx1.js", "assets (JS, CSS, icons)"],
  ])("%s is %s", (rel, kind) => {
    expect(fileKind(rel)).toBe(kind);
  });
});

describe("bytesByKind(files) and atNationalScale(figure, reports)", () => {
  it("adds bytes and files per kind, kinds in print order", () => {
    const files = [
      { rel: "reports/a/index.html", size: 100 },
      { rel: "en/reports/a/index.html", size: 120 },
      { rel: "index.html", size: 5 },
    ];
    expect(bytesByKind(files)).toEqual([
      { kind: "page: home", bytes: 5, files: 1 },
      { kind: "page: reports/<doc>/", bytes: 220, files: 2 },
    ]);
  });

  it("scales a figure measured on 10,000 reports linearly to 60,000", () => {
    expect(atNationalScale(52_764, 10_000)).toBeCloseTo(316_584);
    expect(atNationalScale(1, 0)).toBeNull();
  });
});
