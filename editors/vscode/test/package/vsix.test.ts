// Checks a packaged .vsix (the file named by $VSIX): what it holds, its
// version, and that the bundled extension needs nothing the .vsix lacks.

import assert from "node:assert/strict";
import * as fs from "node:fs";
import { builtinModules } from "node:module";
import * as path from "node:path";
import { describe, it } from "node:test";
import * as zlib from "node:zlib";

import { repoRoot } from "../e2e/cases";

/** The files of a zip archive, by name, read from its central directory. */
function unzip(archive: Buffer): Map<string, Buffer> {
  const eocd = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(eocd >= 0, "not a zip file: no end of central directory");
  const count = archive.readUInt16LE(eocd + 10);
  let at = archive.readUInt32LE(eocd + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    assert.equal(archive.readUInt32LE(at), 0x02014b50, "bad central directory entry");
    const method = archive.readUInt16LE(at + 10);
    const compressed = archive.readUInt32LE(at + 20);
    const size = archive.readUInt32LE(at + 24);
    const nameLen = archive.readUInt16LE(at + 28);
    const extraLen = archive.readUInt16LE(at + 30);
    const commentLen = archive.readUInt16LE(at + 32);
    const local = archive.readUInt32LE(at + 42);
    const name = archive.toString("utf8", at + 46, at + 46 + nameLen);
    const dataAt = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    const raw = archive.subarray(dataAt, dataAt + compressed);
    const data = method === 0 ? raw : zlib.inflateRawSync(raw);
    assert.equal(data.length, size, `${name}: size`);
    files.set(name, data);
    at += 46 + nameLen + extraLen + commentLen;
  }
  return files;
}

const vsixPath = process.env["VSIX"];

void describe("the packaged .vsix", { skip: vsixPath === undefined ? "set VSIX to the .vsix to check" : false }, () => {
  const files = unzip(fs.readFileSync(vsixPath ?? ""));
  const version = fs.readFileSync(path.join(repoRoot, "VERSION"), "utf8").trim();

  it("holds the bundled extension, its manifest and docs, nothing else", () => {
    assert.deepEqual([...files.keys()].sort(), [
      "[Content_Types].xml",
      "extension.vsixmanifest",
      "extension/LICENSE.txt",
      "extension/out/bundle/extension.js",
      "extension/package.json",
      "extension/readme.md",
    ]);
  });

  it("carries the repository's VERSION", () => {
    const manifest = JSON.parse(files.get("extension/package.json")?.toString("utf8") ?? "{}") as { version?: string; main?: string };
    assert.equal(manifest.version, version);
    assert.equal(manifest.main, "./out/bundle/extension.js");
    assert.match(files.get("extension.vsixmanifest")?.toString("utf8") ?? "", new RegExp(`Version="${version.replace(/\./g, "\\.")}"`));
  });

  it("the bundle needs only vscode and Node's own modules", () => {
    const bundle = files.get("extension/out/bundle/extension.js")?.toString("utf8") ?? "";
    const required = new Set([...bundle.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1] ?? ""));
    assert.ok(required.has("vscode"), "the bundle does not load vscode: is it the extension?");
    const builtin = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    const foreign = [...required].filter((m) => m !== "vscode" && !builtin.has(m));
    assert.deepEqual(foreign, [], "modules the .vsix does not ship");
  });
});
