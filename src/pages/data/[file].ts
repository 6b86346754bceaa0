import { csvResource, dataPackageDescriptor } from "../../lib/data/schema/descriptor.ts";
import { METRICS_CSV_FIELDS } from "../../lib/render/metrics-csv.ts";

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
    const pkg = dataPackageDescriptor();
    const published = {
      ...pkg,
      attribution: ATTRIBUTION,
      resources: [
        ...pkg.resources,
        csvResource({
          name: "metrics",
          path: "metrics.csv",
          description:
            "Derived metrics, one row per report × metric in every state (status), with sources, findings, labels and units in both languages (see the methodology page); UTF-8 with a byte-order mark, for spreadsheets",
          schema: {
            fields: METRICS_CSV_FIELDS.map((f) => ({ ...f })),
            missingValues: [""],
            foreignKeys: [
              { fields: ["unit_id"], reference: { resource: "units", fields: ["unit_id"] } },
              { fields: ["document_id"], reference: { resource: "documents", fields: ["document_id"] } },
            ],
          },
        }),
      ],
    };
    return new Response(JSON.stringify(published, null, 2), { headers: { "Content-Type": "application/json" } });
  }
  return new Response("not found", { status: 404 });
}
