/**
 * Markup written as strings, for the parts of pages repeated hundreds of thousands of times at national scale
 * (charts, check tables): the component renderer costs several times more per element. Every text and attribute
 * value goes through `esc`.
 */
const ESC: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const esc = (value: string | number): string => String(value).replace(/[&<>"']/g, (c) => ESC[c] ?? c);
