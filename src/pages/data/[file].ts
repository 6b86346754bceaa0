import { toCsv } from "../../lib/csv.ts";
import { METRICS_CSV_HEADER, metricsCsvRows } from "../../lib/metrics/index.ts";
import { getSite } from "../../lib/site.ts";
import { loadDataPackage } from "../../lib/validate/datapackage.ts";

const ATTRIBUTION =
  "医保预决算对比 yibao-budgets — curated from official 部门预算/部门决算 disclosure reports; CC BY 4.0";

export function getStaticPaths() {
  return [
    { params: { file: "metrics.csv" } },
    { params: { file: "datapackage.json" } },
    // The curated CSVs are copied byte for byte by scripts/build.ts (at national scale they are ~750 MB).
  ];
}

/** Downloads: the metrics long table (BOM for Excel) and the schema of all downloads. */
export function GET({ params }: { params: { file: string } }): Response {
  const { data } = getSite();
  if (params.file === "metrics.csv") {
    const body = toCsv(METRICS_CSV_HEADER, metricsCsvRows(getSite().metrics, data.units), { bom: true });
    return new Response(body, { headers: { "Content-Type": "text/csv; charset=utf-8" } });
  }
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
