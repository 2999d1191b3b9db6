package check

import (
	"cmp"
	"slices"

	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// Severity ranks a finding. Errors fail the check (exit status 1).
type Severity int

const (
	Error Severity = iota
	Warning
	Info
)

var severityNames = [...]string{Error: "error", Warning: "warning", Info: "info"}

// String returns "error", "warning" or "info".
func (s Severity) String() string { return severityNames[s] }

// Codes of the findings --check makes itself. Analysis diagnostics keep
// their codes (E1…E9, unknown-recipient, …) and so do sopsfile's issues
// (sops-…).
const (
	CodeDrift            = "sops-yaml-drift"         // the committed .sops.yaml is not the generated one
	CodeNoSopsYAML       = "sops-yaml-missing"       // the policy declares secrets but there is no .sops.yaml
	CodeStale            = "stale-recipient"         // a key that may no longer decrypt still can
	CodeMissing          = "missing-recipient"       // a key that may decrypt cannot yet
	CodeKeyGroups        = "key-groups-mismatch"     // the file's key groups or threshold differ from the rule's
	CodeNoFile           = "missing-file"            // a declared secret's file does not exist
	CodeUndeclared       = "undeclared-file"         // a file in a group's directory that no secret declares
	CodePlaintextFile    = "plaintext-file"          // a file that must be encrypted has no SOPS metadata
	CodePlaintextValue   = "plaintext-value"         // a value SOPS would have encrypted is in clear
	CodePlaintextComment = "plaintext-comment"       // a comment SOPS would have encrypted is in clear
	CodeCorrupt          = "sops-corrupt"            // a file no SOPS store can read
	CodeUnreadable       = "unreadable"              // a file or directory that cannot be read at all
	CodeNotCompared      = "recipients-not-compared" // a secret's recipients follow from policy errors: its file is not compared
	CodeNotEvaluated     = "policy-not-evaluated"    // parts of the policy the analysis cannot evaluate: .sops.yaml not compared
	CodeCanDecrypt       = "can-decrypt"             // --who-can-decrypt in SARIF and annotations: a key that can decrypt a file
)

// Location is a place in a file: its position (Line and Column are 0 for
// the whole file), and the file it was computed from, which maps it to
// columns in other units (SARIF counts UTF-16 code units). Source is nil
// when the file was not read, or its position is at the start of a line.
type Location struct {
	token.Position
	Source *token.File
}

// at locates offset p of src.
func at(src *token.File, p token.Pos) Location { return Location{src.Position(p), src} }

// wholeFile locates a file as a whole.
func wholeFile(name string) Location { return Location{Position: token.Position{Filename: name}} }

// Column16 returns the location's 1-based column in UTF-16 code units, as
// SARIF and LSP count them (the byte column when the source is unknown).
func (l Location) Column16() int {
	if l.Source == nil || l.Line == 0 {
		return l.Column
	}
	_, c := l.Source.LSPPosition(token.Pos(l.Offset), token.UTF16)
	return c + 1
}

// Finding is one problem at one place. Pos.Filename is a path relative to
// the checked root, with '/' separators; Line and Column are 0 when the
// finding is about a whole file.
type Finding struct {
	Pos      Location
	Severity Severity
	Code     string
	// Message is one line. It names files, key paths and keys, never a
	// secret value.
	Message string
	// Detail is more text, several lines: a unified diff, a runbook.
	Detail  string
	Related []Related
}

// Related is another place that explains a finding.
type Related struct {
	Pos     Location
	Message string
}

// Report is the outcome of one check.
type Report struct {
	Findings []Finding // sorted by file, position, severity
	// Files is the number of files read: declared secrets, files in the
	// groups' directories, files a hand-written rule covers.
	Files int
}

// Count returns the number of findings of severity s.
func (r *Report) Count(s Severity) int {
	n := 0
	for _, f := range r.Findings {
		if f.Severity == s {
			n++
		}
	}
	return n
}

// Failed reports whether the check fails: some finding is an error.
func (r *Report) Failed() bool { return r.Count(Error) > 0 }

// sortFindings orders findings by file, line, column, severity, code and
// message, so that reports are stable from run to run.
func sortFindings(fs []Finding) {
	slices.SortStableFunc(fs, func(a, b Finding) int {
		return cmp.Or(
			cmp.Compare(a.Pos.Filename, b.Pos.Filename),
			cmp.Compare(a.Pos.Line, b.Pos.Line),
			cmp.Compare(a.Pos.Column, b.Pos.Column),
			cmp.Compare(a.Severity, b.Severity),
			cmp.Compare(a.Code, b.Code),
			cmp.Compare(a.Message, b.Message),
		)
	})
}

// Merge returns one report of several, as for several flakes checked in
// one run.
func Merge(reports ...*Report) *Report {
	out := &Report{}
	for _, r := range reports {
		out.Findings = append(out.Findings, r.Findings...)
		out.Files += r.Files
	}
	sortFindings(out.Findings)
	return out
}
