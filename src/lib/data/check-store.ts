import { closeSync, openSync, readSync, writeSync } from "node:fs";
import type { CheckResult } from "./types.ts";

/**
 * Identity checks on disk, one document's checks contiguous, read back per document (the quality section of a report
 * page). At national scale there are ~10 million checks: as objects they would take ~3 GB of the build's memory;
 * here they take one file and a byte range per document.
 *
 * Format: one check per line, tab-separated (validated text never contains tabs):
 * table_id, rule, subject, column, line, expected, actual, cells, tolerance, status.
 */
export class CheckStore {
  readonly file: string;
  private fd: number | null;
  private buffer: string[] = [];
  private buffered = 0;
  private offset = 0;
  private readonly ranges = new Map<string, [number, number]>();
  private current: string | null = null;
  private readFd: number | null = null;

  constructor(file: string) {
    this.file = file;
    this.fd = openSync(file, "w");
  }

  add(check: CheckResult): void {
    if (this.fd === null) throw new Error("CheckStore: add after finish");
    if (check.document_id !== this.current) {
      if (this.ranges.has(check.document_id))
        throw new Error(`CheckStore: checks of ${check.document_id} are not contiguous`);
      this.current = check.document_id;
      this.ranges.set(check.document_id, [this.offset + this.buffered, this.offset + this.buffered]);
    }
    const line =
      [
        check.table_id,
        check.rule,
        check.subject,
        check.column,
        check.line,
        check.expected,
        check.actual,
        check.cells,
        check.tolerance,
        check.status,
      ].join("\t") + "\n";
    this.buffer.push(line);
    this.buffered += Buffer.byteLength(line);
    const range = this.ranges.get(check.document_id);
    if (range) range[1] = this.offset + this.buffered;
    if (this.buffered > 1 << 20) this.flush();
  }

  private flush(): void {
    if (this.fd === null || this.buffered === 0) return;
    const bytes = Buffer.from(this.buffer.join(""));
    let written = 0;
    while (written < bytes.length) written += writeSync(this.fd, bytes, written);
    this.offset += bytes.length;
    this.buffer = [];
    this.buffered = 0;
  }

  /** Stop reading (before the file is deleted). */
  close(): void {
    if (this.readFd !== null) closeSync(this.readFd);
    this.readFd = null;
  }

  /** Close for writing; reads may follow. */
  finish(): void {
    this.flush();
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }

  /** One document's checks, in the order they were added; `finding_id` is null (the caller links findings). */
  read(documentId: string): CheckResult[] {
    const range = this.ranges.get(documentId);
    if (!range) return [];
    const [start, end] = range;
    const bytes = Buffer.alloc(end - start);
    // One read-only descriptor for all reads (one report page after another); the OS closes it at exit.
    this.readFd ??= openSync(this.file, "r");
    let got = 0;
    while (got < bytes.length) {
      const n = readSync(this.readFd, bytes, got, bytes.length - got, start + got);
      if (n === 0) break;
      got += n;
    }
    return bytes
      .toString("utf8")
      .split("\n")
      .filter(Boolean)
      .map((text) => {
        const [table_id = "", rule = "", subject = "", column = "", line, expected, actual, cells, tolerance, status] =
          text.split("\t");
        return {
          key: [documentId, table_id, rule, subject, column].join("/"),
          document_id: documentId,
          table_id,
          rule,
          subject,
          column,
          line: Number(line),
          expected: Number(expected),
          actual: Number(actual),
          cells: Number(cells),
          tolerance: Number(tolerance),
          status: status as CheckResult["status"],
          finding_id: null,
        };
      });
  }
}
