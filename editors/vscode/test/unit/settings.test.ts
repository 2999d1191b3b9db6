import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { readSettings, serverArgs, serverSettings } from "../../src/settings";

describe("readSettings", () => {
  const cases: { name: string; values: Record<string, unknown>; path: string; extraArgs: string[]; problems: number }[] = [
    { name: "defaults", values: { "server.path": "", "server.extraArgs": [] }, path: "", extraArgs: [], problems: 0 },
    { name: "unset", values: {}, path: "", extraArgs: [], problems: 0 },
    { name: "path is trimmed", values: { "server.path": "  /opt/bin/secrets-lsp \n" }, path: "/opt/bin/secrets-lsp", extraArgs: [], problems: 0 },
    { name: "extra args kept in order", values: { "server.extraArgs": ["-v", "--log=debug"] }, path: "", extraArgs: ["-v", "--log=debug"], problems: 0 },
    { name: "path of wrong type", values: { "server.path": 42 }, path: "", extraArgs: [], problems: 1 },
    { name: "args not a list", values: { "server.extraArgs": "-v" }, path: "", extraArgs: [], problems: 1 },
    { name: "args with a non-string", values: { "server.extraArgs": ["-v", 3] }, path: "", extraArgs: [], problems: 1 },
    { name: "both wrong", values: { "server.path": ["x"], "server.extraArgs": { a: 1 } }, path: "", extraArgs: [], problems: 2 },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const got = readSettings((key) => c.values[key]);
      assert.equal(got.settings.path, c.path);
      assert.deepEqual(got.settings.extraArgs, c.extraArgs);
      assert.equal(got.problems.length, c.problems, got.problems.join("; "));
    });
  }

  it("names the setting and the ignored value", () => {
    const got = readSettings((key) => (key === "server.extraArgs" ? ["-v", 3] : undefined));
    assert.match(got.problems[0] ?? "", /secretsLsp\.server\.extraArgs must be a list of strings; ignoring \["-v",3\]/);
  });
});

describe("serverArgs", () => {
  it("serves on stdio with no extra arguments", () => {
    assert.deepEqual(serverArgs([]), ["--stdio"]);
  });
  it("puts --stdio first, where the server looks for it", () => {
    assert.deepEqual(serverArgs(["--log", "x y"]), ["--stdio", "--log", "x y"]);
  });
  it("does not repeat --stdio", () => {
    assert.deepEqual(serverArgs(["--stdio", "-v"]), ["--stdio", "-v"]);
  });
  it("does not alias the caller's array", () => {
    const extra = ["--stdio"];
    const args = serverArgs(extra);
    args.push("x");
    assert.deepEqual(extra, ["--stdio"]);
  });
});

describe("serverSettings", () => {
  it("passes what the user set", () => {
    assert.deepEqual(serverSettings((key) => (key === "diagnosticsDelay" ? 120 : undefined)), { diagnosticsDelay: 120 });
  });
  it("leaves out what is unset, so the server keeps its defaults", () => {
    assert.deepEqual(serverSettings(() => null), {});
    assert.deepEqual(serverSettings(() => undefined), {});
  });
  it("sends none of the extension's own settings", () => {
    const all: Record<string, unknown> = { "server.path": "/x", "server.extraArgs": ["-v"], "trace.server": "verbose", diagnosticsDelay: 0 };
    assert.deepEqual(serverSettings((key) => all[key]), { diagnosticsDelay: 0 });
  });
});
