import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { LANGUAGES, langPrefix, t, type Lang } from "../../i18n/index.ts";
import { exportPieces, hasStandaloneFile } from "../charts/export-pieces.ts";
import { layouts } from "../charts/layout.ts";
import type { ChartSpec, ChartView } from "../charts/registry.ts";
import { previewSvg, standaloneSvg, type Standalone } from "./standalone-svg.ts";
import { FAMILY_METRICS, FAMILY_PAGES } from "../model/metrics/registry.ts";
import type { PagedFamily } from "../model/metrics/taxonomy.ts";
import type { SiteModel } from "../site/build-site.ts";
import { metricPageView } from "../site/metric-defaults.ts";
import { svgMarkup } from "./svg.ts";

/** A chart's standalone picture in `lang` (the wide layout, as the downloads take it); `site` has no trailing slash. */
export function standaloneChart(view: ChartView, lang: Lang, site: string): Standalone {
  return standaloneSvg(exportPieces(view, lang, site), svgMarkup(view, layouts(view).wide).toString());
}

/** Every metric-page chart's standalone SVG in every language: `<lang prefix>embed/<id>/chart.svg`. */
export function writeStandaloneSvgs(outDir: string, charts: ChartSpec[], site: string): number {
  let written = 0;
  for (const spec of charts) {
    // A report's chart gets no file (computing its view to ask would cost a view per report at national scale).
    if (spec.family === "unit") continue;
    for (const { code } of LANGUAGES) {
      const view = spec.view(code);
      if (!hasStandaloneFile(view)) break;
      const dir = join(outDir, langPrefix(code), "embed", spec.id);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, "chart.svg"), standaloneChart(view, code, site).svg);
      written++;
    }
  }
  return written;
}

/** Site-relative path of a metric family page's social preview in `lang`. */
export const previewPath = (lang: Lang, slug: string) => `${langPrefix(lang)}metrics/${slug}/preview.png`;

/** The preview's text alternative (og:image:alt): title, unit and source. */
export function previewAlt(view: ChartView, lang: Lang, site: string): string {
  const p = exportPieces(view, lang, site);
  return t(lang, "chart.og_alt", { title: p.title, unit: view.unitLabel, source: p.source });
}

/**
 * Every metric family page's preview in every language (path → SVG): its default view's first chart
 * (site/metric-defaults.ts), as previewSvg composes it.
 */
export function metricPreviews(site: Pick<SiteModel, "charts" | "metrics">, siteUrl: string): Map<string, string> {
  const previews = new Map<string, string>();
  for (const { id: family, slug } of FAMILY_PAGES) {
    const chart = previewChart(site, family);
    if (!chart) continue;
    for (const { code } of LANGUAGES) {
      const view = chart.view(code);
      previews.set(
        previewPath(code, slug),
        // The credit names the page (the chart's own view, with its query, is too long for one line at 20px).
        previewSvg(
          {
            ...exportPieces(view, code, siteUrl),
            credit: t(code, "chart.credit", { url: `${siteUrl}/${langPrefix(code)}${view.page}` }),
          },
          svgMarkup(view, layouts(view).wide).toString(),
        ),
      );
    }
  }
  return previews;
}

/** Site-relative path of the site's own social preview in `lang`: every page without a chart of its own shows it. */
export const sitePreviewPath = (lang: Lang) => `${langPrefix(lang)}preview.png`;

/** The site preview's text alternative. */
export const sitePreviewAlt = (lang: Lang) => t(lang, "site.og_alt");

/**
 * The site's preview in every language (path → SVG): its name and what it compares above the personnel page's
 * preview chart (the first family), the kind of figure a reader finds inside; the site's address at the foot.
 */
export function sitePreviews(site: Pick<SiteModel, "charts" | "metrics">, siteUrl: string): Map<string, string> {
  const previews = new Map<string, string>();
  const first = FAMILY_PAGES[0];
  const chart = first && previewChart(site, first.id);
  if (!chart) return previews;
  for (const { code } of LANGUAGES) {
    const view = chart.view(code);
    previews.set(
      sitePreviewPath(code),
      previewSvg(
        {
          lang: code,
          title: t(code, "site.title"),
          subtitle: t(code, "site.og_subtitle", { chart: view.title }),
          source: t(code, "site.og_source"),
          credit: `${siteUrl}/${langPrefix(code)}`,
        },
        svgMarkup(view, layouts(view).wide).toString(),
      ),
    );
  }
  return previews;
}

/** The chart a family page's preview shows (none where the family has no chart). */
export function previewChart(site: Pick<SiteModel, "charts" | "metrics">, family: PagedFamily): ChartSpec | undefined {
  const ids = FAMILY_METRICS[family];
  const all = site.charts.filter((c) => c.family === family);
  const latest = Math.max(...all.map((c) => c.year ?? 0));
  const rows = site.metrics.filter((m) => ids.includes(m.metric));
  return metricPageView(
    all.filter((c) => c.year === latest),
    rows,
    ids,
  ).defaults[0];
}
