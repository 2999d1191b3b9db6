// Package lsptest drives a secrets-lsp server the way an editor does, for
// tests: a JSON-RPC client over any pair of streams (an in-process server on
// pipes, or the built binary's stdin and stdout), and a marker-test runner
// for txtar fixtures with expectations written inline.
//
// The client is deliberately independent of the server's code: it frames and
// parses messages itself, strictly, so that any deviation from the protocol
// on the server's side fails the test. Everything it receives is kept, and
// tests wait for conditions on it (Await*) with a generous timeout instead of
// sleeping.
package lsptest
