import { METRICS_CSV_HEADER } from "../../lib/model/metrics/index.ts";
import { csvResource, dataPackageDescriptor, type TableSchemaField } from "../../lib/data/schema/descriptor.ts";

const ATTRIBUTION =
  "医保预决算对比 yibao-budgets — curated from official 部门预算/部门决算 disclosure reports; CC BY 4.0";

/** The columns of data/metrics.csv (written by src/lib/render/downloads.ts), in order. */
const METRICS_FIELDS: Record<(typeof METRICS_CSV_HEADER)[number], Omit<TableSchemaField, "name">> = {
  unit_id: { type: "string", description: "单位编号 / unit id (units.csv)" },
  unit_name: { type: "string", description: "单位名称 / unit name (units.csv name_zh)" },
  fiscal_year: { type: "integer", description: "年度 / fiscal year" },
  stage: { type: "string", description: "预算 budget / 决算 final" },
  scope: { type: "string", description: "本级 own / 汇总 consolidated" },
  metric: { type: "string", description: "指标 / metric id (see the methodology page)" },
  value: { type: "number", description: "数值 / value, in the unit of the next column" },
  unit: { type: "string", description: "万元 / ratio (a fraction: 0.25 = 25%)" },
  basis: { type: "string", description: "table 表格 / narrative 报告文字 / derived 计算" },
  document_id: { type: "string", description: "来源报告 / the report the figure comes from (documents.csv)" },
};

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
            "Derived metrics, one row per unit × year × stage × metric (see the methodology page); UTF-8 with a byte-order mark, for spreadsheets",
          schema: {
            fields: METRICS_CSV_HEADER.map((name) => ({ name, ...METRICS_FIELDS[name] })),
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
