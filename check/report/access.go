package report

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/secrets-lsp/secrets-lsp/check"
)

// WriteAccess writes a --who-can-decrypt report in format f.
func WriteAccess(w io.Writer, a *check.Access, f Format, o Options) error {
	switch f {
	case JSON:
		return writeAccessJSON(w, a, o)
	case SARIF:
		return writeSARIF(w, o, a.Findings())
	case GitHub:
		out := bufio.NewWriter(w)
		writeAnnotations(out, o, a.Findings())
		return out.Flush()
	}
	return writeAccessText(w, a, o)
}

// writeAccessText writes, per holder, its keys and a table of the files it
// can decrypt: by the policy, by the metadata, and what to do when they
// disagree.
func writeAccessText(w io.Writer, a *check.Access, o Options) error {
	out := bufio.NewWriter(w)
	c := painter(o.Color)
	for i, h := range a.Holders {
		if i > 0 {
			out.WriteByte('\n')
		}
		fmt.Fprintln(out, c.paint(bold, a.Label(h)))
		if h.Name != "" {
			for _, k := range h.Keys {
				fmt.Fprintf(out, "  %s %s\n", k.Type, k.Key)
			}
		}
		if len(h.Files) == 0 {
			fmt.Fprintln(out, "  can decrypt no file")
			continue
		}
		var table bytes.Buffer
		tw := tabwriter.NewWriter(&table, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "  FILE\tSECRET\tPOLICY\tMETADATA\t")
		policy, meta := 0, 0
		for _, f := range h.Files {
			secret := f.Group + "." + f.Secret
			switch {
			case f.Secret == "" && f.Group != "":
				secret = f.Group + " (undeclared)"
			case f.Secret == "":
				secret = "-"
			}
			note := ""
			switch {
			case f.Stale():
				note = c.paint(bold+red, "stale: revoke and rotate")
			case f.Missing():
				note = c.paint(yellow, "missing: sops updatekeys")
			case f.PolicyErrors:
				note = "not compared: the secret's policy has errors"
			}
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t%s\n", o.path(f.File), secret, yesNoText(f.Policy), f.Metadata, note)
			if f.Policy {
				policy++
			}
			if f.Metadata == check.Present {
				meta++
			}
		}
		tw.Flush()
		for _, line := range strings.SplitAfter(table.String(), "\n") {
			out.WriteString(strings.TrimRight(line, " \n"))
			if line != "" {
				out.WriteByte('\n')
			}
		}
		fmt.Fprintf(out, "  can decrypt %s today by the files' metadata; the policy gives it %s\n", plural(meta, "file"), plural(policy, "file"))
	}
	if len(a.Holders) == 0 {
		fmt.Fprintln(out, "no recipient and no SOPS file")
	}
	return out.Flush()
}

func yesNoText(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

type jsonAccess struct {
	Version int          `json:"version"`
	Query   string       `json:"query"`
	Holders []jsonHolder `json:"holders"`
}

type jsonHolder struct {
	Name  string           `json:"name"` // "" for a key no recipient holds
	Roles []jsonRole       `json:"roles"`
	Keys  []jsonKey        `json:"keys"`
	Files []jsonFileAccess `json:"files"`
}

type jsonRole struct {
	Group string `json:"group"`
	Role  string `json:"role"`
}

type jsonKey struct {
	Type string `json:"type"`
	Key  string `json:"key"`
}

type jsonFileAccess struct {
	File     string `json:"file"`
	Group    string `json:"group"`
	Secret   string `json:"secret"`
	Policy   bool   `json:"policy"`
	Metadata string `json:"metadata"` // yes, no, missing, not-encrypted, unreadable
	Stale    bool   `json:"stale"`
	Missing  bool   `json:"missing"`
	// PolicyErrors: policy is not compared with metadata (stale and
	// missing are false), since the secret's recipients have errors.
	PolicyErrors bool `json:"policyErrors"`
}

func writeAccessJSON(w io.Writer, a *check.Access, o Options) error {
	out := jsonAccess{Version: JSONVersion, Query: a.Query, Holders: []jsonHolder{}}
	for _, h := range a.Holders {
		jh := jsonHolder{Name: h.Name, Roles: []jsonRole{}, Keys: []jsonKey{}, Files: []jsonFileAccess{}}
		for _, r := range h.Roles {
			jh.Roles = append(jh.Roles, jsonRole{Group: r.Group, Role: r.Role})
		}
		for _, k := range h.Keys {
			jh.Keys = append(jh.Keys, jsonKey{Type: k.Type.String(), Key: k.Key})
		}
		for _, f := range h.Files {
			jh.Files = append(jh.Files, jsonFileAccess{File: o.path(f.File), Group: f.Group, Secret: f.Secret,
				Policy: f.Policy, Metadata: string(f.Metadata), Stale: f.Stale(), Missing: f.Missing(), PolicyErrors: f.PolicyErrors})
		}
		out.Holders = append(out.Holders, jh)
	}
	return encode(w, out)
}
