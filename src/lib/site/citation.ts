import { PACKAGE } from "../data/schema/index.ts";

/**
 * How to cite the dataset, from one place: its one title, version and the date the data last changed (all from
 * the package metadata, never the build time, so builds stay byte-identical).
 */
export const DATASET = {
  title: PACKAGE.title,
  version: PACKAGE.version,
  lastChanged: PACKAGE.last_modified,
  authors: "yibao-budgets contributors",
  licence: "CC BY 4.0",
} as const;

/** The zip of every download, under data/. */
export const ZIP_NAME = "yibao-budgets-data.zip";

/** A reference in author–date style; the reader fills in the access date. */
export function citationText(url: string, accessed: string): string {
  const year = DATASET.lastChanged.slice(0, 4);
  return `${DATASET.authors} (${year}). ${DATASET.title} [Data set]. Version ${DATASET.version}, data last changed ${DATASET.lastChanged}. ${DATASET.licence}. ${url} (accessed ${accessed}).`;
}

export function citationBibtex(url: string, accessed: string): string {
  const year = DATASET.lastChanged.slice(0, 4);
  return [
    `@misc{yibao_budgets_${year},`,
    `  author = {{${DATASET.authors}}},`,
    `  title = {${DATASET.title}},`,
    `  year = {${year}},`,
    `  version = {${DATASET.version}},`,
    `  url = {${url}},`,
    `  urldate = {${accessed}},`,
    `  note = {Data set, ${DATASET.licence}; data last changed ${DATASET.lastChanged}}`,
    `}`,
  ].join("\n");
}

/** The repository's CITATION.cff as the site serves it: with the site's address as `url`. */
export function servedCitationCff(repositoryCff: string, url: string): string {
  const lines = repositoryCff.split("\n").filter((l) => !/^url:/.test(l));
  const at = lines.findIndex((l) => /^version:/.test(l));
  lines.splice(at + 1, 0, `url: "${url}"`);
  return lines.join("\n");
}
