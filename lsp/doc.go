// Package lsp is the secrets-lsp language server: the Language Server
// Protocol over JSON-RPC (go.lsp.dev/jsonrpc2, go.lsp.dev/protocol), in front
// of the providers that know about Nix and the secrets policy.
//
// Serve runs one session on a pair of streams. The server owns the protocol:
// the lifecycle (initialize, shutdown, exit), cancellation, workspace folders,
// configuration, file watching, text synchronisation and the position
// encoding. It keeps the editor's documents in a workspace.Session and hands
// immutable snapshots of it to feature.Providers, which answer in file paths
// and byte offsets; every conversion to and from LSP positions goes through
// nixparse/token.File.
//
// Concurrency: messages are read one at a time. Notifications and the parts
// of requests that read state run on the reading goroutine, in order, so a
// request always sees every edit sent before it; the work of a request
// (hover, completion) then runs on its own goroutine against the snapshot it
// captured, and can be cancelled with $/cancelRequest. Diagnostics are
// computed by one background worker that coalesces rapid edits.
package lsp
