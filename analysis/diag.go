package analysis

import (
	"sort"

	"github.com/secrets-lsp/secrets-lsp/analysis/eval"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// Span is a byte range [Start, End) of one file; File is an io/fs path of
// the analysed file system.
type Span struct {
	File       string
	Start, End token.Pos
}

// IsValid reports whether s names a place.
func (s Span) IsValid() bool { return s.File != "" }

// Contains reports whether offset pos of file lies in s (its end included,
// so that a cursor just after a word is on it).
func (s Span) Contains(file string, pos token.Pos) bool {
	return s.File == file && s.Start <= pos && pos <= s.End
}

func spanOf(o eval.Origin) Span {
	if o.Src == nil {
		return Span{}
	}
	return Span{File: o.Src.Path, Start: o.Start, End: o.End}
}

// Severity is how serious a diagnostic is.
type Severity uint8

const (
	SeverityError Severity = iota + 1
	SeverityWarning
	SeverityInfo
	SeverityHint
)

func (s Severity) String() string {
	switch s {
	case SeverityError:
		return "error"
	case SeverityWarning:
		return "warning"
	case SeverityInfo:
		return "info"
	}
	return "hint"
}

// Diagnostic codes. The module's own errors carry the numbers of
// docs/policy.md ("E1" … "E9"); the module system's errors, evaluation
// failures and the analysis' warnings have names.
const (
	CodeInvalidName       = "E1"
	CodeDuplicateName     = "E2"
	CodeNoKey             = "E3"
	CodeUnknownKeyType    = "E4"
	CodeInvalidKey        = "E5"
	CodeInvalidDirectory  = "E6"
	CodeInvalidFile       = "E7"
	CodeNoRecipient       = "E8"
	CodeDuplicateFile     = "E9"
	CodeUnknownRecipient  = "unknown-recipient"   // a name not in the enum of admins or targets
	CodeUnknownOption     = "unknown-option"      // an option that does not exist (a typo)
	CodeWrongType         = "wrong-type"          // a definition of the wrong type
	CodeMissingName       = "missing-name"        // a recipient without name
	CodeReadOnly          = "read-only"           // a computed option set by hand
	CodeConflict          = "conflicting-values"  // two different values for one string option
	CodeEval              = "eval-error"          // evaluation certainly fails (throw, missing attribute, …)
	CodeSyntax            = "syntax"              // a parse error or undefined variable
	CodeSharedKey         = "shared-key"          // warning: one key under two recipient names
	CodeAdminAndTarget    = "admin-and-target"    // warning: a name in both admins and targets
	CodeStarBesideNames   = "star-beside-names"   // warning: "*" beside names in targets
	CodeModuleNotImported = "module-not-imported" // warning: flake.secrets without the module
	CodeNotPolicy         = "not-the-policy"      // warning: flake.secret or the like, a flake output of its own
	CodeNotReached        = "not-imported"        // info: a module file no flake imports
	CodeStopped           = "evaluation-stopped"  // warning: evaluation ran into a bound; some values are unknown
)

// failureCode is the code of a certain evaluation failure: that of the
// module system's check when one failed on an option of the flake's own
// modules, CodeEval otherwise.
func failureCode(err *eval.Error) string {
	switch err.Check {
	case eval.TypeCheck:
		return CodeWrongType
	case eval.ExistsCheck:
		return CodeUnknownOption
	case eval.ConflictCheck:
		return CodeConflict
	}
	return CodeEval
}

// failureDiagnostics are the error of a certain evaluation failure, at the
// place Nix names, with the places that explain it; and, when Nix names
// the call that decodes a file (fromTOML), the same error again on the
// line of the file to fix, pointing back at the call.
func failureDiagnostics(err *eval.Error) []Diagnostic {
	d := Diagnostic{Span: spanOf(err.O), Severity: SeverityError, Code: failureCode(err), Message: err.Msg}
	for _, n := range err.Notes {
		d.Related = append(d.Related, Related{Span: spanOf(n.O), Message: n.Msg})
	}
	in := spanOf(err.In)
	if !in.IsValid() || in == d.Span {
		return []Diagnostic{d}
	}
	at := Diagnostic{Span: in, Severity: d.Severity, Code: d.Code, Message: d.Message}
	for _, r := range d.Related {
		if r.Span != in {
			at.Related = append(at.Related, r)
		}
	}
	at.Related = append(at.Related, Related{Span: d.Span, Message: "where Nix reports the error"})
	return []Diagnostic{d, at}
}

// Diagnostic is one problem at one place.
type Diagnostic struct {
	Span
	Severity Severity
	Code     string
	// Message is the text Nix prints for the same problem (for the
	// module's errors and the module system's, byte for byte; the
	// "Definition values" of values the analysis cannot know are left
	// out), or the analysis' own for warnings.
	Message string
	// Hint is the analysis' own advice, beyond Nix's message: the name a
	// typo most likely meant ("did you mean \"server1\"?").
	Hint    string
	Related []Related
	Fixes   []Fix
}

// Related is another place that explains a diagnostic.
type Related struct {
	Span
	Message string
}

// Fix is a suggested change, such as the recipient name a typo most likely
// meant.
type Fix struct {
	Title string
	Edits []Edit
}

// Edit replaces the bytes of Span with NewText.
type Edit struct {
	Span
	NewText string
}

// sortDiagnostics orders diagnostics by file and position, errors first at
// one place, keeping the order of equal ones.
func sortDiagnostics(ds []Diagnostic) {
	sort.SliceStable(ds, func(i, j int) bool {
		a, b := ds[i], ds[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		return a.Severity < b.Severity
	})
}
