/**
 * The cells some check read (an identity, a claim's quote), by row object: one set of field names per row, no string
 * key per check (10 million checks at national scale). Rows are held weakly, so the record never outlives the data.
 */
export class CellsRead {
  private readonly byRow = new WeakMap<object, Set<string>>();
  add(row: object, column: string): void {
    const columns = this.byRow.get(row);
    if (columns) columns.add(column);
    else this.byRow.set(row, new Set([column]));
  }
  has(row: object, column: string): boolean {
    return this.byRow.get(row)?.has(column) ?? false;
  }
}
