package check

import (
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"

	"github.com/secrets-lsp/secrets-lsp/analysis"
	"github.com/secrets-lsp/secrets-lsp/keys"
	"github.com/secrets-lsp/secrets-lsp/sopsfile"
)

func sortEntries(es []*entry) {
	slices.SortFunc(es, func(a, b *entry) int { return strings.Compare(a.rel, b.rel) })
}

// covered tells that the file must be encrypted: a secret declares it or a
// creation rule covers it.
func (e *entry) covered() bool { return e.secret != nil || e.rule != nil }

// checkEntry makes the findings about one file, f as read (nil when it
// could not be).
func (s *scan) checkEntry(e *entry, f *sopsfile.File) []Finding {
	if e.err != nil {
		if errors.Is(e.err, fs.ErrNotExist) {
			if e.secret == nil {
				return nil // vanished during the run
			}
			return []Finding{{Pos: s.secretPos(e.secret), Severity: Warning, Code: CodeNoFile,
				Message: fmt.Sprintf("%s declares %s, which does not exist", secretName(e), e.rel),
				Detail:  "create it from the flake root: sops " + e.rel}}
		}
		return []Finding{corrupt(e.path, e.err)}
	}
	var out []Finding
	for _, is := range f.Issues {
		out = append(out, issue(f.Source, is))
	}
	if !e.covered() {
		what := "an encrypted file in the directory of group %s, but no secret declares it: no creation rule covers it, so sops updatekeys cannot keep its recipients current"
		if !f.Encrypted() {
			what = "in the directory of group %s, is not encrypted, and no secret declares it"
		}
		out = append(out, Finding{Pos: wholeFile(e.path), Severity: Warning, Code: CodeUndeclared,
			Message: fmt.Sprintf("%s is "+what, e.rel, keys.Quote(e.group.Name)),
			Detail:  "declare it (flake.secrets." + e.group.Name + ".secret.<name>.file), or delete it; if it ever held a secret, rotate that secret: git history keeps the file"})
	}
	if !f.Encrypted() {
		if e.covered() {
			out = append(out, plaintextFile(e, f))
		}
		return out
	}
	for _, l := range f.Plaintext {
		out = append(out, plaintextLeaf(e, f, l))
	}
	// Metadata SOPS cannot read (a truncated file, say) has been reported;
	// its half-read keys would only add noise.
	if damaged(f) {
		return out
	}
	if errs := s.policyErrs[e.secret]; errs != nil {
		return append(out, s.notCompared(e, errs))
	}
	if w, ok := s.wanted(e); ok {
		out = append(out, s.compare(e, f, w)...)
	}
	return out
}

// damaged reports whether SOPS cannot use the file's metadata.
func damaged(f *sopsfile.File) bool {
	for _, is := range f.Issues {
		if is.Severity == sopsfile.SeverityError && is.Code == sopsfile.CodeMetadata {
			return true
		}
	}
	return false
}

// secretPos is where a secret is declared: its name's first definition.
func (s *scan) secretPos(sec *analysis.Secret) Location {
	if len(sec.Keys) > 0 {
		return s.position(sec.Keys[0])
	}
	return wholeFile(s.join("flake.nix"))
}

func secretName(e *entry) string {
	return fmt.Sprintf("group %s, secret %s", keys.Quote(e.group.Name), keys.Quote(e.secret.Name))
}

// plaintextFile is the finding for a file that must be encrypted and has
// no SOPS metadata. It lists where the values are, never what they are.
func plaintextFile(e *entry, f *sopsfile.File) Finding {
	why := "a creation rule of " + SopsYAMLName + " covers it"
	if e.secret != nil {
		why = secretName(e) + " declares it"
	}
	fd := Finding{Pos: wholeFile(e.path), Severity: Error, Code: CodePlaintextFile}
	empty := len(f.Plaintext) == 0 && (f.Format != sopsfile.Binary || len(strings.TrimSpace(string(f.Source.Source()))) == 0)
	if empty {
		fd.Severity = Warning
		fd.Message = fmt.Sprintf("%s is not encrypted (no SOPS metadata), though %s; it holds no value yet", e.rel, why)
		fd.Detail = "encrypt it from the flake root: sops encrypt -i " + e.rel
		return fd
	}
	fd.Message = fmt.Sprintf("%s is not encrypted: it has no SOPS metadata, though %s", e.rel, why)
	var b strings.Builder
	if len(f.Plaintext) > 0 {
		fd.Pos = at(f.Source, f.Plaintext[0].Pos)
		fd.Pos.Filename = e.path
		b.WriteString("values in clear at: ")
		for i, l := range f.Plaintext {
			if i == 10 {
				fmt.Fprintf(&b, ", and %d more", len(f.Plaintext)-i)
				break
			}
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(leafName(l))
		}
		b.WriteString("\n")
	}
	b.WriteString(rotatePlaintext(e.rel))
	fd.Detail = b.String()
	return fd
}

// rotatePlaintext is the runbook for a file that was in clear.
func rotatePlaintext(path string) string {
	return "encrypt it from the flake root: sops encrypt -i " + path + "\n" + changeValues
}

const changeValues = "if it was ever committed or pushed in clear, change the values themselves: git history keeps the clear text"

func leafName(l sopsfile.Leaf) string {
	switch {
	case l.Comment && l.Path == "":
		return "a comment at the top level"
	case l.Comment:
		return "a comment in " + l.Path
	case l.Path == "":
		return "the whole file"
	}
	return l.Path
}

// plaintextLeaf is the finding for one value or comment in clear in an
// encrypted file.
func plaintextLeaf(e *entry, f *sopsfile.File, l sopsfile.Leaf) Finding {
	pos := at(f.Source, l.Pos)
	pos.Filename = e.path
	if l.Comment {
		return Finding{Pos: pos, Severity: Error, Code: CodePlaintextComment,
			Message: fmt.Sprintf("%s: %s is in clear; SOPS encrypts comments, so it was added by hand", e.rel, leafName(l)),
			Detail:  "edit the file with sops (sops " + e.rel + "), which encrypts comments too, not by hand\n" + changeValues}
	}
	return Finding{Pos: pos, Severity: Error, Code: CodePlaintextValue,
		Message: fmt.Sprintf("%s: the value at %s is in clear, though this file's settings encrypt it", e.rel, l.Path),
		Detail:  "edit the file with sops (sops " + e.rel + "), which encrypts every value on saving, not by hand\n" + changeValues}
}
