import { METRICS_CSV_HEADER } from "../../lib/model/metrics/index.ts";
import { loadDataPackage } from "../../lib/data/datapackage.ts";

const ATTRIBUTION =
  "医保预决算对比 yibao-budgets — curated from official 部门预算/部门决算 disclosure reports; CC BY 4.0";

export function getStaticPaths() {
  return [
    { params: { file: "datapackage.json" } },
    // metrics.csv and the curated CSVs are written by scripts/build.ts (at national scale: ~2 million rows, ~750 MB).
  ];
}

/** The schema of all downloads (the files themselves are written by scripts/build.ts). */
export function GET({ params }: { params: { file: string } }): Response {
  if (params.file === "datapackage.json") {
    const pkg = loadDataPackage();
    const published = {
      ...pkg,
      attribution: ATTRIBUTION,
      resources: [
        ...pkg.resources,
        {
          name: "metrics",
          path: "metrics.csv",
          profile: "tabular-data-resource",
          format: "csv",
          encoding: "utf-8-sig",
          description: "Derived metrics, one row per unit × year × stage × metric (see the methodology page)",
          schema: {
            fields: METRICS_CSV_HEADER.map((name) => ({
              name,
              type: name === "value" ? "number" : name === "fiscal_year" ? "integer" : "string",
            })),
          },
        },
      ],
    };
    return new Response(JSON.stringify(published, null, 2), { headers: { "Content-Type": "application/json" } });
  }
  return new Response("not found", { status: 404 });
}
