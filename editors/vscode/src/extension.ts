// The VS Code side of secrets-lsp: finds the server, starts it through
// vscode-languageclient and restarts it on demand. Everything that can be
// decided without VS Code lives in settings.ts, resolve.ts and messages.ts.

import * as vscode from "vscode";
import { DidChangeConfigurationNotification, LanguageClient, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";

import { isExecutable } from "./executable";
import { installUrl, missingServerLog, missingServerNotification } from "./messages";
import { resolveServer } from "./resolve";
import { commands, readSettings, restartKeys, section, serverArgs, serverSection, serverSettingKeys, serverSettings } from "./settings";

// The client's own id: VS Code reads `secretsLsp.trace.server` because of it,
// and it keeps this client apart from nil's or nixd's on the same files.
const clientId = section;
const clientName = "Secrets LSP";

// Every .nix file on disk, whatever language id another extension gave it:
// without a Nix extension installed, .nix files are plain text.
const documentSelector = [
  { scheme: "file", language: "nix" },
  { scheme: "file", pattern: "**/*.nix" },
];

let server: ServerController | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel(clientName, { log: true });
  const controller = new ServerController(output);
  server = controller;
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand(commands.restartServer, () => controller.restart("restart requested")),
    vscode.commands.registerCommand(commands.showOutput, () => {
      output.show(true);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (restartKeys.some((k) => e.affectsConfiguration(`${section}.${k}`))) {
        void controller.restart("settings changed");
      } else if (serverSettingKeys.some((k) => e.affectsConfiguration(`${section}.${k}`))) {
        controller.settingsChanged();
      }
    }),
    // secretsLsp.server.* are restricted settings: their workspace values
    // count only once the workspace is trusted.
    vscode.workspace.onDidGrantWorkspaceTrust(() => controller.restart("workspace trusted")),
    { dispose: () => void controller.stop() },
  );
  await controller.start();
}

export async function deactivate(): Promise<void> {
  await server?.stop();
  server = undefined;
}

/** Owns at most one running client; start, stop and restart run one at a time. */
class ServerController {
  private client: LanguageClient | undefined;
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly output: vscode.LogOutputChannel) {}

  start(): Promise<void> {
    return this.enqueue(() => this.doStart());
  }

  stop(): Promise<void> {
    return this.enqueue(() => this.doStop());
  }

  restart(why: string): Promise<void> {
    return this.enqueue(async () => {
      this.output.info(`Restarting the server: ${why}.`);
      await this.doStop();
      await this.doStart();
    });
  }

  /** Tells the server its settings changed; it pulls them (workspace/configuration). */
  settingsChanged(): void {
    this.client?.sendNotification(DidChangeConfigurationNotification.type, { settings: null }).catch((err: unknown) => {
      this.output.warn(`Sending the new settings: ${String(err)}`);
    });
  }

  private enqueue(step: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(step, step);
    return this.queue;
  }

  private async doStart(): Promise<void> {
    const config = vscode.workspace.getConfiguration(section);
    const { settings, problems } = readSettings((key) => config.get(key));
    for (const p of problems) {
      this.output.warn(p);
      void vscode.window.showWarningMessage(`Secrets LSP: ${p}`);
    }
    const workspaceFolder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    const resolution = resolveServer({
      configuredPath: settings.path,
      env: process.env,
      platform: process.platform,
      workspaceFolder,
      isExecutable,
    });
    if (!resolution.found) {
      this.output.error(missingServerLog(resolution));
      void this.offerInstallHelp(missingServerNotification(resolution));
      return;
    }
    const args = serverArgs(settings.extraArgs);
    this.output.info(`Starting ${resolution.command} ${args.join(" ")} (found via ${resolution.via}).`);
    const serverOptions: ServerOptions = {
      // No `transport`: the client would append --stdio after the user's
      // arguments, and the server wants it first.
      command: resolution.command,
      args,
      options: workspaceFolder === undefined ? {} : { cwd: workspaceFolder },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector,
      outputChannel: this.output,
      diagnosticCollectionName: clientId,
      // No synchronize.fileEvents: the server registers the files it
      // watches (modules, keys, .sops.yaml, encrypted files) itself.
      middleware: {
        workspace: {
          configuration: async (params, token, next) => {
            const answers = await next(params, token);
            if (!Array.isArray(answers)) return answers;
            const ours = vscode.workspace.getConfiguration(section);
            return params.items.map((item, i): unknown => (item.section === serverSection ? serverSettings((key) => ours.get(key)) : answers[i]));
          },
        },
      },
    };
    const client = new LanguageClient(clientId, clientName, serverOptions, clientOptions);
    this.client = client;
    try {
      await client.start();
    } catch (err) {
      this.output.error(`The server failed to start: ${String(err)}`);
      void vscode.window.showErrorMessage(`Secrets LSP: the server failed to start (${String(err)}). See the output channel.`, "Show Output")
        .then((choice) => {
          if (choice !== undefined) this.output.show(true);
        });
      return;
    }
    const info = client.initializeResult?.serverInfo;
    if (info !== undefined) this.output.info(`Server ${info.name} ${info.version ?? "(no version)"} is running.`);
  }

  private async doStop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client === undefined) return;
    try {
      await client.dispose(2000);
    } catch (err) {
      this.output.warn(`Stopping the server: ${String(err)}`);
    }
  }

  private async offerInstallHelp(message: string): Promise<void> {
    const choice = await vscode.window.showErrorMessage(message, "Install Instructions", "Open Settings", "Show Output");
    switch (choice) {
      case "Install Instructions":
        await vscode.env.openExternal(vscode.Uri.parse(installUrl));
        break;
      case "Open Settings":
        await vscode.commands.executeCommand("workbench.action.openSettings", `${section}.server.path`);
        break;
      case "Show Output":
        this.output.show(true);
        break;
    }
  }
}
