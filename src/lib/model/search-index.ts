import { pinyin } from "pinyin-pro";
import { tk } from "../../i18n/index.ts";
import { METRICS } from "./metrics/registry.ts";
import type { Dataset } from "../data/model.ts";
import type { SearchEntry } from "./search.ts";

const spell = (text: string) => {
  const syllables = pinyin(text, { toneType: "none", type: "array", nonZh: "removed" });
  return { pinyin: syllables.join(""), initials: syllables.map((s) => s[0] ?? "").join("") };
};

/** Build-time search index: units, classification codes (code → first printed name), projects and metric definitions. */
export function buildSearchIndex(
  data: Pick<Dataset, "units" | "documents" | "projects">,
  codes: ReadonlyMap<string, string>,
): SearchEntry[] {
  const entries: SearchEntry[] = [];
  for (const u of data.units)
    entries.push({
      type: "unit",
      title: `${u.name_zh} ${u.province_zh}${u.prefecture_zh ?? ""}${u.county_zh ?? ""}`,
      title_en: u.name_en,
      ...spell(u.name_zh),
      path: `units/${u.unit_id}/`,
    });
  for (const [code, name] of codes)
    entries.push({
      type: "code",
      title: `${code} ${name}`,
      title_en: code,
      ...spell(name),
      path: `methodology/#code-${code}`,
    });
  // One entry per unit and project name, pointing at the latest report that lists it: the same project recurs every
  // year and in budget and final account (at national scale: ~200,000 rows, about half as many entries).
  const documents = new Map<string, Dataset["documents"][number]>(data.documents.map((d) => [d.document_id, d]));
  const latest = new Map<string, { name: string; doc: Dataset["documents"][number] }>();
  for (const p of data.projects) {
    const doc = documents.get(p.document_id);
    if (!doc) continue;
    const key = `${doc.unit_id}|${p.name}`;
    const seen = latest.get(key);
    if (
      !seen ||
      doc.fiscal_year > seen.doc.fiscal_year ||
      (doc.fiscal_year === seen.doc.fiscal_year && doc.stage === "final")
    )
      latest.set(key, { name: p.name, doc });
  }
  for (const { name, doc } of latest.values())
    entries.push({
      type: "project",
      title: name,
      title_en: "",
      ...spell(name),
      path: `reports/${doc.document_id}/#projects`,
    });
  for (const m of METRICS)
    entries.push({
      type: "definition",
      title: tk("zh", m.label),
      title_en: tk("en", m.label),
      ...spell(tk("zh", m.label)),
      path: `methodology/#${m.id}`,
    });
  return entries;
}
