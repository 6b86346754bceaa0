/** Size of a social preview (Open Graph / Twitter large card), px. */
export const PREVIEW = { width: 1200, height: 630 } as const;

export const PAD = 48;
export const TITLE = { size: 40, line: 50 };
export const SUB = { size: 26, line: 34 };
export const FOOT = { size: 20, line: 27 };
/** A chart is drawn at most this much larger than its own size (640 px wide: 1104 px at 1.725). */
export const MAX_SCALE = 1.725;
