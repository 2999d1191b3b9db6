// End to end through Microsoft's protocol layer (vscode-languageserver-protocol
// and vscode-jsonrpc, what VS Code's client is built on): spawns the real
// secrets-lsp binary over stdio, opens the fixture flake and runs
// editors/testdata/cases.json against it.
//
// SECRETS_LSP_BIN names the binary to test; without it the test builds one
// from the repository with `go build`.

import assert from "node:assert/strict";
import * as cp from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, describe, it, type TestContext } from "node:test";
import { fileURLToPath, pathToFileURL } from "node:url";

import {
  ApplyWorkspaceEditRequest,
  CancellationTokenSource,
  CompletionRequest,
  CompletionTriggerKind,
  ConfigurationRequest,
  createProtocolConnection,
  DefinitionRequest,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  type InitializeResult,
  type CancellationToken,
  type ClientCapabilities,
  MarkupKind,
  type ProtocolConnection,
  PublishDiagnosticsNotification,
  type PublishDiagnosticsParams,
  ReferencesRequest,
  RegistrationRequest,
  RenameRequest,
  ShowMessageRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  TextDocumentSyncKind,
  UnregistrationRequest,
  WorkDoneProgressCreateRequest,
  WorkspaceFoldersRequest,
  type Diagnostic,
  type Hover,
  type Location,
  type LocationLink,
  type ServerCapabilities,
  type WorkspaceEdit,
} from "vscode-languageserver-protocol/node";

import {
  applyEdits,
  type Case,
  cursor,
  type DiagnosticsCheck,
  type Fixture,
  fixture,
  loadCases,
  overlaps,
  placed,
  repoRoot,
  spanRange,
  type TextEdit,
} from "./cases";

const cases = loadCases();
const version = fs.readFileSync(path.join(repoRoot, "VERSION"), "utf8").trim();

// Generous for a shared CI machine; a pending case gives up sooner.
const timeoutMs = 15_000;
const pendingTimeoutMs = 3_000;

/** The binary under test: SECRETS_LSP_BIN, or a fresh build of the repository. */
function serverBinary(): string {
  const given = process.env["SECRETS_LSP_BIN"];
  if (given !== undefined && given !== "") return path.resolve(given);
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "secrets-lsp-e2e-")), "secrets-lsp");
  cp.execFileSync("go", ["build", "-ldflags", `-X main.version=${version}`, "-o", out, "./cmd/secrets-lsp"], { cwd: repoRoot, stdio: "inherit" });
  return out;
}

function samePath(a: string, b: string): boolean {
  try {
    return fileURLToPath(a) === fileURLToPath(b);
  } catch {
    return a === b;
  }
}

/** One server process and its connection, with what it has published about fx. */
class Session {
  readonly proc: cp.ChildProcessWithoutNullStreams;
  readonly conn: ProtocolConnection;
  readonly exited: Promise<number | null>;
  capabilities: ServerCapabilities = {};
  initializeResult: InitializeResult | undefined;
  readonly uri: string;
  text: string;
  version = 1;
  private stderr = "";
  private exitCode: number | null | undefined;
  private publishes: PublishDiagnosticsParams[] = [];
  private onPublish: (() => void)[] = [];
  private protocolErrors: string[] = [];

  constructor(bin: string, readonly fx: Fixture) {
    this.uri = pathToFileURL(fx.file).href;
    this.text = fx.text;
    this.proc = cp.spawn(bin, ["--stdio"], { cwd: fx.root, stdio: ["pipe", "pipe", "pipe"] });
    this.proc.stderr.setEncoding("utf8");
    this.proc.stderr.on("data", (chunk: string) => {
      this.stderr += chunk;
    });
    this.exited = new Promise((resolve) => {
      this.proc.on("exit", (code) => {
        this.exitCode = code;
        this.wake();
        resolve(code);
      });
    });
    this.conn = createProtocolConnection(new StreamMessageReader(this.proc.stdout), new StreamMessageWriter(this.proc.stdin));
    this.conn.onError(([err]) => {
      this.protocolErrors.push(err.message);
    });
    this.conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.publishes.push(p);
      this.wake();
    });
    // What VS Code answers when a server asks; none of it should be needed
    // for these cases, but a server may ask.
    this.conn.onRequest(ConfigurationRequest.type, (p) => p.items.map(() => null));
    this.conn.onRequest(RegistrationRequest.type, () => undefined);
    this.conn.onRequest(UnregistrationRequest.type, () => undefined);
    this.conn.onRequest(WorkDoneProgressCreateRequest.type, () => undefined);
    this.conn.onRequest(ShowMessageRequest.type, () => null);
    this.conn.onRequest(ApplyWorkspaceEditRequest.type, () => ({ applied: false, failureReason: "the test applies no edits" }));
    this.conn.onRequest(WorkspaceFoldersRequest.type, () => [{ uri: pathToFileURL(fx.root).href, name: path.basename(fx.root) }]);
    this.conn.listen();
  }

  /** What went wrong on the server's side, to add to a failure. */
  context(): string {
    const parts: string[] = [];
    if (this.exitCode !== undefined) parts.push(`the server exited with status ${String(this.exitCode)}`);
    if (this.protocolErrors.length > 0) parts.push(`protocol errors: ${this.protocolErrors.join("; ")}`);
    const tail = this.stderr.trim().split("\n").slice(-15).join("\n");
    if (tail !== "") parts.push(`server stderr (last lines):\n${tail}`);
    return parts.length === 0 ? "" : `\n${parts.join("\n")}`;
  }

  /** Sends a request (through send) and waits at most ms for its answer. */
  async request<R>(method: string, send: (conn: ProtocolConnection, token: CancellationToken) => Promise<R>, ms: number): Promise<R> {
    const cancel = new CancellationTokenSource();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(new Error(`no answer within ${ms} ms`));
        if (this.exitCode === undefined) cancel.cancel();
      }, ms);
    });
    const died = this.exited.then(() => {
      throw new Error("the server exited before answering");
    });
    try {
      return await Promise.race([send(this.conn, cancel.token), timeout, died]);
    } catch (err) {
      throw new Error(`${method}: ${err instanceof Error ? err.message : String(err)}${this.context()}`);
    } finally {
      clearTimeout(timer);
    }
  }

  /** How many diagnostics publications have arrived so far. */
  get publishCount(): number {
    return this.publishes.length;
  }

  /**
   * Waits until the latest diagnostics for the document, published after the
   * since-th publication, satisfy check (which returns a complaint or "").
   */
  async diagnostics(check: (d: Diagnostic[]) => string, since: number, ms: number): Promise<void> {
    const deadline = Date.now() + ms;
    for (;;) {
      const mine = this.publishes.slice(since).filter((p) => samePath(p.uri, this.uri));
      const latest = mine.at(-1);
      const complaint = latest === undefined ? "no diagnostics were published for the document" : check(latest.diagnostics);
      if (complaint === "") return;
      const left = deadline - Date.now();
      if (left <= 0 || this.exitCode !== undefined) {
        const seen = latest === undefined ? "" : `\nlatest diagnostics: ${JSON.stringify(latest.diagnostics, null, 1)}`;
        throw new Error(`${complaint}${seen}${this.context()}`);
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.onPublish.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  private wake(): void {
    const waiting = this.onPublish;
    this.onPublish = [];
    for (const w of waiting) w();
  }

  kill(): void {
    if (this.exitCode === undefined) this.proc.kill();
    this.conn.dispose();
  }
}

const clientCapabilities: ClientCapabilities = {
  general: { positionEncodings: ["utf-16"] },
  workspace: {
    workspaceFolders: true,
    configuration: true,
    applyEdit: true,
    workspaceEdit: { documentChanges: true },
    didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
  },
  textDocument: {
    synchronization: { dynamicRegistration: true, didSave: true },
    publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true },
    completion: { completionItem: { snippetSupport: true, documentationFormat: [MarkupKind.Markdown, MarkupKind.PlainText] }, contextSupport: true },
    hover: { contentFormat: [MarkupKind.Markdown, MarkupKind.PlainText] },
    definition: { linkSupport: true },
    references: {},
    rename: { prepareSupport: true },
  },
  window: { workDoneProgress: true },
};

function hoverText(h: Hover | null): string {
  if (h === null) return "";
  // contents may still be the deprecated MarkedString forms: a string or { language, value }.
  const part = (m: string | { value: string }): string => (typeof m === "string" ? m : m.value);
  return Array.isArray(h.contents) ? h.contents.map(part).join("\n") : part(h.contents);
}

function locations(r: Location | Location[] | LocationLink[] | null): Location[] {
  if (r === null) return [];
  const list: (Location | LocationLink)[] = Array.isArray(r) ? r : [r];
  return list.map((l) => ("targetUri" in l ? { uri: l.targetUri, range: l.targetSelectionRange } : l));
}

function documentEdits(edit: WorkspaceEdit, docUri: string): TextEdit[] {
  const edits: TextEdit[] = [];
  const add = (uri: string, list: TextEdit[]): void => {
    assert.ok(samePath(uri, docUri), `rename edits another file: ${uri}`);
    edits.push(...list);
  };
  for (const [uri, list] of Object.entries(edit.changes ?? {})) add(uri, list);
  for (const change of edit.documentChanges ?? []) {
    assert.ok("textDocument" in change, `rename makes a file operation: ${JSON.stringify(change)}`);
    add(change.textDocument.uri, change.edits.map((e) => ("newText" in e ? e : assert.fail(`unexpected edit ${JSON.stringify(e)}`))));
  }
  return edits;
}

// LSP 3.18 allows markup in a diagnostic's message.
function messageText(d: Diagnostic): string {
  return typeof d.message === "string" ? d.message : d.message.value;
}

/** The complaint about diagnostics that do not meet check, or "". */
function diagnosticsComplaint(check: DiagnosticsCheck, text: string, got: Diagnostic[]): string {
  for (const e of check.expect) {
    if (e.optional === true) continue;
    const match = got.find((d) =>
      placed(d.range, text, e)
      && (e.severity === undefined || d.severity === e.severity)
      && (e.messageIncludes ?? []).every((m) => messageText(d).includes(m)));
    if (match === undefined) {
      return `no diagnostic ${e.span !== undefined ? "on" : "inside"} ${String(e.span ?? e.inside)} with severity ${String(e.severity)} and a message including ${JSON.stringify(e.messageIncludes ?? [])}`;
    }
  }
  if (check.onlyThese === true) {
    // An error or warning nobody expected; a diagnostic without a severity counts as an error.
    const extra = got.filter((d) => (d.severity ?? 1) <= 2
      && !check.expect.some((e) => placed(d.range, text, e)));
    if (extra.length > 0) return `unexpected diagnostics: ${extra.map((d) => `${JSON.stringify(d.range.start)} ${messageText(d)}`).join("; ")}`;
  }
  return "";
}

async function runCase(s: Session, c: Case, ms: number): Promise<void> {
  assert.ok(s.initializeResult !== undefined, "the server was not initialized (see the first failure)");
  if (c.capability !== undefined) {
    const cap = (s.capabilities as Record<string, unknown>)[c.capability];
    assert.ok(cap !== undefined && cap !== false, `the server does not advertise ${c.capability}`);
  }
  const textDocument = { uri: s.uri };
  switch (c.kind) {
    case "capabilities":
      for (const key of c.require) {
        const cap = (s.capabilities as Record<string, unknown>)[key];
        assert.ok(cap !== undefined && cap !== false, `the server does not advertise ${key}: ${JSON.stringify(s.capabilities)}`);
      }
      return;
    case "serverInfo":
      assert.deepEqual(s.initializeResult.serverInfo, { name: c.serverName, version });
      return;
    case "diagnostics":
      await s.diagnostics((d) => diagnosticsComplaint(c, s.text, d), 0, ms);
      return;
    case "completion": {
      const params = { textDocument, position: cursor(s.text, c.at, c.occurrence), context: { triggerKind: CompletionTriggerKind.Invoked } };
      const r = await s.request(CompletionRequest.method, (conn, token) => conn.sendRequest(CompletionRequest.type, params, token), ms);
      const items = r === null ? [] : Array.isArray(r) ? r : r.items;
      const labels = items.map((i) => i.label.replace(/^"(.*)"$/, "$1"));
      for (const want of c.includes) assert.ok(labels.includes(want), `completion lacks ${want}: ${JSON.stringify(labels)}`);
      for (const bad of c.excludes ?? []) assert.ok(!labels.includes(bad), `completion offers ${bad}: ${JSON.stringify(labels)}`);
      return;
    }
    case "hover": {
      const params = { textDocument, position: cursor(s.text, c.at, c.occurrence) };
      const text = hoverText(await s.request(HoverRequest.method, (conn, token) => conn.sendRequest(HoverRequest.type, params, token), ms));
      for (const want of c.includes) assert.ok(text.includes(want), `hover lacks ${JSON.stringify(want)}:\n${text}`);
      for (const bad of c.excludes ?? []) assert.ok(!text.includes(bad), `hover has ${JSON.stringify(bad)}:\n${text}`);
      return;
    }
    case "definition":
    case "references": {
      const position = cursor(s.text, c.at, c.occurrence);
      const got = c.kind === "definition"
        ? locations(await s.request(DefinitionRequest.method, (conn, token) => conn.sendRequest(DefinitionRequest.type, { textDocument, position }, token), ms))
        : locations(await s.request(ReferencesRequest.method, (conn, token) =>
          conn.sendRequest(ReferencesRequest.type, { textDocument, position, context: { includeDeclaration: c.includeDeclaration } }, token), ms));
      const shown = JSON.stringify(got.map((l) => l.range.start));
      for (const e of c.expect) {
        const want = spanRange(s.text, e.overlaps, e.occurrence);
        assert.ok(got.some((l) => samePath(l.uri, s.uri) && overlaps(l.range, want)), `no ${c.kind} location on ${e.overlaps}: ${shown}`);
      }
      assert.equal(got.length, c.expect.length, `${c.kind}: expected ${c.expect.length} locations, got ${shown}`);
      return;
    }
    case "rename": {
      const params = { textDocument, position: cursor(s.text, c.at, c.occurrence), newName: c.newName };
      const edit = await s.request(RenameRequest.method, (conn, token) => conn.sendRequest(RenameRequest.type, params, token), ms);
      assert.ok(edit !== null, "rename returned no edit");
      assert.equal(applyEdits(s.text, documentEdits(edit, s.uri)), s.text.split(c.result.replaceAll).join(c.result.with));
      return;
    }
    case "edit": {
      const before = c.before;
      if (before !== undefined) await s.diagnostics((d) => diagnosticsComplaint(before, s.text, d), 0, ms);
      const range = spanRange(s.text, c.replace);
      const since = s.publishCount;
      s.text = applyEdits(s.text, [{ range, newText: c.with }]);
      s.version++;
      const incremental = syncKind(s.capabilities) === TextDocumentSyncKind.Incremental;
      await s.conn.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri: s.uri, version: s.version },
        contentChanges: incremental ? [{ range, text: c.with }] : [{ text: s.text }],
      });
      await s.diagnostics((d) => diagnosticsComplaint(c.then, s.text, d), since, ms);
      return;
    }
  }
}

function syncKind(caps: ServerCapabilities): number | undefined {
  const sync = caps.textDocumentSync;
  return typeof sync === "number" ? sync : sync?.change;
}

function notePassingPending(t: TestContext, suite: string, c: Case): void {
  if (c.pending === undefined) return;
  const note = `pending case passes now: delete its "pending" line in editors/testdata/cases.json (${suite}: ${c.name})`;
  t.diagnostic(note);
  console.log(`NOTE: ${note}`);
}

const bin = serverBinary();

for (const suite of cases.suites) {
  const fx = fixture(suite);
  void describe(`secrets-lsp over stdio, through vscode-languageserver-protocol: ${suite.name} (${path.relative(repoRoot, fx.file)})`, () => {
    let s: Session | undefined;
    const session = (): Session => s ?? assert.fail("the server did not start");

    before(() => {
      s = new Session(bin, fx);
    });
    after(() => {
      s?.kill();
    });

    it("initialize, initialized, didOpen", async () => {
      const sess = session();
      const root = { uri: pathToFileURL(fx.root).href, name: path.basename(fx.root) };
      const params = {
        processId: process.pid,
        clientInfo: { name: "secrets-lsp e2e (vscode-languageserver-protocol)" },
        rootUri: root.uri,
        workspaceFolders: [root],
        capabilities: clientCapabilities,
      };
      const result = await sess.request(InitializeRequest.method, (conn, token) => conn.sendRequest(InitializeRequest.type, params, token), timeoutMs);
      assert.equal(typeof result.capabilities, "object");
      sess.initializeResult = result;
      sess.capabilities = result.capabilities;
      await sess.conn.sendNotification(InitializedNotification.type, {});
      await sess.conn.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri: sess.uri, languageId: "nix", version: sess.version, text: sess.text },
      });
    });

    for (const c of suite.cases) {
      it(c.name, { todo: c.pending }, async (t) => {
        await runCase(session(), c, c.pending === undefined ? timeoutMs : pendingTimeoutMs);
        notePassingPending(t, suite.name, c);
      });
    }

    it("shutdown, then exit: the server ends with status 0", async () => {
      const sess = session();
      const r = await sess.request(ShutdownRequest.method, (conn, token) => conn.sendRequest<unknown>(ShutdownRequest.method, token), timeoutMs);
      assert.equal(r, null);
      await sess.conn.sendNotification(ExitNotification.type);
      const code = await Promise.race([sess.exited, new Promise<string>((resolve) => {
        setTimeout(() => {
          resolve("still running");
        }, timeoutMs).unref();
      })]);
      assert.equal(code, 0, `after exit: ${String(code)}${sess.context()}`);
    });
  });
}
