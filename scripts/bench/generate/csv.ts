import { closeSync, openSync, writeSync } from "node:fs";
import { csvCell } from "../../../src/lib/data/csv.ts";

export type Cell = string | number | null;
export type Row = Record<string, Cell>;

/** The cells that start a row of a classification table (functional or economic). */
export const codeRow = (
  documentId: string,
  tableId: string,
  line: number,
  kind: string,
  code: string | null,
  name: string,
): Row => ({ document_id: documentId, table_id: tableId, line, row_kind: kind, code_printed: code, code, name });

/** Buffered writer of one resource: header from the schema, cells quoted as RFC 4180 needs. */
export class CsvWriter {
  readonly fields: string[];
  readonly fd: number;
  rows = 0;
  bytes = 0;
  private chunks: string[] = [];
  private pending = 0;
  constructor(path: string, fields: string[]) {
    this.fields = fields;
    this.fd = openSync(path, "w");
    this.push(fields.map(csvCell).join(",") + "\n");
  }
  row(values: Row): void {
    let text = "";
    for (let i = 0; i < this.fields.length; i++) {
      if (i) text += ",";
      text += csvCell(values[this.fields[i] as string] ?? null);
    }
    this.rows++;
    this.push(text + "\n");
  }
  private push(text: string): void {
    this.chunks.push(text);
    this.pending += text.length;
    if (this.pending > 1 << 20) this.flush();
  }
  flush(): void {
    if (!this.chunks.length) return;
    const buf = Buffer.from(this.chunks.join(""), "utf8");
    writeSync(this.fd, buf);
    this.bytes += buf.length;
    this.chunks = [];
    this.pending = 0;
  }
  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

/** One writer per resource of datapackage.json. */
export type Writers = Record<
  | "classifications"
  | "units"
  | "documents"
  | "tables"
  | "functional"
  | "economic"
  | "three_public"
  | "summary"
  | "projects"
  | "performance"
  | "claims"
  | "findings"
  | "unpaired"
  | "rounding"
  | "glossary",
  CsvWriter
>;
