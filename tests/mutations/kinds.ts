/** Every mutation kind, in the order the summary lists them. */
import type { MutationKind } from "./kind.ts";
import { combinedToBodyKind, subunitOutOfScopeKind } from "./kinds-bodies.ts";
import { blankKind, centKind, digitKinds, harmlessNumberKinds, swapKind } from "./kinds-amounts.ts";
import {
  documentInYuanKind,
  findingFigureKind,
  findingUnknownCheckKind,
  findingWildcardKind,
  headlineTotalKind,
} from "./kinds-findings.ts";
import {
  fileKinds,
  gbkFileKind,
  invalidUtf8Kind,
  numberKinds,
  openQuoteKind,
  rowLengthKinds,
  schemaKinds,
  textKinds,
} from "./kinds-reading.ts";
import { performanceKinds } from "./kinds-performance.ts";
import { indicatorKinds } from "./kinds-indicators.ts";
import {
  codeClassKind,
  codeLastDigitKind,
  deleteRowKind,
  documentFieldKind,
  documentOtherKind,
  documentUnknownKind,
  duplicateRowKind,
  headerOnlyKind,
  lineKinds,
  unitDivisionKind,
} from "./kinds-rows.ts";

export const KINDS: readonly MutationKind[] = [
  ...digitKinds,
  centKind,
  blankKind,
  swapKind,
  ...harmlessNumberKinds,
  deleteRowKind,
  duplicateRowKind,
  headerOnlyKind,
  codeClassKind,
  codeLastDigitKind,
  documentUnknownKind,
  documentOtherKind,
  ...lineKinds,
  documentFieldKind,
  unitDivisionKind,
  ...textKinds,
  openQuoteKind,
  invalidUtf8Kind,
  gbkFileKind,
  ...numberKinds,
  ...rowLengthKinds,
  ...schemaKinds,
  ...fileKinds,
  findingFigureKind,
  headlineTotalKind,
  findingWildcardKind,
  findingUnknownCheckKind,
  documentInYuanKind,
  ...performanceKinds,
  ...indicatorKinds,
  combinedToBodyKind,
  subunitOutOfScopeKind,
];
