/**
 * Find the tables of a report by their printed titles. A title printed again (whole or cut short) is a page break
 * inside the table: the header lines after it are skipped. A 注/说明/备注 line closes the table.
 */
import { roleOfTitle, type Role } from "./kinds.ts";
import type { ReviewItem } from "./review.ts";
import { compact, isDecimalFigure, type TextLine } from "./text.ts";

export interface TableBlock {
  table_id: string;
  title: string;
  table_no: string;
  role: Role | null;
  line_start: number;
  line_end: number;
  /** Header lines of the first page, top to bottom. */
  header: TextLine[];
  /** Data lines, continuation pages included, repeated headers left out. */
  rows: TextLine[];
  /** Table lines printed with no title above them (after a table's notes): kind only recognisable by content. */
  headless?: boolean;
}

const TABLE_NO = /^(公开|预算)?\d+表$|^表\d+$/;
const NOT_A_TITLE = /^(-|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|第.+部分|附件)/;
const CLOSES = /^(注|说明|备注)[:：]/;

function filled(l: TextLine): string[] {
  return l.cells.filter((c) => c !== "");
}

/** A line that can be a table title: alone on its line, ends in 表 (or 表 and a bracket), no sentence punctuation. */
export function titleOf(l: TextLine): string | null {
  if (filled(l).length !== 1) return null;
  const t = compact(filled(l)[0] ?? "");
  if (t.length < 4 || t.length > 45 || /[。，；]/.test(t) || NOT_A_TITLE.test(t) || TABLE_NO.test(t)) return null;
  return /表$|表[（(][^）)]*[）)]$/.test(t) ? t : null;
}

/** A line that starts the data: a figure with a decimal point, or a classification code in the first cells. */
export function startsData(l: TextLine): boolean {
  if (l.cells.some((c) => compact(c) === "栏次")) return false;
  return l.cells.some((c) => isDecimalFigure(c)) || l.cells.slice(0, 3).some((c) => /^\d{3,}$/.test(compact(c)));
}

export function findTables(lines: TextLine[], review: ReviewItem[]): TableBlock[] {
  const tables: TableBlock[] = [];
  let cur: TableBlock | null = null;
  let phase: "header" | "data" | "repeat" | "closed" = "closed";
  for (const l of lines) {
    // A title cut short (a page holding only the right-hand columns of the table) is a continuation too.
    const cut = filled(l).length === 1 ? compact(filled(l)[0] ?? "") : "";
    if (cur && !cur.headless && cut.length >= 4 && cut !== cur.title && cur.title.startsWith(cut)) {
      phase = "repeat";
      cur.line_end = l.line;
      continue;
    }
    const title = titleOf(l);
    if (title) {
      if (cur && (title === cur.title || (title.length >= 4 && cur.title.startsWith(title)))) {
        phase = phase === "header" ? "header" : "repeat";
        cur.line_end = l.line;
        continue;
      }
      const role = roleOfTitle(title);
      cur = {
        table_id: `T${String(tables.length + 1).padStart(2, "0")}`,
        title,
        table_no: "",
        role,
        line_start: l.line,
        line_end: l.line,
        header: [],
        rows: [],
      };
      tables.push(cur);
      phase = "header";
      if (!role)
        review.push({
          line: l.line,
          table_id: cur.table_id,
          reason: "unrecognised-table",
          message: `title not recognised: ${title}`,
        });
      continue;
    }
    const text = compact(l.raw);
    if (cur && phase !== "closed" && TABLE_NO.test(text) && !cur.table_no && l.line - cur.line_start < 8) {
      cur.table_no = text;
      continue;
    }
    if (CLOSES.test(text)) {
      phase = "closed";
      continue;
    }
    if (filled(l).length < 2 && !(cur && phase === "data" && l.cells.length > 1 && filled(l).length === 1)) continue;
    if (!cur || phase === "closed" || cur.headless) {
      review.push({
        line: l.line,
        table_id: cur?.table_id ?? "",
        reason: "rows-outside-table",
        message: `table line with no title above it (after ${cur ? cur.title || "a headless table" : "the start"})`,
      });
      if (!cur?.headless || phase === "closed") {
        cur = {
          table_id: `T${String(tables.length + 1).padStart(2, "0")}`,
          title: "",
          table_no: "",
          role: null,
          line_start: l.line,
          line_end: l.line,
          header: [],
          rows: [],
          headless: true,
        };
        tables.push(cur);
        phase = "data";
      }
      cur.rows.push(l);
      cur.line_end = l.line;
      continue;
    }
    cur.line_end = l.line;
    if (phase === "header") {
      if (startsData(l)) {
        phase = "data";
        cur.rows.push(l);
      } else cur.header.push(l);
    } else if (phase === "repeat") {
      if (startsData(l)) {
        phase = "data";
        cur.rows.push(l);
      }
    } else cur.rows.push(l);
  }
  return tables;
}
