/**
 * The cells some check read (an identity, a claim's quote), by row object: one small integer per row, a bit per
 * field name, and no string key per check (10 million checks at national scale; a Set per row cost 50 MB more at
 * 1,000 units). Rows are held weakly, so the record never outlives the data.
 */
export class CellsRead {
  private readonly byRow = new WeakMap<object, number>();
  /** Each field name read so far and its bit (at most 31 names: the checks read the 万元 fields, a dozen or so). */
  private readonly bits = new Map<string, number>();

  add(row: object, column: string): void {
    let bit = this.bits.get(column);
    if (bit === undefined) {
      if (this.bits.size === 31) throw new Error(`CellsRead: more than 31 field names (adding ${column})`);
      this.bits.set(column, (bit = 1 << this.bits.size));
    }
    this.byRow.set(row, (this.byRow.get(row) ?? 0) | bit);
  }

  has(row: object, column: string): boolean {
    const bit = this.bits.get(column);
    return bit !== undefined && ((this.byRow.get(row) ?? 0) & bit) !== 0;
  }
}
