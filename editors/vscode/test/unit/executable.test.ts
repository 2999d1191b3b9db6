import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, describe, it } from "node:test";

import { isExecutable } from "../../src/executable";

describe("isExecutable", { skip: process.platform === "win32" ? "no execute bit on Windows" : false }, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "secrets-lsp-exec-"));
  after(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const file = (name: string, mode: number): string => {
    const f = path.join(dir, name);
    fs.writeFileSync(f, "#!/bin/sh\n");
    fs.chmodSync(f, mode);
    return f;
  };

  it("an executable file", () => {
    assert.equal(isExecutable(file("x", 0o755)), true);
  });
  it("a file without the execute bit", () => {
    // Even root needs one execute bit (access(2)).
    assert.equal(isExecutable(file("plain", 0o644)), false);
  });
  it("a directory", () => {
    assert.equal(isExecutable(dir), false);
  });
  it("a missing file", () => {
    assert.equal(isExecutable(path.join(dir, "missing")), false);
  });
});
