/**
 * node scripts/pages-check.ts [dir] [--max-bytes N] [--warn-files N]: the Pages dry run. Prints the size and file
 * count of the site folder (default dist/) and of the tar artifact actions/upload-pages-artifact would upload, and
 * exits 1 when the artifact is over GitHub Pages' 1 GB limit; above 200,000 files (GitLab Pages' limit) it warns.
 * In GitHub Actions the verdict is also written as an annotation (::error:: / ::warning::).
 */
import { existsSync, lstatSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { fmtBytes, fmtInt } from "./bench/format.ts";
import { PAGES_LIMITS, pagesVerdict, type SiteEntry } from "./pages/limits.ts";

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const positional = args.filter((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--"));
const dir = resolve(positional[0] ?? "dist");
const limits = {
  maxBytes: Number(option("--max-bytes") ?? PAGES_LIMITS.maxBytes),
  warnFiles: Number(option("--warn-files") ?? PAGES_LIMITS.warnFiles),
};
if (!existsSync(dir) || !statSync(dir).isDirectory()) {
  console.error(`pages-check: ${dir}: no such directory (build the site first)`);
  process.exit(1);
}

function list(root: string, at = root, out: SiteEntry[] = []): SiteEntry[] {
  for (const entry of readdirSync(at, { withFileTypes: true })) {
    const full = join(at, entry.name);
    const rel = relative(root, full).split(sep).join("/");
    // tar --dereference follows links: their targets' sizes count.
    const isDir = entry.isDirectory() || (lstatSync(full).isSymbolicLink() && statSync(full).isDirectory());
    out.push({ rel, size: isDir ? 0 : statSync(full).size, dir: isDir });
    if (isDir) list(root, full, out);
  }
  return out;
}

const v = pagesVerdict(list(dir), limits);
const near = relative(process.cwd(), dir);
const shown = near.startsWith("..") ? dir : near || ".";
const gha = process.env["GITHUB_ACTIONS"] === "true";
console.log(
  `pages-check: ${shown}/: ${fmtInt(v.files)} files, ${fmtBytes(v.bytes)} ` +
    `(${fmtInt(v.bytes)} bytes); artifact.tar ${fmtBytes(v.tarBytes)} (${fmtInt(v.tarBytes)} bytes); ` +
    `limits: ${fmtBytes(limits.maxBytes)}, ${fmtInt(limits.warnFiles)} files`,
);
if (v.tooManyFiles) {
  const message = `${fmtInt(v.files)} files: over ${fmtInt(limits.warnFiles)} (GitLab Pages refuses more; GitHub Pages deploys slowly)`;
  console.log(gha ? `::warning title=Pages files::${message}` : `pages-check: warning: ${message}`);
}
if (v.tooLarge) {
  const message = `artifact ${fmtBytes(v.tarBytes)}: over the ${fmtBytes(limits.maxBytes)} GitHub Pages limit`;
  console.error(gha ? `::error title=Pages size::${message}` : `pages-check: ${message}`);
  process.exit(1);
}
console.log("pages-check: within the Pages limits");
