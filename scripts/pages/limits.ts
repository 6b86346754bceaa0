/**
 * What GitHub Pages would be handed: actions/upload-pages-artifact packs the site folder with
 * `tar --dereference --hard-dereference --directory <dir> -cvf artifact.tar --exclude=.git --exclude=.github .`, and
 * Pages refuses a site over 1 GB; GitLab Pages also stops at 200,000 files. The tar's size is computed from the
 * listing the way GNU tar writes it (a 512-byte header per entry, contents padded to 512, a GNU long-name entry
 * for paths over 100 bytes, two zero blocks at the end, padded to 10,240-byte records).
 */
export const PAGES_LIMITS = {
  /** GitHub Pages: published sites may be no larger than 1 GB. */
  maxBytes: 1024 ** 3,
  /** GitLab Pages' file limit, and a deploy that stays well inside GitHub's 10-minute timeout. */
  warnFiles: 200_000,
};

export interface SiteEntry {
  /** Path relative to the site root, `/`-separated, without a trailing slash. */
  rel: string;
  /** Bytes; directories 0. */
  size: number;
  dir: boolean;
}

const BLOCK = 512;
const RECORD = 20 * BLOCK;
const blocks = (n: number) => Math.ceil(n / BLOCK) * BLOCK;

/** Size of the tar archive GNU tar writes for these entries (the root "./" included). */
export function tarBytes(entries: readonly SiteEntry[]): number {
  let total = BLOCK; // "./"
  for (const e of entries) {
    if (e.rel.split("/").some((part) => part === ".git" || part === ".github")) continue;
    const name = `./${e.rel}${e.dir ? "/" : ""}`;
    const nameBytes = Buffer.byteLength(name);
    if (nameBytes > 100) total += BLOCK + blocks(nameBytes + 1);
    total += BLOCK + (e.dir ? 0 : blocks(e.size));
  }
  total += 2 * BLOCK;
  return Math.ceil(total / RECORD) * RECORD;
}

export interface PagesVerdict {
  files: number;
  bytes: number;
  tarBytes: number;
  /** Over the size limit: the deployment would fail. */
  tooLarge: boolean;
  /** Over the file count that GitLab Pages accepts. */
  tooManyFiles: boolean;
}

/** Files, bytes and the artifact's size held against the Pages limits. */
export function pagesVerdict(entries: readonly SiteEntry[], limits = PAGES_LIMITS): PagesVerdict {
  const files = entries.filter((e) => !e.dir);
  const tar = tarBytes(entries);
  return {
    files: files.length,
    bytes: files.reduce((a, f) => a + f.size, 0),
    tarBytes: tar,
    tooLarge: tar > limits.maxBytes,
    tooManyFiles: files.length > limits.warnFiles,
  };
}
