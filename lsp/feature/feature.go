// Package feature is the interface between the language server and the code
// that answers questions about a workspace: diagnostics, hover, completion.
//
// A Provider sees one immutable Snapshot of the workspace (open editor buffers
// laid over the disk, as an io/fs.FS) and speaks in file paths and byte
// offsets (token.Pos). The server alone converts to and from LSP positions, in
// whatever encoding the client negotiated, through nixparse/token.File.
//
// Every Provider computes diagnostics. The other features are optional
// interfaces (Hoverer, Completer, Definer, Referencer, Renamer, CodeActioner,
// Commander, Symbolizer, InlayHinter) that a Provider implements when it can;
// the server advertises a capability only if some provider implements it.
//
// A provider refuses a request the user made in vain (renaming a name that
// an expression computes, an invalid new name) with a Refusal: the server
// sends its message to the editor, which shows it.
package feature

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
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

// QuickDiagnoser is a Provider that can sometimes diagnose a snapshot at
// once, from what it computed for an earlier one. The server then calls
// Diagnose on the newest snapshot off its diagnostics goroutine, once the
// edits pause, and publishes that answer (the same, unless more changed).
type QuickDiagnoser interface {
	Provider

	// QuickDiagnose returns the diagnostics of snap, exactly those Diagnose
	// will return, when it can tell them at once; ok is false otherwise.
	QuickDiagnose(ctx context.Context, snap Snapshot) (ds []Diagnostic, ok bool)
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

// Definer is a Provider that can say where the thing at a position is
// declared.
type Definer interface {
	Provider

	// Definition returns the declarations of what is at offset pos of path
	// (several when a name is declared twice); none if there is nothing.
	Definition(ctx context.Context, snap Snapshot, path string, pos token.Pos) ([]Span, error)
}

// Referencer is a Provider that can find every place that refers to the
// thing at a position.
type Referencer interface {
	Provider

	// References returns the places that refer to what is at offset pos of
	// path, in any file, with its declarations when includeDeclaration.
	References(ctx context.Context, snap Snapshot, path string, pos token.Pos, includeDeclaration bool) ([]Span, error)
}

// Renamer is a Provider that can rename the thing at a position everywhere.
type Renamer interface {
	Provider

	// PrepareRename returns the name at offset pos of path that Rename
	// would change, nil if there is nothing to rename there, or a Refusal
	// saying why it cannot be renamed.
	PrepareRename(ctx context.Context, snap Snapshot, path string, pos token.Pos) (*RenameTarget, error)

	// Rename returns the edits that rename what is at offset pos of path to
	// newName, in every file, or a Refusal.
	Rename(ctx context.Context, snap Snapshot, path string, pos token.Pos, newName string) ([]TextEdit, error)
}

// RenameTarget is the name a rename would change.
type RenameTarget struct {
	Start, End token.Pos // in the file asked about
	// Placeholder is the name as the editor should offer it for editing.
	Placeholder string
}

// CodeActioner is a Provider that can offer changes: quick fixes of its
// diagnostics, refactorings, source actions.
type CodeActioner interface {
	Provider

	// CodeActions returns the actions that apply to the bytes [start, end]
	// of path.
	CodeActions(ctx context.Context, snap Snapshot, path string, start, end token.Pos) ([]CodeAction, error)
}

// CodeAction is a change the editor offers: either Edits, applied as they
// are, or a Command the server executes when it is chosen.
type CodeAction struct {
	Title string
	Kind  protocol.CodeActionKind
	// Fixes, if not nil, is the diagnostic the action resolves; the server
	// matches it with the client's diagnostics by range and code.
	Fixes     *Diagnostic
	Preferred bool
	// Disabled, if not empty, says why the action cannot be applied now;
	// the editor shows it greyed out with this reason.
	Disabled string
	Edits    []TextEdit
	Command  *Command
}

// Command is an action the server performs when the client asks
// (workspace/executeCommand).
type Command struct {
	Title string
	Name  string
	Args  []any
}

// Commander is a Provider that executes commands. A command never writes a
// file: it returns the edits, and the server asks the editor to apply them
// (workspace/applyEdit), so that they can be reviewed and undone.
type Commander interface {
	Provider

	// Commands returns the names of the commands the provider executes.
	Commands() []string

	// ExecuteCommand computes the edits of the command name. A nil result
	// means there is nothing to change.
	ExecuteCommand(ctx context.Context, snap Snapshot, name string, args []json.RawMessage) (*WorkspaceEdit, error)
}

// WorkspaceEdit is a set of edits to apply together. An edit of a file that
// does not exist creates it.
type WorkspaceEdit struct {
	// Label names the change on the editor's undo stack.
	Label string
	Edits []TextEdit
}

// Symbolizer is a Provider that can outline a file.
type Symbolizer interface {
	Provider

	// Symbols returns the outline of path.
	Symbols(ctx context.Context, snap Snapshot, path string) ([]Symbol, error)
}

// Symbol is an entry of a file's outline.
type Symbol struct {
	Name   string
	Detail string
	Kind   protocol.SymbolKind
	// Start and End delimit the whole definition; SelectionStart and
	// SelectionEnd its name, within it.
	Start, End                   token.Pos
	SelectionStart, SelectionEnd token.Pos
	Children                     []Symbol
}

// InlayHinter is a Provider that can annotate a file with short labels
// (LSP 3.17 inlay hints).
type InlayHinter interface {
	Provider

	// InlayHints returns the hints of the bytes [start, end] of path.
	InlayHints(ctx context.Context, snap Snapshot, path string, start, end token.Pos) ([]InlayHint, error)
}

// InlayHint is a label shown at a position of a file.
type InlayHint struct {
	Pos   token.Pos
	Label string
	// Tooltip is Markdown shown when pointing at the hint.
	Tooltip                   string
	PaddingLeft, PaddingRight bool
}

// ErrContentModified is returned for a request about a snapshot that a
// newer one has replaced while the answer would have been computed: the
// server answers it as LSP's ContentModified, and the editor asks again.
var ErrContentModified = errors.New("the content was modified since the request")

// Refusal is an error whose message is meant for the user: why a request
// cannot be carried out (the server answers it as RequestFailed).
type Refusal struct{ Message string }

func (r *Refusal) Error() string { return r.Message }

// Refuse returns a Refusal with a formatted message.
func Refuse(format string, args ...any) error {
	return &Refusal{Message: fmt.Sprintf(format, args...)}
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
	// FilterText is what the editor matches the typed text against (the
	// Label if empty); SortText orders the items (the Label if empty).
	FilterText, SortText string
	// Edit, if not nil, is what accepting the item does to the file being
	// completed; nil inserts Label at the cursor.
	Edit *Edit
}

// Edit replaces the bytes [Start, End) of the file being completed with
// NewText.
type Edit struct {
	Start, End token.Pos
	NewText    string
}

// TextEdit replaces the bytes of a Span, in any file, with NewText.
type TextEdit struct {
	Span
	NewText string
}
