import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { missingServerLog, missingServerNotification } from "../../src/messages";
import { expandVariables, resolveServer, searchDirs, type ResolveInput } from "../../src/resolve";

// A fake file system: the set of executable files.
function input(over: Partial<ResolveInput> & { files?: string[] }): ResolveInput {
  const files = new Set(over.files ?? []);
  return {
    configuredPath: "",
    env: { PATH: "/usr/local/bin:/usr/bin", HOME: "/home/u" },
    platform: "linux",
    isExecutable: (f) => files.has(f),
    ...over,
  };
}

describe("resolveServer", () => {
  const cases: { name: string; in: ResolveInput; command?: string; via?: string }[] = [
    { name: "first PATH entry wins", in: input({ files: ["/usr/bin/secrets-lsp", "/usr/local/bin/secrets-lsp"] }), command: "/usr/local/bin/secrets-lsp", via: "PATH" },
    { name: "later PATH entry", in: input({ files: ["/usr/bin/secrets-lsp"] }), command: "/usr/bin/secrets-lsp", via: "PATH" },
    { name: "PATH before go/bin", in: input({ files: ["/usr/bin/secrets-lsp", "/home/u/go/bin/secrets-lsp"] }), command: "/usr/bin/secrets-lsp" },
    { name: "~/go/bin when GOPATH is unset", in: input({ files: ["/home/u/go/bin/secrets-lsp"] }), command: "/home/u/go/bin/secrets-lsp", via: "GOPATH/bin" },
    {
      name: "GOBIN before GOPATH",
      in: input({ env: { PATH: "/usr/bin", HOME: "/home/u", GOBIN: "/opt/gobin", GOPATH: "/opt/gp" }, files: ["/opt/gobin/secrets-lsp", "/opt/gp/bin/secrets-lsp"] }),
      command: "/opt/gobin/secrets-lsp",
      via: "GOBIN",
    },
    {
      name: "every GOPATH entry, not ~/go",
      in: input({ env: { PATH: "/usr/bin", HOME: "/home/u", GOPATH: "/a:/b" }, files: ["/b/bin/secrets-lsp", "/home/u/go/bin/secrets-lsp"] }),
      command: "/b/bin/secrets-lsp",
    },
    { name: "nix profile", in: input({ files: ["/home/u/.nix-profile/bin/secrets-lsp"] }), command: "/home/u/.nix-profile/bin/secrets-lsp", via: "the Nix profile" },
    {
      name: "home-manager per-user profile",
      in: input({ env: { PATH: "", HOME: "/home/u", USER: "u" }, files: ["/etc/profiles/per-user/u/bin/secrets-lsp"] }),
      command: "/etc/profiles/per-user/u/bin/secrets-lsp",
    },
    { name: "NixOS system profile", in: input({ files: ["/run/current-system/sw/bin/secrets-lsp"] }), command: "/run/current-system/sw/bin/secrets-lsp" },
    { name: "relative PATH entries are skipped", in: input({ env: { PATH: "bin:/usr/bin" }, files: ["bin/secrets-lsp", "/usr/bin/secrets-lsp"] }), command: "/usr/bin/secrets-lsp" },
    { name: "configured absolute path", in: input({ configuredPath: "/opt/s/secrets-lsp", files: ["/opt/s/secrets-lsp", "/usr/bin/secrets-lsp"] }), command: "/opt/s/secrets-lsp", via: "secretsLsp.server.path" },
    { name: "configured path with ~", in: input({ configuredPath: "~/src/bin/secrets-lsp", files: ["/home/u/src/bin/secrets-lsp"] }), command: "/home/u/src/bin/secrets-lsp" },
    {
      name: "configured path relative to the workspace",
      in: input({ configuredPath: "bin/secrets-lsp", workspaceFolder: "/w", files: ["/w/bin/secrets-lsp"] }),
      command: "/w/bin/secrets-lsp",
    },
    {
      name: "configured ${workspaceFolder}",
      in: input({ configuredPath: "${workspaceFolder}/bin/secrets-lsp", workspaceFolder: "/w", files: ["/w/bin/secrets-lsp"] }),
      command: "/w/bin/secrets-lsp",
    },
    {
      name: "configured bare name is searched",
      in: input({ configuredPath: "secrets-lsp-dev", files: ["/usr/bin/secrets-lsp-dev", "/usr/bin/secrets-lsp"] }),
      command: "/usr/bin/secrets-lsp-dev",
      via: "secretsLsp.server.path (secrets-lsp-dev) on PATH",
    },
    {
      name: "windows: PATHEXT, case-insensitive Path",
      in: input({ platform: "win32", env: { Path: "C:\\tools;C:\\bin", PATHEXT: ".COM;.EXE", USERPROFILE: "C:\\Users\\u" }, files: ["C:\\bin\\secrets-lsp.exe"] }),
      command: "C:\\bin\\secrets-lsp.exe",
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const got = resolveServer(c.in);
      assert.ok(got.found, `not found: ${got.found ? "" : got.reason}`);
      assert.equal(got.command, c.command);
      if (c.via !== undefined) assert.equal(got.via, c.via);
    });
  }

  it("a configured path that is missing is an error, not a search", () => {
    const got = resolveServer(input({ configuredPath: "/nope/secrets-lsp", files: ["/usr/bin/secrets-lsp"] }));
    assert.equal(got.found, false);
    assert.ok(!got.found);
    assert.match(got.reason, /secretsLsp\.server\.path is set to "\/nope\/secrets-lsp", but \/nope\/secrets-lsp is not an executable file/);
    assert.deepEqual(got.searched, ["/nope/secrets-lsp"]);
  });

  it("nothing found lists every place searched, once each", () => {
    const got = resolveServer(input({ env: { PATH: "/usr/bin:/usr/bin/:/bin", HOME: "/home/u" } }));
    assert.ok(!got.found);
    assert.deepEqual(got.searched, [
      "/usr/bin/secrets-lsp",
      "/bin/secrets-lsp",
      "/home/u/go/bin/secrets-lsp",
      "/home/u/.nix-profile/bin/secrets-lsp",
      "/nix/var/nix/profiles/default/bin/secrets-lsp",
      "/run/current-system/sw/bin/secrets-lsp",
    ]);
  });
});

describe("searchDirs", () => {
  it("no environment at all still has the system-wide Nix profiles", () => {
    assert.deepEqual(
      searchDirs(input({ env: {} })).map((d) => d.dir),
      ["/nix/var/nix/profiles/default/bin", "/run/current-system/sw/bin"],
    );
  });
});

describe("expandVariables", () => {
  const cases: [string, string][] = [
    ["~", "/h"],
    ["~/x", "/h/x"],
    ["a/~/x", "a/~/x"],
    ["~user/x", "~user/x"],
    ["${userHome}/x", "/h/x"],
    ["${workspaceFolder}/bin/${workspaceFolder}", "/w/bin//w"],
    ["${env:HOME}/x", "${env:HOME}/x"],
  ];
  for (const [value, want] of cases) {
    it(value, () => {
      assert.equal(expandVariables(value, "/h", "/w"), want);
    });
  }
  it("leaves variables it has no value for", () => {
    assert.equal(expandVariables("~/${workspaceFolder}", undefined, undefined), "~/${workspaceFolder}");
  });
});

describe("missing-server messages", () => {
  const missing = resolveServer(input({ env: { PATH: "/usr/bin", HOME: "/home/u" } }));
  assert.ok(!missing.found);

  it("the notification says how to install and how to configure", () => {
    const text = missingServerNotification(missing);
    assert.match(text, /secrets-lsp was not found on PATH/);
    assert.match(text, /go install github\.com\/secrets-lsp\/secrets-lsp\/cmd\/secrets-lsp@latest/);
    assert.match(text, /nix profile install github:secrets-lsp\/secrets-lsp/);
    assert.match(text, /secretsLsp\.server\.path/);
    assert.doesNotMatch(text, /\n/);
  });

  it("the log lists every searched file", () => {
    const text = missingServerLog(missing);
    for (const f of missing.searched) assert.ok(text.includes(`  ${f}\n`), f);
  });
});
