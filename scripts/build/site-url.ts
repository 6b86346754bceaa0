/**
 * The absolute URL the site is published at: canonical links, hreflang, sitemap, Open Graph and embed snippets are
 * written with it. A deploy build must be told (`--site <url>` or `SITE_URL`); only a build for local preview
 * (`--local`, what `npm start` does) may fall back to the preview server's address. There is no placeholder host.
 */
export const LOCAL_PREVIEW_URL = "http://localhost:4321";

export interface SiteUrlInput {
  /** The value of `--site`, if given. */
  flag?: string | undefined;
  /** The SITE_URL environment variable, if set. */
  env?: string | undefined;
  /** Whether `--local` was given. */
  local: boolean;
}

/** The site URL with one trailing slash, or an Error whose message is the one line the build prints. */
export function resolveSiteUrl({ flag, env, local }: SiteUrlInput): string | Error {
  const given = (flag ?? env ?? "").trim();
  if (!given) {
    if (local) return `${LOCAL_PREVIEW_URL}/`;
    return new Error(
      "no site URL: a deploy build needs SITE_URL=https://… or --site https://… (use --local for a local preview build)",
    );
  }
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    return new Error(`site URL "${given}" is not an absolute URL (expected e.g. https://example.github.io)`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    return new Error(`site URL "${given}" must start with https:// or http://`);
  if (url.search || url.hash) return new Error(`site URL "${given}" must not have a query or fragment`);
  return url.href.replace(/\/?$/, "/");
}
