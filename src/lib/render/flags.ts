import { href, t, type Lang } from "../../i18n/index.ts";
import type { FindingRef } from "../model/flags.ts";
import { markup, type Markup } from "./html.ts";

/**
 * The visible mark of a figure that a recorded finding concerns: ⚑ and each finding's id, linking to it in its
 * report's findings section (`#F02` on the report page itself). Empty when there is none.
 */
export function flagMarkup(refs: readonly FindingRef[] | undefined, lang: Lang, onReport?: string): Markup {
  if (!refs?.length) return markup``;
  const links = refs.map((r, i) => {
    const target =
      r.document_id === onReport ? `#${r.finding_id}` : `${href(lang, `reports/${r.document_id}/`)}#${r.finding_id}`;
    return markup`${i > 0 && " "}<a href="${target}">${r.finding_id}</a>`;
  });
  return markup` <span class="flag" title="${t(lang, "flag.title")}">⚑ ${links}</span>`;
}
