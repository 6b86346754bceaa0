import { describe, expect, it } from "vitest";
import { hasSuspectCharacter, suspectCharacters, withoutSuspects } from "../src/lib/data/characters.ts";

describe("suspectCharacters", () => {
  it("suspectCharacters of clean text (CJK, full-width digits, a tab) returns []", () => {
    expect(suspectCharacters("合计,５９３．４０,\t“三公”经费")).toEqual([]);
  });

  it.each([
    ["\u0000", "nul-byte"],
    ["\u0001", "control-character"],
    ["\u001B", "control-character"],
    ["\u007F", "control-character"],
    ["\u061C", "bidi-control"],
    ["\u200E", "bidi-control"],
    ["\u200F", "bidi-control"],
    ["\u202A", "bidi-control"],
    ["\u202E", "bidi-control"],
    ["\u2066", "bidi-control"],
    ["\u2069", "bidi-control"],
    ["\u200B", "zero-width"],
    ["\u200C", "zero-width"],
    ["\u200D", "zero-width"],
    ["\u2060", "zero-width"],
    ["\uFEFF", "zero-width"],
    ["\uFFFD", "replacement-character"],
  ])("suspectCharacters finds %j at its index as %s", (ch, rule) => {
    expect(suspectCharacters(`ab${ch}c`).map((c) => [c.index, c.rule])).toEqual([[2, rule]]);
  });

  it("suspectCharacters reports every refused character of a line, in order", () => {
    expect(suspectCharacters("\u202Ea\u200Bb\u0000").map((c) => c.index)).toEqual([0, 2, 4]);
  });

  it("suspectCharacters({ replacement: false }) leaves U+FFFD to the encoding error", () => {
    expect(suspectCharacters("a\uFFFDb", { replacement: false })).toEqual([]);
  });

  it("withoutSuspects removes the refused characters only", () => {
    expect(withoutSuspects("\uFEFFdocument_id\u200B")).toBe("document_id");
  });
});

describe("hasSuspectCharacter", () => {
  it("hasSuspectCharacter is true exactly when suspectCharacters finds something on some line", () => {
    const texts = ["a,b\n合计,1\n", "a,b\n1,\u202E2\n", "\uFEFF", "x\u0000", "\t\r\n"];
    for (const text of texts)
      expect(hasSuspectCharacter(text), JSON.stringify(text)).toBe(
        text.split("\n").some((line) => suspectCharacters(line).length > 0),
      );
  });
});
