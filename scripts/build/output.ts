/**
 * Where a build writes and how its result replaces the previous site, so that a build killed at any moment leaves
 * the previous site whole. The site is built in a staging folder inside the project (Astro's prerender chunks
 * import packages, which resolve from node_modules above them), copied beside the output folder when the two are on
 * different file systems, and swapped in by two renames: old aside, new in. The old one is deleted afterwards.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";

export interface OutputPaths {
  /** The published site (`--out`). */
  out: string;
  /** This build's staging folder (inside the project). */
  staging: string;
  /** The site as built, inside the staging folder. */
  site: string;
  /** The identity checks streamed to disk, read back per report page. */
  checks: string;
  /** The new site beside `out`, just before the swap. */
  next: string;
  /** The previous site beside `out`, just after the swap. */
  old: string;
}

const STAGING = ".build-tmp";

export function outputPaths(out: string, root: string, pid = process.pid): OutputPaths {
  const staging = join(root, STAGING, String(pid));
  return {
    out,
    staging,
    site: join(staging, "site"),
    checks: join(staging, "checks.tsv"),
    next: `${out}.next-${pid}`,
    old: `${out}.old-${pid}`,
  };
}

const alive = (pid: number): boolean => {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

/**
 * Remove what killed builds left behind: staging folders, new sites not yet swapped in, old sites not yet deleted.
 * An old site whose build died between its two renames is put back when `out` is missing. Folders of builds that
 * are still running are left alone. Returns what was removed or restored.
 */
export function removeLeftovers(out: string, root: string): string[] {
  const done: string[] = [];
  const stagingRoot = join(root, STAGING);
  if (existsSync(stagingRoot))
    for (const name of readdirSync(stagingRoot))
      if (!/^\d+$/.test(name) || !alive(Number(name))) {
        rmSync(join(stagingRoot, name), { recursive: true, force: true });
        done.push(join(stagingRoot, name));
      }
  const parent = dirname(out);
  if (!existsSync(parent)) return done;
  const own = new RegExp(`^${basename(out).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.(next|old|tmp)-(\\d+)$`);
  const olds: string[] = [];
  for (const name of readdirSync(parent).sort()) {
    const m = own.exec(name);
    if (!m || alive(Number(m[2]))) continue;
    if (m[1] === "old") olds.push(join(parent, name));
    else {
      rmSync(join(parent, name), { recursive: true, force: true });
      done.push(join(parent, name));
    }
  }
  for (const old of olds)
    if (!existsSync(out)) {
      renameSync(old, out);
      done.push(`${old} → ${out}`);
    } else {
      rmSync(old, { recursive: true, force: true });
      done.push(old);
    }
  return done;
}

/** Remove this build's staging folder and its unswapped new site (on failure); the published site is untouched. */
export function discard(paths: OutputPaths): void {
  rmSync(paths.staging, { recursive: true, force: true });
  rmSync(paths.next, { recursive: true, force: true });
  removeEmptyStagingRoot(paths);
}

function removeEmptyStagingRoot(paths: OutputPaths): void {
  const stagingRoot = dirname(paths.staging);
  if (existsSync(stagingRoot) && readdirSync(stagingRoot).length === 0) rmSync(stagingRoot, { recursive: true });
}

/** Replace `out` by the staged site: moved (or copied) beside it, then old aside, new in, old deleted. */
export function publish(paths: OutputPaths): void {
  mkdirSync(dirname(paths.out), { recursive: true });
  try {
    renameSync(paths.site, paths.next);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EXDEV") throw error;
    cpSync(paths.site, paths.next, { recursive: true });
  }
  const hadOld = existsSync(paths.out);
  if (hadOld) renameSync(paths.out, paths.old);
  renameSync(paths.next, paths.out);
  if (hadOld) rmSync(paths.old, { recursive: true, force: true });
  rmSync(paths.staging, { recursive: true, force: true });
  removeEmptyStagingRoot(paths);
}
