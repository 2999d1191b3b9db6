// Package report writes what secrets-lsp --check found, in the formats CI
// systems read: text for people (file:line:col: severity: message [code]),
// JSON (stable, versioned; see the README), SARIF 2.1.0 for GitHub code
// scanning and other SARIF viewers, and GitHub Actions workflow
// annotations. It writes the --who-can-decrypt report in the same formats.
package report

import (
	"fmt"

	"github.com/secrets-lsp/secrets-lsp/check"
)

// Format is an output format.
type Format int

const (
	Text Format = iota
	JSON
	SARIF
	GitHub
)

var formatNames = [...]string{Text: "text", JSON: "json", SARIF: "sarif", GitHub: "github"}

func (f Format) String() string { return formatNames[f] }

// ParseFormat returns the format called name.
func ParseFormat(name string) (Format, error) {
	for f, n := range formatNames {
		if n == name {
			return Format(f), nil
		}
	}
	return 0, fmt.Errorf("unknown format %q (want text, json, sarif or github)", name)
}

// Options says how to write a report.
type Options struct {
	// Path maps a path relative to the checked root to the one printed
	// (relative to the working directory, say); nil prints it as it is.
	Path func(string) string
	// Color colours the text format with ANSI escapes.
	Color bool
	// Version is the tool's version, for SARIF.
	Version string
	// Quiet leaves out everything but errors, and the text summary.
	Quiet bool
}

// findings returns the findings o shows.
func (o Options) findings(r *check.Report) []check.Finding {
	if !o.Quiet {
		return r.Findings
	}
	var out []check.Finding
	for _, f := range r.Findings {
		if f.Severity == check.Error {
			out = append(out, f)
		}
	}
	return out
}

func (o Options) path(p string) string {
	if o.Path == nil || p == "" {
		return p
	}
	return o.Path(p)
}

// severity names in SARIF and GitHub annotations.
func sarifLevel(s check.Severity) string {
	switch s {
	case check.Error:
		return "error"
	case check.Warning:
		return "warning"
	}
	return "note"
}
