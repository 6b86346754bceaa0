import { readdirSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { robotsTxt, sitemapFiles } from "../../src/lib/render/sitemap.ts";

/** Every page of a built site: the directory path of each index.html, relative to the site, with "/" separators. */
export function pagePaths(siteDir: string): string[] {
  return readdirSync(siteDir, { recursive: true, encoding: "utf8" })
    .filter((f) => f === "index.html" || f.endsWith(`${sep}index.html`))
    .map((f) => {
      const dir = relative(siteDir, join(siteDir, f, ".."))
        .split(sep)
        .join("/");
      return dir ? `${dir}/` : "";
    });
}

/** Write sitemap.xml (and its parts past 50,000 URLs) and robots.txt into a built site. */
export function writeSitemap(siteDir: string, siteRoot: string): void {
  for (const [name, text] of sitemapFiles(siteRoot, pagePaths(siteDir))) writeFileSync(join(siteDir, name), text);
  writeFileSync(join(siteDir, "robots.txt"), robotsTxt(siteRoot));
}
