/**
 * Markup written as strings, for the parts of pages repeated hundreds of thousands of times at national scale
 * (charts, check tables): the component renderer costs several times more per element. All of it comes from the
 * `markup` template below, so escaping is the default and never a thing to remember. (Not named `html`: Prettier
 * reformats templates tagged `html` as HTML, which would change the pages' bytes.)
 */

/**
 * Markup that is safe to write into a page as it is: made only by `markup` (or, for a string that is markup by
 * construction, `Markup.trusted`). A class, not a string, so the type and the template both tell markup from text;
 * Astro's `set:html` writes it through `toString()`.
 */
export class Markup {
  readonly #text: string;
  private constructor(text: string) {
    this.#text = text;
  }
  /** Take a string as markup without escaping it: only for a string known to be markup. */
  static trusted(text: string): Markup {
    return new Markup(text);
  }
  toString(): string {
    return this.#text;
  }
}

/** What a template may interpolate: text and numbers (escaped), markup (as is), lists (joined), nothing. */
export type Interpolation = string | number | boolean | null | undefined | Markup | readonly Interpolation[];

const ESCAPABLE = /[&<>"']/;
const ESC: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** The five characters that can end a text or an attribute value, as entities. */
const esc = (text: string): string =>
  // Most labels contain none of them: testing first skips the replace and its allocation.
  ESCAPABLE.test(text) ? text.replace(/[&<>"']/g, (c) => ESC[c] ?? c) : text;

function piece(value: Interpolation): string {
  if (typeof value === "string") return esc(value);
  // Digits, sign, point, exponent, "NaN" and "Infinity" need no escaping.
  if (typeof value === "number") return String(value);
  if (value instanceof Markup) return value.toString();
  if (value === null || value === undefined || value === false) return "";
  if (value === true) return "true";
  let out = "";
  for (const v of value) out += piece(v);
  return out;
}

/**
 * The one way to write markup as a string: markup`<td title="${source}">${value}</td>`. Every interpolation is
 * escaped (text and attribute values alike, quotes included) unless it is itself `markup` output; arrays are
 * joined; null, undefined and false write nothing.
 */
export function markup(strings: TemplateStringsArray, ...values: Interpolation[]): Markup {
  let out = strings[0] ?? "";
  for (let i = 0; i < values.length; i++) out += piece(values[i]) + (strings[i + 1] ?? "");
  return Markup.trusted(out);
}

/** Every page's content security policy: only the site's own scripts, styles and frames. */
export const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'self'";
