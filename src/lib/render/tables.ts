import { href, tk, type Lang } from "../../i18n/index.ts";
import { sourceText, unitName } from "../model/labels.ts";
import { fmtMetric } from "../charts/format.ts";
import { esc } from "./html.ts";
import type { SiteModel } from "../site/build-site.ts";

/**
 * The full table of a metric page: every report of the latest year (12,000 rows at national scale), written as a
 * string (see lib/html.ts): unit, year, stage · scope, then each metric with its source as a tooltip.
 */
export function metricTableRows(
  site: Pick<SiteModel, "data" | "index">,
  docs: readonly string[],
  ids: readonly string[],
  lang: Lang,
): string {
  const { data, index } = site;
  return docs
    .map((docId) => {
      const doc = index.document.get(docId);
      if (!doc) return "";
      const cells = ids
        .map((id) => {
          const m = index.metricOf(docId, id, doc.fiscal_year);
          const title = m ? esc(sourceText(m.result, lang, data)) : "";
          const value = m?.result.state === "value" ? m.result.value : "";
          return `<td class="num" title="${title}" data-value="${value}">${m ? esc(fmtMetric(m.result, m.unit, lang)) : ""}</td>`;
        })
        .join("");
      const unit = `<a href="${esc(href(lang, `units/${doc.unit_id}/`))}">${esc(unitName(index.unit.get(doc.unit_id), lang))}</a>`;
      const stage = `${esc(tk(lang, `stage.${doc.stage}`))} · ${esc(tk(lang, `scope.${doc.scope}`))}`;
      return `<tr class="stage-${esc(doc.stage)}"><th scope="row">${unit}</th><td>${doc.fiscal_year}</td><td>${stage}</td>${cells}</tr>`;
    })
    .join("");
}
