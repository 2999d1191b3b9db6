// editors/testdata/cases.json, read and checked: the expectations that this
// test and the Neovim test share. Pure functions over the fixture's text.

import * as fs from "node:fs";
import * as path from "node:path";

/** The repository's root, seen from editors/vscode/out/test/e2e where this runs compiled. */
export const repoRoot = path.resolve(__dirname, "..", "..", "..", "..", "..");

export interface Position { line: number; character: number }
export interface Range { start: Position; end: Position }

export interface DiagnosticExpectation {
  /** The diagnostic is on this text: see onSpan. */
  span?: string;
  /** The diagnostic lies anywhere inside this text. */
  inside?: string;
  occurrence?: number;
  severity?: number;
  messageIncludes?: string[];
  /** The diagnostic may be missing. */
  optional?: boolean;
}
export interface DiagnosticsCheck { kind: "diagnostics"; expect: DiagnosticExpectation[]; onlyThese?: boolean }

interface Common {
  name: string;
  pending?: string;
  capability?: string;
  /** Which occurrence of the at text, when it occurs more than once. */
  occurrence?: number;
}
export interface LocationExpectation { overlaps: string; occurrence?: number }
export type Case = Common & (
  | { kind: "capabilities"; require: string[] }
  | { kind: "serverInfo"; serverName: string }
  | DiagnosticsCheck
  | { kind: "completion"; at: string; includes: string[]; excludes?: string[] }
  | { kind: "hover"; at: string; includes: string[]; excludes?: string[] }
  | { kind: "definition"; at: string; expect: LocationExpectation[] }
  | { kind: "references"; at: string; includeDeclaration: boolean; expect: LocationExpectation[] }
  | { kind: "rename"; at: string; newName: string; result: { replaceAll: string; with: string } }
  | { kind: "edit"; before?: DiagnosticsCheck; replace: string; with: string; then: DiagnosticsCheck }
);

/** One server session: the file it opens (root is relative to the repository) and what to check. */
export interface Suite { name: string; root: string; file: string; cases: Case[] }
export interface Cases { suites: Suite[] }

export const casesFile = path.join(repoRoot, "editors", "testdata", "cases.json");

export function loadCases(file = casesFile): Cases {
  return JSON.parse(fs.readFileSync(file, "utf8")) as Cases;
}

export interface Fixture { root: string; file: string; text: string }

/** The file a suite opens, and its text. */
export function fixture(suite: Suite): Fixture {
  const root = path.join(repoRoot, suite.root);
  const file = path.join(root, suite.file);
  return { root, file, text: fs.readFileSync(file, "utf8") };
}

/** The UTF-16 offset of text in doc (its occurrence-th appearance, 1-based). */
export function find(doc: string, text: string, occurrence?: number): number {
  const offsets: number[] = [];
  for (let i = doc.indexOf(text); i >= 0; i = doc.indexOf(text, i + 1)) offsets.push(i);
  if (offsets.length === 0) throw new Error(`${JSON.stringify(text)} is not in the fixture`);
  if (occurrence === undefined) {
    if (offsets.length > 1) throw new Error(`${JSON.stringify(text)} occurs ${offsets.length} times in the fixture: give an occurrence`);
    return offsets[0] ?? 0;
  }
  const at = offsets[occurrence - 1];
  if (at === undefined) throw new Error(`${JSON.stringify(text)} occurs ${offsets.length} times, not ${occurrence}`);
  return at;
}

/** The LSP position of offset: line and UTF-16 column (JavaScript strings are UTF-16). */
export function positionAt(doc: string, offset: number): Position {
  const before = doc.slice(0, offset);
  const line = before.split("\n").length - 1;
  return { line, character: offset - (before.lastIndexOf("\n") + 1) };
}

export function offsetAt(doc: string, pos: Position): number {
  let offset = 0;
  for (let line = 0; line < pos.line; line++) {
    const nl = doc.indexOf("\n", offset);
    if (nl < 0) throw new Error(`line ${pos.line} is past the end of the document`);
    offset = nl + 1;
  }
  return offset + pos.character;
}

/** The cursor of a `text with | at the cursor` marker. */
export function cursor(doc: string, marker: string, occurrence?: number): Position {
  const bar = marker.indexOf("|");
  if (bar < 0 || marker.indexOf("|", bar + 1) >= 0) throw new Error(`${JSON.stringify(marker)} needs exactly one |`);
  const text = marker.slice(0, bar) + marker.slice(bar + 1);
  return positionAt(doc, find(doc, text, occurrence) + bar);
}

/** The range of a span of text. */
export function spanRange(doc: string, text: string, occurrence?: number): Range {
  const start = find(doc, text, occurrence);
  return { start: positionAt(doc, start), end: positionAt(doc, start + text.length) };
}

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

/** Whether a lies inside b (ends included). */
export function within(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.start) >= 0 && comparePositions(a.end, b.end) <= 0;
}

/** Whether a and b share at least one character, or an empty a sits inside b. */
export function overlaps(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.end) < 0 && comparePositions(b.start, a.end) < 0
    || (comparePositions(a.start, a.end) === 0 && within(a, b));
}

/**
 * Whether a diagnostic's range is on a span: inside it, and covering it
 * without its quotes (so both `"sevrer2"` and `sevrer2` are right).
 */
export function onSpan(r: Range, doc: string, span: string, occurrence?: number): boolean {
  const outer = spanRange(doc, span, occurrence);
  const trim = span.length > 2 && span.startsWith('"') && span.endsWith('"') ? 1 : 0;
  const start = offsetAt(doc, outer.start) + trim;
  const inner = { start: positionAt(doc, start), end: positionAt(doc, start + span.length - 2 * trim) };
  return within(r, outer) && within(inner, r);
}

/** Whether a diagnostic's range is where e places it. */
export function placed(r: Range, doc: string, e: DiagnosticExpectation): boolean {
  if (e.span !== undefined) return onSpan(r, doc, e.span, e.occurrence);
  if (e.inside !== undefined) return within(r, spanRange(doc, e.inside, e.occurrence));
  throw new Error(`a diagnostic expectation needs span or inside: ${JSON.stringify(e)}`);
}

export interface TextEdit { range: Range; newText: string }

/** doc with edits applied; the edits must not overlap (as LSP requires). */
export function applyEdits(doc: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => comparePositions(b.range.start, a.range.start));
  let out = doc;
  let limit = Number.POSITIVE_INFINITY;
  for (const e of sorted) {
    const start = offsetAt(out, e.range.start);
    const end = offsetAt(out, e.range.end);
    if (end > limit) throw new Error(`overlapping edits at ${JSON.stringify(e.range)}`);
    out = out.slice(0, start) + e.newText + out.slice(end);
    limit = start;
  }
  return out;
}
