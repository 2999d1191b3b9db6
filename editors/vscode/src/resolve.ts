// Finding the secrets-lsp binary. Pure: the file system is reached only
// through the isExecutable callback, so every rule is unit-tested.

import * as path from "node:path";

/** The name of the server's binary, without the Windows extension. */
export const binaryName = "secrets-lsp";

export interface ResolveInput {
  /** `secretsLsp.server.path`, trimmed; empty means "search". */
  configuredPath: string;
  /** The extension host's environment (PATH, HOME, GOPATH, GOBIN, USER). */
  env: Readonly<Record<string, string | undefined>>;
  platform: NodeJS.Platform;
  /** The first workspace folder, for `${workspaceFolder}` and relative paths. */
  workspaceFolder?: string;
  /** Reports whether a regular, executable file exists at an absolute path. */
  isExecutable: (file: string) => boolean;
}

export type Resolution =
  | { found: true; command: string; /** Where it was found, for the log. */ via: string }
  | { found: false; /** One sentence, for the error notification. */ reason: string; searched: string[] };

/**
 * Finds the server: the configured path when there is one (a bare command
 * name is looked up like an unset path), else `secrets-lsp` on PATH, else in
 * the places Go and Nix install it. The fallbacks matter because an editor
 * started from a desktop launcher often has a shorter PATH than a shell.
 */
export function resolveServer(input: ResolveInput): Resolution {
  const p = pathModule(input.platform);
  const home = homeDir(input);
  if (input.configuredPath !== "") {
    const expanded = expandVariables(input.configuredPath, home, input.workspaceFolder);
    if (expanded.includes("/") || (input.platform === "win32" && expanded.includes("\\"))) {
      const file = p.isAbsolute(expanded) || input.workspaceFolder === undefined
        ? expanded
        : p.join(input.workspaceFolder, expanded);
      if (input.isExecutable(file)) {
        return { found: true, command: file, via: "secretsLsp.server.path" };
      }
      return {
        found: false,
        reason: `secretsLsp.server.path is set to ${JSON.stringify(input.configuredPath)}, but ${file} is not an executable file.`,
        searched: [file],
      };
    }
    return search(input, [expanded], `secretsLsp.server.path (${expanded})`);
  }
  return search(input, [binaryName], "");
}

function search(input: ResolveInput, names: string[], label: string): Resolution {
  const p = pathModule(input.platform);
  const searched: string[] = [];
  for (const { dir, via } of searchDirs(input)) {
    for (const name of executableNames(names, input)) {
      const file = p.join(dir, name);
      if (searched.includes(file)) continue;
      searched.push(file);
      if (input.isExecutable(file)) {
        return { found: true, command: file, via: label === "" ? via : `${label} on ${via}` };
      }
    }
  }
  const what = label === "" ? binaryName : label;
  return {
    found: false,
    reason: `${what} was not found on PATH nor where \`go install\` and Nix put binaries.`,
    searched,
  };
}

/** The directories searched, in order: PATH, then Go's and Nix's bin directories. */
export function searchDirs(input: ResolveInput): { dir: string; via: string }[] {
  const p = pathModule(input.platform);
  const listSep = input.platform === "win32" ? ";" : ":";
  const home = homeDir(input);
  const dirs: { dir: string; via: string }[] = [];
  const add = (dir: string | undefined, via: string): void => {
    if (dir === undefined || dir === "" || !p.isAbsolute(dir)) return;
    const norm = p.normalize(dir);
    if (!dirs.some((d) => d.dir === norm)) dirs.push({ dir: norm, via });
  };
  for (const dir of (envVar(input, "PATH") ?? "").split(listSep)) add(dir, "PATH");
  add(envVar(input, "GOBIN"), "GOBIN");
  const gopath = envVar(input, "GOPATH");
  if (gopath !== undefined && gopath !== "") {
    for (const dir of gopath.split(listSep)) if (dir !== "") add(p.join(dir, "bin"), "GOPATH/bin");
  } else if (home !== undefined) {
    add(p.join(home, "go", "bin"), "GOPATH/bin");
  }
  if (input.platform !== "win32") {
    if (home !== undefined) add(p.join(home, ".nix-profile", "bin"), "the Nix profile");
    const user = envVar(input, "USER");
    if (user !== undefined && user !== "") add(`/etc/profiles/per-user/${user}/bin`, "the Nix profile");
    add("/nix/var/nix/profiles/default/bin", "the Nix profile");
    add("/run/current-system/sw/bin", "the NixOS system profile");
  }
  return dirs;
}

/**
 * Replaces `~` at the start, `${userHome}` and `${workspaceFolder}`, the
 * variables a user writes in settings.json. An unknown variable is left as
 * it is, so the error names what the user wrote.
 */
export function expandVariables(value: string, home: string | undefined, workspaceFolder: string | undefined): string {
  let out = value;
  if (home !== undefined) {
    if (out === "~" || out.startsWith("~/") || out.startsWith("~\\")) out = home + out.slice(1);
    out = out.split("${userHome}").join(home);
  }
  if (workspaceFolder !== undefined) out = out.split("${workspaceFolder}").join(workspaceFolder);
  return out;
}

function executableNames(names: string[], input: ResolveInput): string[] {
  if (input.platform !== "win32") return names;
  const exts = (envVar(input, "PATHEXT") ?? ".EXE;.CMD;.BAT").split(";").filter((e) => e !== "");
  return names.flatMap((n) => (path.win32.extname(n) !== "" ? [n] : exts.map((e) => n + e.toLowerCase())));
}

function homeDir(input: ResolveInput): string | undefined {
  const home = input.platform === "win32" ? envVar(input, "USERPROFILE") : envVar(input, "HOME");
  return home === "" ? undefined : home;
}

// Environment variable names are case-insensitive on Windows (Path, PATH).
function envVar(input: ResolveInput, name: string): string | undefined {
  if (input.platform !== "win32") return input.env[name];
  const key = Object.keys(input.env).find((k) => k.toUpperCase() === name);
  return key === undefined ? undefined : input.env[key];
}

function pathModule(platform: NodeJS.Platform): path.PlatformPath {
  return platform === "win32" ? path.win32 : path.posix;
}
