import { dataLang, t, tk, type Lang } from "../../i18n/index.ts";
import type { Dataset, Unit } from "../data/model.ts";
import type { MetricValue } from "./metrics/values.ts";

/** Label helpers shared by charts, string writers and views (so they live below all three). */

export const unitName = (u: Unit | undefined, lang: Lang) => (u ? u[`name_${dataLang(lang)}`] : "?");

/** The documents a source text names (their source files). */
export type SourceDocuments = Pick<Dataset, "documents">;

const documentIndex = new WeakMap<SourceDocuments, Map<string, Dataset["documents"][number]>>();
const documentOf = (data: SourceDocuments, id: string) => {
  let index = documentIndex.get(data);
  if (!index) documentIndex.set(data, (index = new Map(data.documents.map((d) => [d.document_id as string, d]))));
  return index.get(id);
};

/** Where a figure comes from: source file · table · line, for each source (a not-disclosed figure: its note). */
export function sourceText(result: MetricValue, lang: Lang, data: SourceDocuments): string {
  if (result.state === "not_disclosed" || result.state === "not_applicable")
    return result.note ? tk(lang, `reason.${result.note}`) : "";
  return result.sources
    .map((s) => {
      const doc = documentOf(data, s.document_id);
      const table = s.table_id
        ? `${s.table_no ?? s.table_id} ${s.table_title ?? ""}`.trim()
        : t(lang, "source.narrative");
      return `${doc?.source_file ?? s.document_id} · ${table} · ${t(lang, "source.line", { line: s.line })}`;
    })
    .join("; ");
}

/** A unit as the page says it: 万元 / "10,000 yuan" for amounts, "%" for ratios (shown as percentages). */
export const unitText = (lang: Lang, unit: "万元" | "ratio"): string => (unit === "万元" ? t(lang, "unit.wan") : "%");

/** A heading with its money unit: "支出合计（万元）"; a ratio's heading stays as it is (its figures carry %). */
export const withUnit = (lang: Lang, label: string, unit: "万元" | "ratio"): string =>
  unit === "万元" ? t(lang, "label.with_unit", { label, unit: unitText(lang, unit) }) : label;
