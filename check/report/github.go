package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/secrets-lsp/secrets-lsp/check"
)

// WriteGitHub writes one GitHub Actions workflow command per finding
// (::error, ::warning or ::notice, with file, line, col and the code as
// title), which the workflow run shows as annotations on the files, then
// the summary line as plain text (not when quiet).
func WriteGitHub(w io.Writer, r *check.Report, o Options) error {
	out := bufio.NewWriter(w)
	writeAnnotations(out, o, o.findings(r))
	if !o.Quiet {
		fmt.Fprintln(out, "secrets-lsp: "+Summary(r))
	}
	return out.Flush()
}

func writeAnnotations(out io.Writer, o Options, findings []check.Finding) {
	for _, f := range findings {
		cmd := "notice"
		switch f.Severity {
		case check.Error:
			cmd = "error"
		case check.Warning:
			cmd = "warning"
		}
		props := "file=" + escapeProperty(o.path(f.Pos.Filename))
		if f.Pos.Line > 0 {
			props += fmt.Sprintf(",line=%d,col=%d", f.Pos.Line, f.Pos.Column)
		}
		props += ",title=" + escapeProperty(f.Code)
		text := f.Message
		if f.Detail != "" {
			text += "\n" + f.Detail
		}
		fmt.Fprintf(out, "::%s %s::%s\n", cmd, props, escapeData(text))
	}
}

// escapeData escapes a workflow command's message as the runner's
// toolkit does (@actions/core, escapeData).
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// escapeProperty escapes a workflow command's property value
// (@actions/core, escapeProperty).
func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
