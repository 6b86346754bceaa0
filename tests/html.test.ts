/**
 * The markup template (src/lib/render/html.ts): what it escapes, what it passes through, and that it is the only way
 * markup strings reach a page (every `set:markup` takes its output, and no other string of markup is written in src/).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Markup, markup } from "../src/lib/render/html.ts";

describe("markup", () => {
  it.each([
    [
      "text",
      `<script>alert("x")</script> & 'y'`,
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;",
    ],
    ["an entity, escaped once more (text stays text)", "&amp;", "&amp;amp;"],
    ["text without special characters, unchanged", "医疗保障局 · 2024", "医疗保障局 · 2024"],
    ["a number, as String() writes it", 58149.15, "58149.15"],
    ["a negative number", -0.5, "-0.5"],
    ["null", null, ""],
    ["undefined", undefined, ""],
    ["false", false, ""],
    ["true", true, "true"],
    ["an empty string", "", ""],
  ])("markup`<td>${%s}</td>` escapes it as text", (_, value, expected) => {
    expect(String(markup`<td>${value}</td>`)).toBe(`<td>${expected}</td>`);
  });

  it('markup`<td title="${x}">` escapes both quotes, so x cannot end the attribute', () => {
    const out = String(markup`<td title="${`" onclick="alert(1)`}" data-x='${"' onclick='alert(2)"}'></td>`);
    expect(out).toBe(`<td title="&quot; onclick=&quot;alert(1)" data-x='&#39; onclick=&#39;alert(2)'></td>`);
  });

  it("markup`${markup`<b>${x}</b>`}` writes template output as it is, escaping x once", () => {
    const inner = markup`<b>${"<i>"}</b>`;
    expect(String(markup`<p>${inner}</p>`)).toBe("<p><b>&lt;i&gt;</b></p>");
  });

  it("markup`${[…]}` joins an array without separators, escaping strings and keeping markup, nested arrays too", () => {
    const items = ["<a>", markup`<br>`, null, 3, false, ["&", [markup`<hr>`]]];
    expect(String(markup`<p>${items}</p>`)).toBe("<p>&lt;a&gt;<br>3&amp;<hr></p>");
    expect(String(markup`<p>${[]}</p>`)).toBe("<p></p>");
  });

  it("markup`` with no interpolation is its literal text, and an empty template is empty", () => {
    expect(String(markup`<p class="x">a</p>`)).toBe(`<p class="x">a</p>`);
    expect(String(markup``)).toBe("");
  });

  it("markup returns a Markup, not a string: a string cannot pass for markup", () => {
    expect(markup`<p></p>`).toBeInstanceOf(Markup);
    expect(typeof markup`<p></p>`).toBe("object");
    // The string "<b>" is text, however it was made; Markup.trusted is the one, named, way to say otherwise.
    expect(String(markup`${"<b>"}`)).toBe("&lt;b&gt;");
    expect(String(markup`${Markup.trusted("<b>")}`)).toBe("<b>");
  });
});

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
const sources = walk("src").filter((f) => /\.(ts|astro)$/.test(f));

/** Each `set:html={…}` expression in a file (braces balanced), whitespace collapsed. */
function setHtmlExpressions(text: string): string[] {
  const found: string[] = [];
  for (let at = text.indexOf("set:html="); at >= 0; at = text.indexOf("set:html=", at + 1)) {
    let i = at + "set:html=".length;
    if (text[i] !== "{") {
      found.push(text.slice(i, i + 20)); // not an expression: reported as it is, and fails below
      continue;
    }
    let depth = 0;
    const start = i;
    for (; i < text.length; i++) {
      if (text[i] === "{") depth++;
      else if (text[i] === "}" && --depth === 0) break;
    }
    found.push(
      text
        .slice(start + 1, i)
        .replace(/\s+/g, " ")
        .trim(),
    );
  }
  return found;
}

describe("markup strings in src/", () => {
  const sites = sources.flatMap((f) => setHtmlExpressions(readFileSync(f, "utf8")).map((e) => [f, e] as const));

  it("every set:html={…} is checked by astro check to take markup output (`… satisfies Markup`)", () => {
    expect(sites.length).toBeGreaterThanOrEqual(6);
    for (const [file, expr] of sites) expect(`${file}: ${expr}`).toMatch(/ satisfies Markup$/);
  });

  it("no template literal of markup is written without the markup tag", () => {
    // A backtick string that opens a tag (`<td…`, `</tr…`) and is not tagged `markup` (comments aside).
    const untagged = /(?<!markup)`\s*<\/?[a-z]/;
    const found = sources.flatMap((f) =>
      readFileSync(f, "utf8")
        .split("\n")
        .map((line, i) => [`${f}:${i + 1}`, line] as const)
        .filter(([, line]) => !/^\s*(\*|\/\/|\/\*)/.test(line) && untagged.test(line)),
    );
    expect(found).toEqual([]);
  });
});
