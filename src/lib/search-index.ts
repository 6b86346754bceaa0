import { pinyin } from "pinyin-pro";
import { tk } from "../i18n/index.ts";
import { METRICS } from "./metrics/index.ts";
import type { Dataset } from "./model.ts";
import type { SearchEntry } from "./search.ts";

const spell = (text: string) => {
  const syllables = pinyin(text, { toneType: "none", type: "array", nonZh: "removed" });
  return { pinyin: syllables.join(""), initials: syllables.map((s) => s[0] ?? "").join("") };
};

/** Build-time search index: units, classification codes, projects and metric definitions. */
export function buildSearchIndex(data: Dataset): SearchEntry[] {
  const entries: SearchEntry[] = [];
  for (const u of data.units)
    entries.push({
      type: "unit",
      title: `${u.name_zh} ${u.province_zh}${u.prefecture_zh ?? ""}${u.county_zh ?? ""}`,
      title_en: u.name_en,
      ...spell(u.name_zh),
      path: `units/${u.unit_id}/`,
    });
  const codes = new Map<string, string>();
  for (const r of data.functional) if (r.code && r.name && !codes.has(r.code)) codes.set(r.code, r.name);
  for (const [code, name] of codes)
    entries.push({
      type: "code",
      title: `${code} ${name}`,
      title_en: code,
      ...spell(name),
      path: `methodology/#code-${code}`,
    });
  const documents = new Map<string, Dataset["documents"][number]>(data.documents.map((d) => [d.document_id, d]));
  for (const p of data.projects) {
    const doc = documents.get(p.document_id);
    entries.push({
      type: "project",
      title: p.name,
      title_en: "",
      ...spell(p.name),
      path: `units/${doc?.unit_id ?? ""}/#${p.document_id}`,
    });
  }
  for (const m of METRICS)
    entries.push({
      type: "definition",
      title: tk("zh", `metric.${m.id}`),
      title_en: tk("en", `metric.${m.id}`),
      ...spell(tk("zh", `metric.${m.id}`)),
      path: `methodology/#${m.id}`,
    });
  return entries;
}
