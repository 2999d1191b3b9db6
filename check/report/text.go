package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/secrets-lsp/secrets-lsp/check"
)

// ANSI escapes of the text format.
const (
	bold   = "\x1b[1m"
	dim    = "\x1b[2m"
	red    = "\x1b[31m"
	green  = "\x1b[32m"
	yellow = "\x1b[33m"
	cyan   = "\x1b[36m"
	reset  = "\x1b[0m"
)

type painter bool

func (p painter) paint(style, s string) string {
	if !p || s == "" {
		return s
	}
	return style + s + reset
}

func severityStyle(s check.Severity) string {
	switch s {
	case check.Error:
		return bold + red
	case check.Warning:
		return bold + yellow
	}
	return bold + cyan
}

// location writes FILE:LINE:COL, or FILE for a whole file.
func location(o Options, p check.Location) string {
	name := o.path(p.Filename)
	if p.Line == 0 {
		return name
	}
	return fmt.Sprintf("%s:%d:%d", name, p.Line, p.Column)
}

// WriteText writes one line per finding, `file:line:col: severity: message
// [code]`, its related places and detail indented below it, then a
// summary line (not when quiet).
func WriteText(w io.Writer, r *check.Report, o Options) error {
	out := bufio.NewWriter(w)
	c := painter(o.Color)
	for _, f := range o.findings(r) {
		// A message of several lines (Nix's "Definition values:") keeps
		// the first on the finding's line, the code at its end.
		first, rest, _ := strings.Cut(f.Message, "\n")
		fmt.Fprintf(out, "%s: %s: %s %s\n", c.paint(bold, location(o, f.Pos)), c.paint(severityStyle(f.Severity), f.Severity.String()),
			first, c.paint(dim, "["+f.Code+"]"))
		if rest != "" {
			for _, line := range strings.Split(rest, "\n") {
				fmt.Fprintf(out, "    %s\n", line)
			}
		}
		for _, rel := range f.Related {
			fmt.Fprintf(out, "    %s: %s\n", location(o, rel.Pos), rel.Message)
		}
		if f.Detail != "" {
			for _, line := range strings.Split(strings.TrimSuffix(f.Detail, "\n"), "\n") {
				fmt.Fprintf(out, "    %s\n", paintDiffLine(c, line))
			}
		}
	}
	if !o.Quiet {
		fmt.Fprintln(out, Summary(r))
	}
	return out.Flush()
}

// paintDiffLine colours the lines of a unified diff.
func paintDiffLine(c painter, line string) string {
	switch {
	case strings.HasPrefix(line, "+++ ") || strings.HasPrefix(line, "--- "):
		return c.paint(bold, line)
	case strings.HasPrefix(line, "@@"):
		return c.paint(cyan, line)
	case strings.HasPrefix(line, "+"):
		return c.paint(green, line)
	case strings.HasPrefix(line, "-"):
		return c.paint(red, line)
	}
	return line
}

// Summary is the last line of the text report: how many errors and
// warnings, and how many files were read.
func Summary(r *check.Report) string {
	files := plural(r.Files, "file")
	e, w := r.Count(check.Error), r.Count(check.Warning)
	if e == 0 && w == 0 {
		return "no problems found (" + files + " checked)"
	}
	return fmt.Sprintf("%s, %s (%s checked)", plural(e, "error"), plural(w, "warning"), files)
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}
