// package.json is the other half of the extension: these tests keep it and
// the code in step, and pin what coexistence with other Nix extensions needs.
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, it } from "node:test";

import { commands, restartKeys, section, serverSettingKeys } from "../../src/settings";

interface Manifest {
  version: string;
  main: string;
  engines: { vscode: string };
  activationEvents: string[];
  capabilities: { untrustedWorkspaces: { supported: string; restrictedConfigurations: string[] } };
  contributes: Record<string, unknown> & {
    commands: { command: string }[];
    configuration: { properties: Record<string, { default: unknown }> };
  };
  devDependencies: Record<string, string>;
}

// Compiled tests run from out/test/unit; the manifest is three levels up.
const root = path.resolve(__dirname, "..", "..", "..");
const manifest = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as Manifest;

describe("package.json", () => {
  it("declares exactly the commands the extension registers", () => {
    assert.deepEqual(manifest.contributes.commands.map((c) => c.command).sort(), Object.values(commands).sort());
  });

  it("declares exactly the settings the extension reads", () => {
    const want = [...restartKeys, ...serverSettingKeys, "trace.server"].map((k) => `${section}.${k}`).sort();
    assert.deepEqual(Object.keys(manifest.contributes.configuration.properties).sort(), want);
  });

  it("keeps the server command out of an untrusted workspace's hands", () => {
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, "limited");
    assert.deepEqual(
      [...manifest.capabilities.untrustedWorkspaces.restrictedConfigurations].sort(),
      restartKeys.map((k) => `${section}.${k}`).sort(),
    );
  });

  it("contributes no language, grammar or formatter that could fight another Nix extension", () => {
    for (const key of ["languages", "grammars", "semanticTokenTypes", "jsonValidation"]) {
      assert.equal(manifest.contributes[key], undefined, key);
    }
  });

  it("activates in a flake workspace", () => {
    assert.deepEqual(manifest.activationEvents, ["workspaceContains:**/flake.nix"]);
  });

  it("runs the bundle that the .vsix ships", () => {
    assert.equal(manifest.main, "./out/bundle/extension.js");
    const ignore = fs.readFileSync(path.join(root, ".vscodeignore"), "utf8");
    assert.match(ignore, /^!out\/bundle\/extension\.js$/m);
  });

  it("targets the VS Code API it is typed against", () => {
    // vsce refuses @types/vscode newer than engines.vscode.
    assert.equal(manifest.engines.vscode, `^${manifest.devDependencies["@types/vscode"] ?? "missing"}`);
  });

  it("has the version of the repository's VERSION file", () => {
    const version = fs.readFileSync(path.join(root, "..", "..", "VERSION"), "utf8").trim();
    assert.equal(manifest.version, version, "run scripts/sync-version.sh after changing VERSION");
  });
});
