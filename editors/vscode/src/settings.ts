// Settings of the extension, read and checked without the VS Code API so that
// they can be unit-tested: extension.ts passes a getter over the workspace
// configuration.

/** The section every setting of this extension lives under. */
export const section = "secretsLsp";

/** The commands package.json contributes. */
export const commands = {
  restartServer: `${section}.restartServer`,
  showOutput: `${section}.showOutput`,
} as const;

/** Settings whose change needs a new server process. */
export const restartKeys: readonly string[] = ["server.path", "server.extraArgs"];

export interface ServerSettings {
  /** `secretsLsp.server.path`: empty means "find secrets-lsp". */
  path: string;
  /** `secretsLsp.server.extraArgs`: appended after `--stdio`. */
  extraArgs: string[];
}

export interface ReadSettings {
  settings: ServerSettings;
  /** One sentence per setting that had the wrong type and was ignored. */
  problems: string[];
}

/**
 * Reads the server settings through get (the workspace configuration of
 * section). A value of the wrong type is ignored and reported, so that one
 * typo in settings.json does not keep the server from starting.
 */
export function readSettings(get: (key: string) => unknown): ReadSettings {
  const problems: string[] = [];
  let path = "";
  const rawPath = get("server.path");
  if (typeof rawPath === "string") {
    path = rawPath.trim();
  } else if (rawPath !== undefined && rawPath !== null) {
    problems.push(`${section}.server.path must be a string; ignoring ${JSON.stringify(rawPath)}`);
  }
  let extraArgs: string[] = [];
  const rawArgs = get("server.extraArgs");
  if (Array.isArray(rawArgs) && rawArgs.every((a): a is string => typeof a === "string")) {
    extraArgs = rawArgs;
  } else if (rawArgs !== undefined && rawArgs !== null) {
    problems.push(`${section}.server.extraArgs must be a list of strings; ignoring ${JSON.stringify(rawArgs)}`);
  }
  return { settings: { path, extraArgs }, problems };
}

/**
 * The server's command-line arguments: `--stdio` (the server's LSP mode),
 * then the user's extra arguments. `--stdio` is not repeated when the user
 * already gave it.
 */
export function serverArgs(extraArgs: readonly string[]): string[] {
  return extraArgs.includes("--stdio") ? [...extraArgs] : ["--stdio", ...extraArgs];
}

/**
 * The section the server asks for with workspace/configuration (ConfigSection
 * in the server's lsp package). VS Code keeps these settings under
 * secretsLsp like the others; the client answers the server's section from
 * them.
 */
export const serverSection = "secrets-lsp";

/** The server's own settings, by the same name under secretsLsp and in serverSection. */
export const serverSettingKeys: readonly string[] = ["diagnosticsDelay"];

/**
 * The answer to the server's request for its section: each of its settings
 * the user has set (null means unset, so the server keeps its default).
 */
export function serverSettings(get: (key: string) => unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of serverSettingKeys) {
    const value = get(key);
    if (value !== undefined && value !== null) out[key] = value;
  }
  return out;
}

