// The end-to-end harness's own helpers: if these were wrong, every pending
// case would fail for the wrong reason.
import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { applyEdits, cursor, find, fixture, loadCases, onSpan, overlaps, positionAt, spanRange } from "../e2e/cases";

const doc = 'a = [ "x" ];\nb = [ "x" "yy" ];\n';

describe("positions", () => {
  it("cursor at the bar", () => {
    assert.deepEqual(cursor(doc, 'b = [ "|x"'), { line: 1, character: 7 });
  });
  it("an ambiguous text needs an occurrence", () => {
    assert.throws(() => find(doc, '"x"'), /occurs 2 times/);
    assert.equal(find(doc, '"x"', 2), 19);
    assert.throws(() => find(doc, '"x"', 3), /occurs 2 times, not 3/);
    assert.throws(() => find(doc, "zz"), /not in the fixture/);
  });
  it("UTF-16 columns", () => {
    assert.deepEqual(positionAt("é😀x\nab", 3), { line: 0, character: 3 });
    assert.deepEqual(positionAt("é😀x\nab", 6), { line: 1, character: 1 });
  });
});

describe("ranges", () => {
  const yy = spanRange(doc, '"yy"');
  it("a diagnostic on the name, with or without quotes", () => {
    assert.ok(onSpan(yy, doc, '"yy"'));
    assert.ok(onSpan({ start: { line: 1, character: 11 }, end: { line: 1, character: 13 } }, doc, '"yy"'));
    assert.ok(!onSpan({ start: { line: 1, character: 11 }, end: { line: 1, character: 12 } }, doc, '"yy"'), "half the name");
    assert.ok(!onSpan({ start: { line: 1, character: 0 }, end: { line: 1, character: 16 } }, doc, '"yy"'), "the whole list");
  });
  it("overlap", () => {
    assert.ok(overlaps({ start: { line: 1, character: 0 }, end: { line: 1, character: 16 } }, yy));
    assert.ok(overlaps({ start: { line: 1, character: 12 }, end: { line: 1, character: 12 } }, yy));
    assert.ok(!overlaps({ start: { line: 1, character: 14 }, end: { line: 1, character: 15 } }, yy));
    assert.ok(!overlaps({ start: { line: 0, character: 0 }, end: { line: 1, character: 10 } }, yy));
  });
});

describe("applyEdits", () => {
  it("applies edits given in any order", () => {
    const got = applyEdits(doc, [
      { range: spanRange(doc, '"x"', 1), newText: '"z"' },
      { range: spanRange(doc, '"yy"'), newText: "" },
      { range: spanRange(doc, '"x"', 2), newText: '"w"' },
    ]);
    assert.equal(got, 'a = [ "z" ];\nb = [ "w"  ];\n');
  });
  it("refuses overlapping edits", () => {
    const r = spanRange(doc, '"yy"');
    const inside = { start: { line: r.start.line, character: r.start.character + 1 }, end: r.end };
    assert.throws(() => applyEdits(doc, [{ range: r, newText: "" }, { range: inside, newText: "q" }]), /overlapping/);
  });
});

describe("editors/testdata/cases.json", () => {
  for (const suite of loadCases().suites) {
    it(`${suite.name}: every position and span is in its file, once`, () => {
      let { text } = fixture(suite);
      const span = (e: { span?: string; inside?: string; occurrence?: number }): void => {
        spanRange(text, e.span ?? e.inside ?? "", e.occurrence);
      };
      for (const c of suite.cases) {
        if ("at" in c) cursor(text, c.at, c.occurrence);
        if (c.kind === "diagnostics") c.expect.forEach(span);
        if (c.kind === "definition" || c.kind === "references") for (const e of c.expect) spanRange(text, e.overlaps, e.occurrence);
        if (c.kind === "rename") assert.ok(text.includes(c.result.replaceAll), c.name);
        if (c.kind === "edit") {
          // Edits apply in order; each case's texts are found in the document as it is then.
          c.before?.expect.forEach(span);
          text = applyEdits(text, [{ range: spanRange(text, c.replace), newText: c.with }]);
          c.then.expect.forEach(span);
        }
      }
    });
  }
});
