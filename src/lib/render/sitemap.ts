/**
 * sitemap.xml and robots.txt from the list of published pages. Deterministic: URLs sorted, no dates (a rebuild of
 * the same data gives the same bytes). Past 50,000 URLs (the sitemap protocol's limit per file) the URLs go to
 * numbered files and sitemap.xml becomes their index.
 */
import { markup } from "./html.ts";

export const SITEMAP_LIMIT = 50_000;

const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';
const NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"';

/** Whether a page (its path inside the site, e.g. "en/embed/x/") belongs in the sitemap: embeds are noindex. */
export const inSitemap = (pagePath: string) => !/^([a-z]{2}\/)?embed\//.test(pagePath);

/**
 * The sitemap files, by file name: `sitemap.xml` always. `siteRoot` is the site URL with its base path and a
 * trailing slash ("https://owner.github.io/repo/"); `pagePaths` are directory paths inside it ("" for the home page).
 */
export function sitemapFiles(
  siteRoot: string,
  pagePaths: readonly string[],
  limit = SITEMAP_LIMIT,
): Map<string, string> {
  const urls = [...new Set(pagePaths.filter(inSitemap))].sort().map((p) => new URL(p, siteRoot).href);
  // The escaping template of every page (its escaping of & < > " is XML's too).
  const url = (loc: string) => markup`<url><loc>${loc}</loc></url>`.toString();
  const urlset = (list: string[]) => `${HEAD}<urlset ${NS}>\n${list.map((u) => `${url(u)}\n`).join("")}</urlset>\n`;
  if (urls.length <= limit) return new Map([["sitemap.xml", urlset(urls)]]);
  const files = new Map<string, string>();
  for (let i = 0; i * limit < urls.length; i++)
    files.set(`sitemap-${i + 1}.xml`, urlset(urls.slice(i * limit, (i + 1) * limit)));
  const index = [...files.keys()].map(
    (name) => `${markup`<sitemap><loc>${new URL(name, siteRoot).href}</loc></sitemap>`.toString()}\n`,
  );
  files.set("sitemap.xml", `${HEAD}<sitemapindex ${NS}>\n${index.join("")}</sitemapindex>\n`);
  return files;
}

/** robots.txt: everything may be crawled (embeds carry their own noindex), and where the sitemap is. */
export const robotsTxt = (siteRoot: string) =>
  `User-agent: *\nAllow: /\nSitemap: ${new URL("sitemap.xml", siteRoot).href}\n`;
