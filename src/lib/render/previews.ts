import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { PREVIEW } from "../charts/preview.ts";

/** Where Debian (fonts-noto-cjk) and other systems keep a CJK sans-serif font; the first found is used. */
export const CJK_FONT_DIRS = [
  "/usr/share/fonts/opentype/noto",
  "/usr/share/fonts/noto-cjk",
  "/usr/share/fonts/google-noto-cjk",
];
const CJK_FONT_FILES = ["NotoSansCJK-Regular.ttc", "NotoSansCJK-Bold.ttc"];
/** Noto Sans CJK has no ⚑ (U+2691): DejaVu Sans (Debian's fonts-dejavu-core), where present, draws it. */
const SYMBOL_FONTS = ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"];

/** The CJK font files a preview is drawn with, or null where there are none (then no preview is written). */
export function findCjkFonts(dirs: readonly string[] = CJK_FONT_DIRS): string[] | null {
  for (const dir of dirs) {
    const files = CJK_FONT_FILES.map((f) => join(dir, f)).filter((f) => existsSync(f));
    if (files.length && files[0]?.endsWith("Regular.ttc"))
      return [...files, ...SYMBOL_FONTS.filter((f) => existsSync(f))];
  }
  return null;
}

/**
 * A 1200 × 630 PNG of a preview SVG, drawn by resvg with exactly `fonts` (no system font lookup: the same fonts give
 * the same bytes on every machine that has them).
 */
export function previewPng(svg: string, fonts: readonly string[]): Buffer {
  const png = new Resvg(svg, {
    font: {
      fontFiles: [...fonts],
      loadSystemFonts: false,
      defaultFontFamily: "Noto Sans CJK SC",
      sansSerifFamily: "Noto Sans CJK SC",
    },
    fitTo: { mode: "width", value: PREVIEW.width },
    background: "#ffffff",
  })
    .render()
    .asPng();
  return Buffer.from(png);
}

/** Writes each preview (site-relative path → SVG) as a PNG under `outDir`. */
export function writePreviews(outDir: string, previews: ReadonlyMap<string, string>, fonts: readonly string[]): void {
  for (const [path, svg] of previews) {
    const file = join(outDir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, previewPng(svg, fonts));
  }
}
