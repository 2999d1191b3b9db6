// Package feature is the interface between the language server and the code
// that answers questions about a workspace: diagnostics, hover, completion.
//
// A Provider sees one immutable Snapshot of the workspace (open editor buffers
// laid over the disk, as an io/fs.FS) and speaks in file paths and byte
// offsets (token.Pos). The server alone converts to and from LSP positions, in
// whatever encoding the client negotiated, through nixparse/token.File.
//
// Every Provider computes diagnostics. The other features are optional
// interfaces (Hoverer, Completer) that a Provider implements when it can; the
// server advertises a capability only if some provider implements it. A new
// feature (definition, references, rename, code actions, symbols, inlay hints)
// is one more optional interface here and one more handler in the server;
// existing providers keep compiling.
package feature

import (
	"context"
	"io/fs"

	"go.lsp.dev/protocol"

	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// Snapshot is one consistent, immutable view of the workspace. Paths are
// io/fs paths (slash-separated, unrooted) in the server's file system; open
// documents shadow the files on disk, and files that exist only in the editor
// appear in their directories.
//
// Reading the same path twice from one Snapshot gives the same bytes, even if
// the disk changes in between, so byte offsets computed from one read stay
// valid for the server's conversion. A Snapshot is safe for concurrent use.
type Snapshot interface {
	fs.ReadFileFS
	fs.ReadDirFS
	fs.StatFS

	// ID increases with every change: an edit, an open or a close, files
	// changed on disk, workspace folders changed.
	ID() uint64

	// FSRoot returns the absolute directory of the machine that the root of
	// the file system stands for ("/" unless the server was told otherwise),
	// so that absolute paths can be found in it.
	FSRoot() string

	// Folders returns the paths of the workspace folders, in the order the
	// client gave them.
	Folders() []string

	// OpenFiles returns the paths of the documents open in the editor, sorted.
	OpenFiles() []string

	// File returns the content of path with its line index. Unlike ReadFile
	// it does not copy: callers must not modify File(path).Source(). The
	// returned File is the one the server uses to convert the offsets a
	// Provider reports for path.
	File(path string) (*token.File, error)
}

// Provider computes the diagnostics of a snapshot.
type Provider interface {
	// Name identifies the provider in logs.
	Name() string

	// Diagnose reports the problems in snap, in any of its files, open or
	// not. It runs off the request goroutine; it must return promptly once
	// ctx is cancelled. The server publishes the union of all providers'
	// diagnostics for every file that has or had some, and clears a file's
	// diagnostics once no provider reports any for it.
	Diagnose(ctx context.Context, snap Snapshot) ([]Diagnostic, error)
}

// Hoverer is a Provider that can describe what is at a position.
type Hoverer interface {
	Provider

	// Hover returns the information at offset pos of path, or nil if there
	// is none. The server uses the first non-nil answer among providers.
	Hover(ctx context.Context, snap Snapshot, path string, pos token.Pos) (*Hover, error)
}

// Completer is a Provider that can suggest what to type at a position.
type Completer interface {
	Provider

	// Complete returns the suggestions at offset pos of path. The server
	// concatenates the answers of all providers.
	Complete(ctx context.Context, snap Snapshot, path string, pos token.Pos) ([]CompletionItem, error)

	// TriggerCharacters returns the characters that make the editor ask
	// for completion without an explicit request (e.g. `"` in a list).
	TriggerCharacters() []string
}

// Span is a byte range [Start, End) of one file of the snapshot.
type Span struct {
	File       string
	Start, End token.Pos
}

// Severity is how serious a diagnostic is; the values are LSP's.
type Severity = protocol.DiagnosticSeverity

// Severities, most serious first.
const (
	SeverityError   = protocol.DiagnosticSeverityError
	SeverityWarning = protocol.DiagnosticSeverityWarning
	SeverityInfo    = protocol.DiagnosticSeverityInformation
	SeverityHint    = protocol.DiagnosticSeverityHint
)

// Diagnostic is one problem at one place.
type Diagnostic struct {
	Span
	Severity Severity
	// Code identifies the kind of problem (e.g. "syntax"); stable, so that
	// editors and tests can match on it.
	Code string
	// Message is shown to the user. It must not quote secret values.
	Message string
	// Related points at the other places that explain the problem (the list
	// a misspelled recipient should be in).
	Related []Related
}

// Related is a place that explains a Diagnostic.
type Related struct {
	Span
	Message string
}

// Hover is the information shown when pointing at something.
type Hover struct {
	// Markdown is the text to show.
	Markdown string
	// Start and End delimit what the hover is about in the hovered file;
	// token.NoPos lets the editor pick the word under the cursor.
	Start, End token.Pos
}

// CompletionItem is one suggestion.
type CompletionItem struct {
	Label string
	Kind  protocol.CompletionItemKind
	// Detail is a short line shown beside the label (e.g. "admin, age").
	Detail string
	// Documentation is Markdown shown for the selected item.
	Documentation string
	// Edit, if not nil, is what accepting the item does to the file being
	// completed; nil inserts Label at the cursor.
	Edit *Edit
}

// Edit replaces the bytes [Start, End) of a file with NewText.
type Edit struct {
	Start, End token.Pos
	NewText    string
}
