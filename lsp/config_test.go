package lsp

import (
	"encoding/json"
	"testing"
	"time"
)

func TestParseConfig(t *testing.T) {
	base := Config{DiagnosticsDelay: 7 * time.Millisecond}
	tests := []struct {
		raw     string
		want    time.Duration
		wantErr bool
	}{
		{`{}`, 7 * time.Millisecond, false},
		{`{"diagnosticsDelay": "50ms"}`, 50 * time.Millisecond, false},
		{`{"diagnosticsDelay": 12.5}`, 12500 * time.Microsecond, false},
		{`{"diagnosticsDelay": 0}`, 0, false},
		{`{"diagnosticsDelay": "soon"}`, 7 * time.Millisecond, true},
		{`{"diagnosticsDelay": -1}`, 7 * time.Millisecond, true},
		{`{"diagnosticsDelay": "2h"}`, 7 * time.Millisecond, true},
		{`{"diagnosticsDelay": true}`, 7 * time.Millisecond, true},
		{`{"diagnosticsDelay": "5ms", "diagnosticDelay": 1}`, 5 * time.Millisecond, true}, // the good key still applies
		{`[1]`, 7 * time.Millisecond, true},
		{`null`, 7 * time.Millisecond, false},
	}
	for _, tt := range tests {
		got, err := parseConfig(json.RawMessage(tt.raw), base)
		if got.DiagnosticsDelay != tt.want || (err != nil) != tt.wantErr {
			t.Errorf("parseConfig(%s) = %v, %v; want %v, error %v", tt.raw, got.DiagnosticsDelay, err, tt.want, tt.wantErr)
		}
	}
}

func TestFindSection(t *testing.T) {
	tests := []struct{ raw, want string }{
		{`{"secrets-lsp": {"diagnosticsDelay": 1}, "gopls": {}}`, `{"diagnosticsDelay": 1}`},
		{`{"diagnosticsDelay": 1}`, `{"diagnosticsDelay": 1}`},
		{`{"gopls": {"x": 1}}`, ``}, // someone else's settings: not ours to judge
		{`null`, ``},
		{``, ``},
		{`"x"`, ``},
	}
	for _, tt := range tests {
		if got := string(findSection(json.RawMessage(tt.raw))); got != tt.want {
			t.Errorf("findSection(%s) = %s, want %s", tt.raw, got, tt.want)
		}
	}
}
