/** A hard error: the data cannot be trusted until it is fixed. */
export interface ValidationError {
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}

/** Outcome of one accounting identity. `fail` needs a recorded finding, else it becomes an error. */
export interface CheckResult {
  /** `<document>/<table>/<rule>/<subject>/<column>`; findings list these in their `checks` column. */
  key: string;
  document_id: string;
  table_id: string;
  rule: string;
  subject: string;
  column: string;
  line: number;
  expected: number;
  actual: number;
  cells: number;
  tolerance: number;
  status: "pass" | "rounding" | "fail";
  finding_id: string | null;
}

export function formatError(e: ValidationError): string {
  return `${e.file}:${e.line}:${e.column}: ${e.rule}: ${e.message}`;
}
