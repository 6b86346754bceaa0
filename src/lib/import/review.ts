/** The review list: everything the importer did not read with certainty, each with its line. */

export type ReviewReason =
  | "unrecognised-table"
  | "not-imported"
  | "rows-outside-table"
  | "cell-not-placed"
  | "code-repaired"
  | "figure-repaired"
  | "header-loose"
  | "label-unknown"
  | "subunit-by-position"
  | "row-shape"
  | "claim"
  | "identity-fails"
  | "validator-error";

export interface ReviewItem {
  line: number;
  table_id: string;
  reason: ReviewReason;
  message: string;
}
