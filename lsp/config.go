package lsp

import (
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"
)

// ConfigSection is the section of the client's settings the server reads:
// "secrets-lsp": { "diagnosticsDelay": "50ms" }.
const ConfigSection = "secrets-lsp"

// Config is the part of the server's behaviour the user can set.
type Config struct {
	// DiagnosticsDelay: see Options.DiagnosticsDelay. JSON: a Go duration
	// string ("50ms") or a number of milliseconds.
	DiagnosticsDelay time.Duration
}

var configKeys = []string{"diagnosticsDelay"}

// parseConfig reads the settings section raw over base. Unknown keys are
// errors: a misspelt setting should not be silently ignored.
func parseConfig(raw json.RawMessage, base Config) (Config, error) {
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(raw, &obj); err != nil {
		return base, fmt.Errorf("%s settings are not a JSON object", ConfigSection)
	}
	cfg := base
	var errs []error
	for _, k := range slices.Sorted(maps.Keys(obj)) {
		switch k {
		case "diagnosticsDelay":
			d, err := parseDuration(obj[k])
			if err != nil {
				errs = append(errs, fmt.Errorf("diagnosticsDelay: %v", err))
				continue
			}
			cfg.DiagnosticsDelay = d
		default:
			errs = append(errs, fmt.Errorf("unknown setting %q (known: %s)", truncate(k), strings.Join(configKeys, ", ")))
		}
	}
	return cfg, errors.Join(errs...)
}

// findSection returns the server's section of settings pushed by a client
// (didChangeConfiguration, initializationOptions): the value under
// ConfigSection, or the object itself if it has one of our keys; nil when
// the settings are someone else's.
func findSection(raw json.RawMessage) json.RawMessage {
	var obj map[string]json.RawMessage
	if json.Unmarshal(raw, &obj) != nil {
		return nil
	}
	if inner, ok := obj[ConfigSection]; ok {
		return inner
	}
	for _, k := range configKeys {
		if _, ok := obj[k]; ok {
			return raw
		}
	}
	return nil
}

func parseDuration(v json.RawMessage) (time.Duration, error) {
	var ms float64
	if json.Unmarshal(v, &ms) == nil {
		if ms < 0 || ms > 60e3 {
			return 0, fmt.Errorf("%v ms is out of range 0..60000", ms)
		}
		return time.Duration(ms * float64(time.Millisecond)), nil
	}
	var s string
	if err := json.Unmarshal(v, &s); err != nil {
		return 0, errors.New("want a duration such as \"50ms\" or a number of milliseconds")
	}
	d, err := time.ParseDuration(s)
	if err != nil {
		return 0, errors.New("want a duration such as \"50ms\" or a number of milliseconds")
	}
	if d < 0 || d > time.Minute {
		return 0, fmt.Errorf("%v is out of range 0..1m", d)
	}
	return d, nil
}
