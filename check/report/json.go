package report

import (
	"encoding/json"
	"io"

	"github.com/secrets-lsp/secrets-lsp/check"
)

// JSONVersion is the version of the JSON format. It changes only when a
// field changes meaning or disappears; new fields may appear without it.
const JSONVersion = 1

type jsonReport struct {
	Version  int           `json:"version"`
	Findings []jsonFinding `json:"findings"`
	Summary  jsonSummary   `json:"summary"`
}

type jsonFinding struct {
	File     string        `json:"file"`
	Line     int           `json:"line"`   // 1-based; 0 for the whole file
	Column   int           `json:"column"` // 1-based, in bytes; 0 for the whole file
	Severity string        `json:"severity"`
	Code     string        `json:"code"`
	Message  string        `json:"message"`
	Detail   string        `json:"detail,omitempty"`
	Related  []jsonRelated `json:"related,omitempty"`
}

type jsonRelated struct {
	File    string `json:"file"`
	Line    int    `json:"line"`
	Column  int    `json:"column"`
	Message string `json:"message"`
}

type jsonSummary struct {
	Errors   int `json:"errors"`
	Warnings int `json:"warnings"`
	Infos    int `json:"infos"`
	Files    int `json:"files"` // SOPS files read
}

// WriteJSON writes the report as one JSON object (see the README,
// "secrets-lsp --check", for its fields).
func WriteJSON(w io.Writer, r *check.Report, o Options) error {
	out := jsonReport{Version: JSONVersion, Findings: []jsonFinding{}, Summary: jsonSummary{
		Errors: r.Count(check.Error), Warnings: r.Count(check.Warning), Infos: r.Count(check.Info), Files: r.Files}}
	for _, f := range o.findings(r) {
		jf := jsonFinding{File: o.path(f.Pos.Filename), Line: f.Pos.Line, Column: f.Pos.Column,
			Severity: f.Severity.String(), Code: f.Code, Message: f.Message, Detail: f.Detail}
		for _, rel := range f.Related {
			jf.Related = append(jf.Related, jsonRelated{File: o.path(rel.Pos.Filename), Line: rel.Pos.Line, Column: rel.Pos.Column, Message: rel.Message})
		}
		out.Findings = append(out.Findings, jf)
	}
	return encode(w, out)
}

func encode(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
