import { toCsv } from "../../../lib/csv.ts";
import { getSite } from "../../../lib/site.ts";

export function getStaticPaths() {
  return getSite().charts.map((c) => ({ params: { id: c.id } }));
}

/** Exactly the rows the chart shows, in both languages, with their sources; BOM so Excel reads UTF-8. */
export function GET({ params }: { params: { id: string } }): Response {
  const spec = getSite().index.chart.get(params.id);
  if (!spec) return new Response("not found", { status: 404 });
  const zh = spec.view("zh");
  const en = spec.view("en");
  const rows = zh.bars.map((b, i) => [
    b.key,
    b.label,
    en.bars[i]?.label ?? "",
    b.value,
    zh.unit,
    b.value === null ? (en.bars[i]?.missing ?? "") : "value",
    b.style,
    zh.sourceOf(b.key),
  ]);
  const body = toCsv(["key", "label_zh", "label_en", "value", "unit", "state", "stage", "source"], rows, { bom: true });
  return new Response(body, { headers: { "Content-Type": "text/csv; charset=utf-8" } });
}
