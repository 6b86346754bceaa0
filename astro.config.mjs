// @ts-check
import { defineConfig } from "astro/config";

/** Base path for hosting under a sub-path (GitHub Pages): SITE_BASE=/repo-name/ npm run build */
const base = process.env.SITE_BASE ?? "/";

export default defineConfig({
  base,
  // scripts/build.ts sets the site URL and requires one (scripts/build/site-url.ts): no placeholder host is written.
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  trailingSlash: "always",
  // Pages render while earlier ones are written: at concurrency 1 the build waited on the disk a quarter of the time.
  build: { format: "directory", inlineStylesheets: "never", concurrency: 4 },
  devToolbar: { enabled: false },
  // Scripts and styles always ship as files: the content security policy allows no inline code.
  vite: { build: { assetsInlineLimit: 0 } },
});
