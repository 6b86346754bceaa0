import { existsSync, readFileSync, statSync } from "node:fs";
import { join, posix } from "node:path";
import { gzipSync } from "node:zlib";

export const gzipBytes = (buf: Buffer | string) => gzipSync(buf, { level: 9 }).length;

const JS_TYPES = new Set(["", "module", "text/javascript", "application/javascript"]);

/** Static imports of an ES module (what the browser fetches before running it); dynamic import() is not followed. */
const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+)["']/g;

/** Resolve a URL found in a page or script to a file of the built site; null when external or missing. */
function resolveAsset(outDir: string, base: string, fromRel: string, url: string): string | null {
  const clean = url.split(/[?#]/)[0] ?? "";
  if (!clean || /^[a-z][a-z0-9+.-]*:/i.test(clean) || clean.startsWith("//")) return null;
  let rel: string;
  if (clean.startsWith("/")) rel = clean.startsWith(base) ? clean.slice(base.length) : clean.slice(1);
  else rel = posix.normalize(posix.join(posix.dirname(fromRel), clean));
  const file = join(outDir, ...rel.split("/"));
  return existsSync(file) && statSync(file).isFile() ? rel : null;
}

export interface PageJs {
  page: string;
  files: string[];
  inlineScripts: number;
  gzipBytes: number;
  rawBytes: number;
}

/**
 * JavaScript a page loads: <script src> files with their static imports, modulepreloads, and inline scripts, each
 * file gzipped on its own (as served). `base` is the site's base path ("/" or "/repo-name/").
 */
export function pageJs(outDir: string, pageRel: string, base: string): PageJs {
  const html = readFileSync(join(outDir, pageRel), "utf8");
  const files = new Set<string>();
  let gz = 0;
  let raw = 0;
  let inline = 0;
  const queue: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attrs = m[1] ?? "";
    const type = (/\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1] ?? "").toLowerCase();
    if (!JS_TYPES.has(type)) continue;
    const src = /\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1];
    const body = m[2] ?? "";
    if (src) {
      const rel = resolveAsset(outDir, base, pageRel, src);
      if (rel) queue.push(rel);
    } else if (body.trim()) {
      inline++;
      raw += Buffer.byteLength(body);
      gz += gzipBytes(body);
    }
  }
  for (const m of html.matchAll(/<link\b[^>]*rel\s*=\s*["']?modulepreload[^>]*>/gi)) {
    const href = /\bhref\s*=\s*["']?([^"'\s>]+)/i.exec(m[0])?.[1];
    const rel = href ? resolveAsset(outDir, base, pageRel, href) : null;
    if (rel) queue.push(rel);
  }
  while (queue.length) {
    const rel = queue.shift() as string;
    if (files.has(rel)) continue;
    files.add(rel);
    const buf = readFileSync(join(outDir, rel));
    raw += buf.length;
    gz += gzipBytes(buf);
    for (const m of buf.toString("utf8").matchAll(STATIC_IMPORT)) {
      const dep = resolveAsset(outDir, base, rel, m[1] ?? "");
      if (dep && !files.has(dep)) queue.push(dep);
    }
  }
  return { page: pageRel, files: [...files], inlineScripts: inline, gzipBytes: gz, rawBytes: raw };
}
