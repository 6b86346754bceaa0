import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { dataLang, LANGUAGES, langPrefix, t, type Lang } from "../../i18n/index.ts";
import type { DocumentRow, ProjectRow } from "../data/model.ts";
import { hashMismatch, sha256, textLines } from "../data/source-texts.ts";
import { lineAnchor, projectAnchor, sourcePagePath } from "../model/labels.ts";
import type { MetricRow } from "../model/metrics/index.ts";
import { KEY_FIGURE_SECTIONS, metricLabel } from "../model/metrics/registry.ts";
import { reportFigurePath } from "./cite-link.ts";
import { CSP, markup, type Markup } from "./html.ts";

/**
 * The source viewer (`npm run build -- --sources <dir>`): one page per report, `sources/<document>/`, its text once
 * as printed with one anchor per line (`#L12`), bilingual chrome, the lines cited by any figure marked, and from
 * each of those a link to every figure it supports on the report page in each language.
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

/** Each language's string, marked with its language: the page's chrome is in all of them. */
const bilingual = (render: (lang: Lang) => string): Markup[] =>
  LANGUAGES.map((l, i) => markup`${i > 0 ? " / " : ""}<span lang="${l.htmlLang}">${render(l.code)}</span>`);

/** The viewer page of one report: its text as printed, line by line. `root`: the site's base path ("/", "/repo/"). */
export function sourceViewerPage(
  doc: DocumentRow,
  text: string,
  cited: Map<number, FigureLink[]> | undefined,
  root: string,
): string {
  const lines = textLines(text).map((line, i) => {
    const n = i + 1;
    const figures = cited?.get(n);
    const id = lineAnchor(n);
    if (!figures) return markup`<div id="${id}"><a href="#${id}">${n}</a>${line}</div>`;
    const back = LANGUAGES.map(
      (l) =>
        markup`<span lang="${l.htmlLang}">${figures.map((f) => markup`<a href="${root}${langPrefix(l.code)}${f.path}">${f.label(l.code)}</a>`)}</span>`,
    );
    return markup`<div id="${id}" class="c"><a href="#${id}">${n}</a>${line}<span class="b">${t("zh", "viewer.supports")} / ${t("en", "viewer.supports")} ${back}</span></div>`;
  });
  const nav = LANGUAGES.map(
    (l) =>
      markup`<a lang="${l.htmlLang}" href="${root}${langPrefix(l.code)}reports/${doc.document_id}/">${t(l.code, "viewer.back")}</a>`,
  ).map((link, i) => (i ? markup` · ${link}` : link));
  const page = markup`<html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CSP}"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="referrer" content="no-referrer"><title>${doc.title_printed} · ${t("zh", "viewer.title")} / ${t("en", "viewer.title")}</title><meta name="robots" content="noindex"><link rel="stylesheet" href="${root}css/site.css"></head><body class="srcview"><header><p>${bilingual((lang) => t(lang, "site.title"))}</p><nav>${nav}</nav><h1>${doc.title_printed}</h1><p>${bilingual((lang) => t(lang, "viewer.about", { issuer: doc[`issuer_${dataLang(lang)}`], file: doc.source_file, lines: textLines(text).length, cited: cited?.size ?? 0 }))}</p><p><code>SHA-256 ${doc.source_sha256}</code></p></header><main class="t">${lines}</main></body></html>`;
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
    const dir = join(outDir, sourcePagePath(d.document_id));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "index.html"), sourceViewerPage(d, texts[i] ?? "", backlinks.get(d.document_id), base));
  });
}
