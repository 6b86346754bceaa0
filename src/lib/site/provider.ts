import type { SiteModel } from "./build-site.ts";

/**
 * How pages receive the site model. scripts/build.ts computes it with `buildSite()` and provides it once before
 * Astro renders; the build marks this module external so that the rendered pages import this very file, not a
 * bundled copy, and so read the model the script provided.
 */
let current: SiteModel | null = null;

export function provideSite(model: SiteModel): void {
  if (current) throw new Error("provideSite: the site model was already provided");
  current = model;
}

/** The site model provided by scripts/build.ts (read-only: pages never change it). */
export function getSite(): SiteModel {
  if (!current)
    throw new Error("getSite: no site model was provided; pages are built by scripts/build.ts (npm run build)");
  return current;
}
