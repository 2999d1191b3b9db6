// Texts shown to the user, kept apart from the VS Code API so that tests can
// check they carry what a user needs to act.

import type { Resolution } from "./resolve";

/** Where the README explains installation; opened by the notification's button. */
export const installUrl = "https://github.com/secrets-lsp/secrets-lsp#install";

/** The ways to install the server, one command each. */
export const installCommands: readonly string[] = [
  "go install github.com/secrets-lsp/secrets-lsp/cmd/secrets-lsp@latest",
  "nix profile install github:secrets-lsp/secrets-lsp",
];

/** The notification shown when the server cannot be found: short, one line. */
export function missingServerNotification(r: Extract<Resolution, { found: false }>): string {
  return `Secrets LSP: ${r.reason} Install it with \`${installCommands[0]}\` or \`${installCommands[1]}\`, or set secretsLsp.server.path.`;
}

/** The same for the output channel, with every place that was searched. */
export function missingServerLog(r: Extract<Resolution, { found: false }>): string {
  return [
    r.reason,
    "Searched:",
    ...r.searched.map((f) => `  ${f}`),
    "Install the server with one of:",
    ...installCommands.map((c) => `  ${c}`),
    `or set "secretsLsp.server.path" to the binary. See ${installUrl}`,
  ].join("\n");
}
