package report

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"strings"

	"github.com/secrets-lsp/secrets-lsp/check"
)

// The SARIF 2.1.0 subset written here: one run, the rules that occur,
// one result per finding. Paths are relative to %SRCROOT%, the directory
// the paths are relative to (the repository root in CI). Columns are in
// UTF-16 code units, SARIF's default columnKind (utf16CodeUnits).
type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool    sarifTool     `json:"tool"`
	Results []sarifResult `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version,omitempty"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string       `json:"id"`
	ShortDescription     sarifMessage `json:"shortDescription"`
	DefaultConfiguration sarifConfig  `json:"defaultConfiguration"`
	HelpURI              string       `json:"helpUri"`
}

type sarifConfig struct {
	Level string `json:"level"`
}

type sarifMessage struct {
	Text string `json:"text"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             sarifMessage      `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	RelatedLocations    []sarifLocation   `json:"relatedLocations,omitempty"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
}

type sarifLocation struct {
	ID               *int          `json:"id,omitempty"`
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
	Message          *sarifMessage `json:"message,omitempty"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           *sarifRegion  `json:"region"`
}

type sarifArtifact struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn,omitempty"`
}

const (
	sarifSchema = "https://json.schemastore.org/sarif-2.1.0.json"
	homepage    = "https://github.com/secrets-lsp/secrets-lsp"
	rulesDoc    = homepage + "#secrets-lsp---check"
)

// WriteSARIF writes the report as a SARIF 2.1.0 log, for GitHub code
// scanning (github/codeql-action/upload-sarif) and other SARIF viewers.
func WriteSARIF(w io.Writer, r *check.Report, o Options) error {
	return writeSARIF(w, o, o.findings(r))
}

func writeSARIF(w io.Writer, o Options, findings []check.Finding) error {
	run := sarifRun{
		Tool:    sarifTool{Driver: sarifDriver{Name: "secrets-lsp", Version: o.Version, InformationURI: homepage, Rules: []sarifRule{}}},
		Results: []sarifResult{},
	}
	ruleIndex := map[string]int{}
	for _, f := range findings {
		i, ok := ruleIndex[f.Code]
		if !ok {
			i = len(run.Tool.Driver.Rules)
			ruleIndex[f.Code] = i
			run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, sarifRule{
				ID: f.Code, ShortDescription: sarifMessage{Text: check.DescribeCode(f.Code)},
				DefaultConfiguration: sarifConfig{Level: sarifLevel(check.DefaultSeverity(f.Code))}, HelpURI: rulesDoc})
		}
		text := f.Message
		if f.Detail != "" {
			text += "\n\n" + f.Detail
		}
		res := sarifResult{RuleID: f.Code, RuleIndex: i, Level: sarifLevel(f.Severity), Message: sarifMessage{Text: text},
			Locations:           []sarifLocation{{PhysicalLocation: physical(o, f.Pos)}},
			PartialFingerprints: map[string]string{"secretsLsp/v1": fingerprint(o, f)}}
		for j, rel := range f.Related {
			id := j + 1
			res.RelatedLocations = append(res.RelatedLocations, sarifLocation{ID: &id, PhysicalLocation: physical(o, rel.Pos), Message: &sarifMessage{Text: rel.Message}})
		}
		run.Results = append(run.Results, res)
	}
	return encode(w, sarifLog{Schema: sarifSchema, Version: "2.1.0", Runs: []sarifRun{run}})
}

func physical(o Options, p check.Location) sarifPhysical {
	// A finding about a whole file points at its first line: code
	// scanning shows results at a region.
	ph := sarifPhysical{ArtifactLocation: sarifArtifact{URI: uriPath(o.path(p.Filename)), URIBaseID: "%SRCROOT%"},
		Region: &sarifRegion{StartLine: max(p.Line, 1), StartColumn: p.Column16()}}
	return ph
}

// uriPath writes a relative file path as a URI reference: '/'-separated,
// with the characters URIs reserve percent-encoded.
func uriPath(p string) string {
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		c := p[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte("-._~/!$&'()*+,;=:@", c) >= 0 {
			b.WriteByte(c)
			continue
		}
		b.WriteString("%" + strings.ToUpper(hex.EncodeToString([]byte{c})))
	}
	return b.String()
}

// fingerprint identifies a finding across runs independently of its line,
// so that code scanning keeps one alert when lines move.
func fingerprint(o Options, f check.Finding) string {
	sum := sha256.Sum256([]byte(f.Code + "\x00" + o.path(f.Pos.Filename) + "\x00" + f.Message))
	return hex.EncodeToString(sum[:16])
}
