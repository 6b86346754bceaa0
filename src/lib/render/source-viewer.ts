import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { dataLang, htmlLang, LANGUAGES, langPrefix, t, type Lang } from "../../i18n/index.ts";
import type { DocumentRow, ProjectRow } from "../data/model.ts";
import { hashMismatch, sha256, textLines } from "../data/source-texts.ts";
import { lineAnchor, projectAnchor, sourcePagePath } from "../model/labels.ts";
import type { MetricRow } from "../model/metrics/index.ts";
import { KEY_FIGURE_SECTIONS, metricLabel } from "../model/metrics/registry.ts";
import { reportFigurePath } from "./cite-link.ts";
import { CSP, markup } from "./html.ts";

/**
 * The source viewer (`npm run build -- --sources <dir>`): one page per report, `sources/<document>/`, its text once
 * as printed with one anchor per line (`#L12`), in every language (`en/sources/<document>/`: English chrome, the
 * text as printed), the lines cited by any figure marked, and from each a link to every figure it supports.
 */

/** A figure on a report page: where it is (site path + anchor, language-neutral) and its label per language. */
export interface FigureLink {
  path: string;
  label: (lang: Lang) => string;
}

/** document id → line → the figures citing that line, in the order the report page shows them. */
export type Backlinks = Map<string, Map<number, FigureLink[]>>;

const KEY_FIGURES = new Set(KEY_FIGURE_SECTIONS.flatMap(([, ids]) => ids));

/** Which figures each source line supports: every metric row shown on a report page, and every project. */
export function sourceBacklinks(
  metrics: readonly MetricRow[],
  documents: readonly DocumentRow[],
  projectsOf: (documentId: string) => readonly ProjectRow[],
): Backlinks {
  const year = new Map(documents.map((d) => [d.document_id as string, d.fiscal_year]));
  const out: Backlinks = new Map();
  const add = (documentId: string, line: number, link: FigureLink) => {
    let lines = out.get(documentId);
    if (!lines) out.set(documentId, (lines = new Map<number, FigureLink[]>()));
    const list = lines.get(line) ?? [];
    if (!list.some((l) => l.path === link.path)) list.push(link);
    lines.set(line, list);
  };
  for (const m of metrics) {
    if (m.result.state === "not_disclosed" || m.result.state === "not_applicable") continue;
    const own = m.fiscal_year === year.get(m.document_id) && !m.metric.endsWith("_yoy");
    if (own && !KEY_FIGURES.has(m.metric)) continue;
    const base = m.metric.replace(/_yoy$/, "");
    const link: FigureLink = {
      path: reportFigurePath(m, year.get(m.document_id) ?? 0),
      label: (lang) =>
        `${metricLabel(lang, base)}${m.metric.endsWith("_yoy") ? t(lang, "viewer.yoy") : ""}${own ? "" : ` ${m.fiscal_year}`}`,
    };
    for (const s of m.result.sources) add(s.document_id, s.line, link);
  }
  for (const d of documents)
    for (const p of projectsOf(d.document_id))
      add(d.document_id, p.line, {
        path: `reports/${d.document_id}/#${projectAnchor(p.line)}`,
        label: (lang) => t(lang, "viewer.project", { name: p.name }),
      });
  return out;
}

/**
 * The viewer page of one report in one language: its text as printed, line by line, the chrome (headings, links
 * back to the figures a line supports) in `lang`, a link to the same page in the other languages. `root`: the
 * site's base path ("/", "/repo/").
 */
export function sourceViewerPage(
  doc: DocumentRow,
  text: string,
  cited: Map<number, FigureLink[]> | undefined,
  root: string,
  lang: Lang = LANGUAGES[0]?.code ?? "zh",
): string {
  const here = `${root}${langPrefix(lang)}`;
  const lines = textLines(text).map((line, i) => {
    const n = i + 1;
    const figures = cited?.get(n);
    const id = lineAnchor(n);
    if (!figures) return markup`<div id="${id}"><a href="#${id}">${n}</a>${line}</div>`;
    const back = figures.map((f) => markup` <a href="${here}${f.path}">${f.label(lang)}</a>`);
    return markup`<div id="${id}" class="c"><a href="#${id}">${n}</a>${line}<span class="b">${t(lang, "viewer.supports")}${back}</span></div>`;
  });
  const others = LANGUAGES.filter((l) => l.code !== lang).map(
    (l) =>
      markup` · <a lang="${l.htmlLang}" hreflang="${l.htmlLang}" href="${root}${langPrefix(l.code)}${sourcePagePath(doc.document_id)}">${l.label}</a>`,
  );
  const nav = markup`<a href="${here}reports/${doc.document_id}/">${t(lang, "viewer.back")}</a>${others}`;
  const about = t(lang, "viewer.about", {
    issuer: doc[`issuer_${dataLang(lang)}`],
    file: doc.source_file,
    lines: textLines(text).length,
    cited: cited?.size ?? 0,
  });
  // The title as printed; on an English page after its English rendering ("… (printed: 沈丘县…)").
  const title = t(lang, "gloss.printed", { gloss: doc[`title_${dataLang(lang)}`], printed: doc.title_printed });
  // The report's text is Chinese on every language's page: marked as such, so readers and checks know it.
  const page = markup`<html lang="${htmlLang(lang)}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CSP}"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="referrer" content="no-referrer"><title>${doc.title_printed} · ${t(lang, "viewer.title")}</title><meta name="robots" content="noindex"><link rel="icon" href="${root}favicon.svg" type="image/svg+xml"><link rel="stylesheet" href="${root}css/site.css"></head><body class="srcview"><header><p><a href="${here}">${t(lang, "site.title")}</a></p><nav>${nav}</nav><h1>${title} · ${t(lang, "viewer.title")}</h1><p>${about}</p><p><code>SHA-256 ${doc.source_sha256}</code></p></header><main class="t" lang="zh-CN">${lines}</main></body></html>`;
  return `<!doctype html>\n${page.toString()}\n`;
}

/**
 * Read, verify and publish every report's text: throws (one line naming the file and both hashes) when a text is
 * not the one documents.csv recorded, before anything is written.
 */
export function writeSourceViewer(
  outDir: string,
  sourcesDir: string,
  documents: readonly DocumentRow[],
  backlinks: Backlinks,
  base: string,
): void {
  const texts = documents.map((d) => {
    const bytes = readFileSync(join(sourcesDir, d.source_file));
    const mismatch = hashMismatch(join(sourcesDir, d.source_file), d.source_sha256, sha256(bytes));
    if (mismatch) throw new Error(mismatch);
    return bytes.toString("utf8");
  });
  documents.forEach((d, i) => {
    for (const { code } of LANGUAGES) {
      const dir = join(outDir, langPrefix(code), sourcePagePath(d.document_id));
      mkdirSync(dir, { recursive: true });
      writeFileSync(
        join(dir, "index.html"),
        sourceViewerPage(d, texts[i] ?? "", backlinks.get(d.document_id), base, code),
      );
    }
  });
}
