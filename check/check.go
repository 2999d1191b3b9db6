package check

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"runtime"
	"strings"
	"sync"

	"github.com/secrets-lsp/secrets-lsp/analysis"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
	"github.com/secrets-lsp/secrets-lsp/sopsfile"
)

// SopsYAMLName is the name of the SOPS configuration at the flake root.
const SopsYAMLName = ".sops.yaml"

// Run checks the flake that res analysed, in the file system fsys that
// res was computed from: res's diagnostics, .sops.yaml drift (or lint,
// when it is hand-written), and every encrypted file's SOPS metadata
// against the recipients it should have. It reads files, never decrypts,
// and never writes.
func Run(fsys fs.FS, res *analysis.Result) *Report { return run(fsys, res, nil) }

func run(fsys fs.FS, res *analysis.Result, p *Prefetch) *Report {
	s := scanRepo(fsys, res, p)
	rep := &Report{Findings: s.findings}
	for _, d := range res.Diagnostics {
		rep.Findings = append(rep.Findings, s.diagnostic(d))
	}
	for _, e := range s.entries {
		if e.err == nil && !e.skipped {
			rep.Files++
		}
		rep.Findings = append(rep.Findings, e.findings...)
	}
	sortFindings(rep.Findings)
	return rep
}

// scan is what Run and WhoCanDecrypt learn from the repository: the
// committed .sops.yaml and every file that is, or should be, encrypted.
type scan struct {
	fsys fs.FS
	res  *analysis.Result
	root string // the flake's directory in fsys
	// declared: the flake uses flake.secrets, so .sops.yaml is generated;
	// otherwise a .sops.yaml is hand-written, and the files its rules
	// cover are checked against it.
	declared bool
	config   *sopsfile.Config // the committed .sops.yaml, nil if none
	entries  []*entry         // in path order
	owners   *ownerIndex
	canon    map[Key]string // canonical forms of the policy's keys
	// policyErrs: the secrets whose recipients follow from policy errors,
	// and those errors (their files are not compared).
	policyErrs map[*analysis.Secret][]analysis.Diagnostic
	findings   []Finding // about .sops.yaml and unreadable directories
}

// entry is one file that is, or should be, a SOPS file.
type entry struct {
	path   string           // in fsys
	rel    string           // relative to the flake root: what sops is given
	group  *analysis.Group  // the group declaring it, or holding it in its directory
	secret *analysis.Secret // the secret declaring it, nil if none
	rule   *sopsfile.Rule   // without a known policy: the committed rule covering it
	// sopsOnly: the rule covers every path, so the file is checked only
	// if it is a SOPS file (it is not counted otherwise).
	sopsOnly bool
	skipped  bool // a sopsOnly file that is not a SOPS file
	// clearOnly: the rule comes from the committed .sops.yaml of a policy
	// the analysis cannot know; the file is checked for clear text only.
	clearOnly bool
	err       error // the file could not be read
	// What reading it told: its metadata (nil when it has none) and the
	// findings about it. The file itself is not kept: ten thousand of
	// them would be a lot of memory for nothing.
	meta     *sopsfile.Metadata
	findings []Finding
}

func scanRepo(fsys fs.FS, res *analysis.Result, p *Prefetch) *scan {
	s := &scan{fsys: fsys, res: res, root: res.Dir, owners: indexOwners(res.Policy), canon: canonicalKeys(res.Policy),
		policyErrs: policyErrors(res), declared: res.HasModule || len(res.Policy.Groups) > 0}
	s.checkFlakeReadable()
	s.checkSopsYAML()
	byPath := map[string]*entry{}
	add := func(e *entry) {
		if byPath[e.rel] == nil {
			e.path = s.join(e.rel)
			byPath[e.rel] = e
			s.entries = append(s.entries, e)
		}
	}
	if s.declared {
		for _, g := range res.Policy.Groups {
			for _, sec := range g.Secrets {
				if sec.File.Known && sec.File.S != "" {
					add(&entry{rel: sec.File.S, group: g, secret: sec})
				}
			}
		}
		for _, g := range res.Policy.Groups {
			// A file in the directory may belong to a secret the analysis
			// cannot see: only a fully known policy can call it undeclared.
			if !g.Directory.Known || g.Directory.S == "" || g.SecretsOpen || res.Policy.Open || !allFilesKnown(res.Policy) {
				continue
			}
			s.walk(g.Directory.S, false, func(rel string) {
				if !exempt(path.Base(rel)) {
					add(&entry{rel: rel, group: g})
				}
			})
		}
	}
	// A policy the analysis cannot know (a syntax error, a part it cannot
	// evaluate) does not say which other files are secrets; the committed
	// rules still do, and clear text in those files must not wait for the
	// flake to be mended. They are not compared with those rules, which
	// the policy may be changing.
	clearOnly := s.declared && res.Policy.Open
	if s.config != nil && s.config.HasCreationRules && (!s.declared || clearOnly) {
		s.walk(".", true, func(rel string) {
			if rel == SopsYAMLName {
				return
			}
			if r, err := s.config.RuleFor(rel); err == nil && r != nil {
				// A rule for every path covers the repository's sources
				// too: only the files sops wrote are checked against it.
				add(&entry{rel: rel, rule: r, sopsOnly: r.CatchAll(), clearOnly: clearOnly})
			}
		})
	}
	sortEntries(s.entries)
	s.readAll(p.finish())
	return s
}

// allFilesKnown reports whether the analysis knows every secret's file.
func allFilesKnown(p *analysis.Policy) bool {
	for _, g := range p.Groups {
		for _, sec := range g.Secrets {
			if !sec.File.Known {
				return false
			}
		}
	}
	return true
}

// join returns the fsys path of rel, a path relative to the flake root.
func (s *scan) join(rel string) string { return path.Join(s.root, rel) }

// position returns where offset p of the analysed file name is.
func (s *scan) position(sp analysis.Span) Location {
	if f := s.res.File(sp.File); f != nil {
		return at(f, sp.Start)
	}
	return wholeFile(sp.File)
}

// diagnostic converts an analysis diagnostic.
func (s *scan) diagnostic(d analysis.Diagnostic) Finding {
	sev := Error
	switch d.Severity {
	case analysis.SeverityWarning:
		sev = Warning
	case analysis.SeverityInfo, analysis.SeverityHint:
		sev = Info
	}
	f := Finding{Pos: s.position(d.Span), Severity: sev, Code: d.Code, Message: d.Message, Detail: d.Hint}
	for _, r := range d.Related {
		f.Related = append(f.Related, Related{Pos: s.position(r.Span), Message: r.Message})
	}
	return f
}

// exempt tells the files a secrets directory may hold besides secrets.
func exempt(base string) bool {
	return strings.HasPrefix(base, ".git") || base == ".keep" || strings.HasPrefix(strings.ToUpper(base), "README")
}

// walk calls fn for every file under dir (relative to the flake root), not
// following symbolic links to directories (so a link loop cannot trap it),
// skipping .git and, when nested is set, directories with a .sops.yaml of
// their own (sops run there reads that one). A directory that cannot be
// read is a finding; the walk goes on.
func (s *scan) walk(dir string, nested bool, fn func(rel string)) {
	start := s.join(dir)
	err := fs.WalkDir(s.fsys, start, func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			if name == start && errors.Is(err, fs.ErrNotExist) {
				return fs.SkipAll
			}
			s.findings = append(s.findings, unreadable(name, err))
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if d.Name() == ".git" || nested && name != start && fileExists(s.fsys, path.Join(name, SopsYAMLName)) {
				return fs.SkipDir
			}
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			if info, err := fs.Stat(s.fsys, name); err == nil && info.IsDir() {
				return nil // not followed, so that a link loop cannot trap the walk
			}
		}
		rel := name
		if s.root != "." {
			rel = strings.TrimPrefix(name, s.root+"/")
		}
		fn(rel)
		return nil
	})
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		s.findings = append(s.findings, unreadable(start, err))
	}
}

// writtenBySops tells SOPS metadata from a mapping that happens to be
// called sops (a chart's values.yaml may have one): sops writes its
// version, a date and a MAC, and at least one key.
func writtenBySops(m *sopsfile.Metadata) bool {
	return m != nil && (m.Version != "" || m.MAC != "" || !m.LastModified.IsZero() || len(m.KeyGroups) > 0)
}

func fileExists(fsys fs.FS, name string) bool {
	_, err := fs.Stat(fsys, name)
	return err == nil
}

func unreadable(name string, err error) Finding {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return Finding{Pos: wholeFile(name), Severity: Error, Code: CodeUnreadable,
		Message: fmt.Sprintf("cannot read %s: %v", path.Base(name), err)}
}

// readAll reads and checks every entry, a few files at a time, taking
// those already parsed from pre. Workers only read the scan and write
// their entry.
func (s *scan) readAll(pre map[string]*prefetched) {
	work := make(chan *entry)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(s.entries)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for e := range work {
				f, err := readFile(s.fsys, e.path, pre)
				if e.sopsOnly && (err != nil || !writtenBySops(f.Metadata)) {
					e.skipped = true
					continue
				}
				e.err = err
				if err == nil {
					e.meta = f.Metadata
				}
				e.findings = s.checkEntry(e, f)
			}
		}()
	}
	for _, e := range s.entries {
		work <- e
	}
	close(work)
	wg.Wait()
}

// checkFlakeReadable reports a flake.nix that exists but cannot be read:
// the analysis then sees no policy, and a check that found nothing to
// compare would pass.
func (s *scan) checkFlakeReadable() {
	name := s.join("flake.nix")
	if _, err := sopsfile.ReadSource(s.fsys, name); err != nil && !errors.Is(err, fs.ErrNotExist) {
		s.findings = append(s.findings, unreadable(name, err))
	}
}

// checkSopsYAML compares the committed .sops.yaml with the generated one,
// and lints it when it is not exactly the generated one.
func (s *scan) checkSopsYAML() {
	name := s.join(SopsYAMLName)
	committed, err := sopsfile.ReadSource(s.fsys, name)
	generated := s.declared && s.res.SopsYAMLKnown
	if s.declared && !s.res.SopsYAMLKnown && !s.res.HasErrors() {
		// Not an error: Nix may well accept it. But a gate that passes
		// it has not checked it.
		s.findings = append(s.findings, Finding{Pos: wholeFile(s.join("flake.nix")), Severity: Warning, Code: CodeNotEvaluated,
			Message: "the policy has parts the analysis cannot evaluate: " + SopsYAMLName + " is not compared with what it generates, and the files of the secrets it cannot see are checked for clear text only",
			Detail:  "compare with Nix in CI: nix eval --raw .#sopsYaml | diff - " + SopsYAMLName})
	}
	if errors.Is(err, fs.ErrNotExist) {
		if n := s.secretCount(); generated && n > 0 {
			s.findings = append(s.findings, Finding{Pos: wholeFile(name), Severity: Error, Code: CodeNoSopsYAML,
				Message: fmt.Sprintf("there is no %s, but the policy declares %s: sops cannot encrypt them to the right recipients", SopsYAMLName, plural(n, "secret")),
				Detail:  "write it: secrets-lsp --write-sops-yaml (or: nix run .#write-sops-yaml), and commit it"})
		}
		return
	}
	if err != nil {
		s.findings = append(s.findings, unreadable(name, err))
		return
	}
	if generated && string(committed) == s.res.SopsYAML() {
		return // generated: nothing to lint, nor to read
	}
	cfg, err := sopsfile.ReadConfig(name, committed)
	if err != nil {
		s.findings = append(s.findings, corrupt(name, err))
	} else {
		s.config = cfg
	}
	if generated {
		s.findings = append(s.findings, s.drift(name, committed, cfg))
	}
	if cfg != nil {
		for _, is := range cfg.Issues {
			s.findings = append(s.findings, issue(cfg.Source, is))
		}
	}
}

func (s *scan) secretCount() int {
	n := 0
	for _, g := range s.res.Policy.Groups {
		n += len(g.Secrets)
	}
	return n
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

// issue converts a sopsfile issue.
func issue(src *token.File, is sopsfile.Issue) Finding {
	sev := Error
	switch is.Severity {
	case sopsfile.SeverityWarning:
		sev = Warning
	case sopsfile.SeverityInfo:
		sev = Info
	}
	return Finding{Pos: at(src, is.Pos), Severity: sev, Code: is.Code, Message: is.Message}
}

// corrupt converts the error of a file no SOPS store can read.
func corrupt(name string, err error) Finding {
	var se *sopsfile.Error
	if errors.As(err, &se) {
		pos := Location{se.Position, se.Source}
		pos.Filename = name
		return Finding{Pos: pos, Severity: Error, Code: CodeCorrupt,
			Message: fmt.Sprintf("%s cannot be read as a SOPS file: %s", path.Base(name), se.Msg)}
	}
	return unreadable(name, err)
}
