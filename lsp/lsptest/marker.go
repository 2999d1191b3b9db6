package lsptest

import (
	"flag"
	"fmt"
	"go/scanner"
	gotoken "go/token"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"go.lsp.dev/protocol"

	"github.com/secrets-lsp/secrets-lsp/lsp"
	"github.com/secrets-lsp/secrets-lsp/lsp/feature"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// Marker tests, after gopls: each txtar archive is a workspace, and comments
// of the form #@name(args) in its files state what the server must answer.
// A file with markers is opened in the editor, the others stay on disk;
// a line "open: FILE…" in the archive's comment names the open files
// instead (so that markers can describe files that are not open). Each
// archive runs twice, with a UTF-16 and a UTF-8 client, since markers locate
// text by its bytes and the conversion must agree in both encodings.
//
// Arguments are Go literals: "text" (a string), re"regexp", identifiers and
// integers. A location argument is found on the marker's own line, before
// the comment: "text" is its first occurrence there; re"…" its first match,
// or the match's first group if it has one. A "|" in a text is a cursor:
// the location is the empty range there ("serv|er1"). An identifier names a
// location defined by loc, or is eof (the end of the file). Where a marker
// asks for a position (at), the start of the location is used.
//
// Markers:
//
//	loc(name, location)                   names a location for other markers
//	loc(name, "file", location)           names a location in another file
//	                                      (its first occurrence there): for
//	                                      files that cannot hold comments
//	diag(location, code, message[, sev])  a diagnostic with exactly this range
//	                                      and code; message is a string (the
//	                                      whole message) or re"…" (a match);
//	                                      sev is error (default), warning,
//	                                      info or hint
//	related(location, rel, message)       the diagnostic at location has a
//	                                      related place rel with the message
//	hover(at, location|nil, content…)     a hover with this range; each
//	                                      content is a string it contains
//	                                      ("!text": does not contain), re"…"
//	                                      it matches, or golden name (its
//	                                      exact Markdown)
//	complete(at, label…)                  exactly these completion labels,
//	                                      in this order
//	completeEdit(at, label, location, new) accepting label replaces location
//	                                      with new
//	def(at, location…)                    exactly these definitions
//	refs(at, decl, location…)             exactly these references (decl:
//	                                      true or false, includeDeclaration)
//	prepareRename(at, location, placeholder)
//	rename(at, newName, golden)           the files a rename changes, as
//	                                      golden name holds them
//	renameErr(at, newName|nil, message)   prepareRename (nil) or rename
//	                                      refuses with this message
//	action(location, kind, title, golden) the code action offered there,
//	                                      applied (a command is executed and
//	                                      the edit it asks for applied)
//	noAction(location, kind, title[, reason])
//	                                      no such action, or only disabled
//	                                      (with this reason)
//	symbols(golden)                       the file's outline
//	inlay(golden)                         the file with its inlay hints
//	                                      written in as ⟨label⟩
//
// Every diagnostic the server publishes must be expected by a diag marker.
// A golden name g is the archive file "@g" (not part of the workspace);
// go test -update rewrites the golden files of the archives (the test
// package defines the flag: var update = flag.Bool("update", …)).

// markerRoot is the directory the archive's files are served from.
const markerRoot = "/ws"

// RunMarkerTests runs every *.txtar file in dir against a server with the
// providers returned by providers (called once per run).
func RunMarkerTests(t *testing.T, dir string, providers func() []feature.Provider) {
	files, err := filepath.Glob(filepath.Join(dir, "*.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatalf("no marker tests in %s", dir)
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			ws, err := parseWorkspace(data)
			if err != nil {
				t.Fatalf("%s: %v", file, err)
			}
			for _, enc := range []string{"utf-16", "utf-8"} {
				t.Run(enc, func(t *testing.T) {
					for _, problem := range ws.run(t, enc, providers()) {
						t.Error(problem)
					}
				})
			}
			if updating() && ws.goldenChanged {
				if err := os.WriteFile(file, ws.archive.format(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}

// updating reports whether the test binary was run with -update (a flag
// the test package defines), which makes marker tests rewrite their
// golden files.
func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// markerWorkspace is a parsed archive: its files and the markers in them.
type markerWorkspace struct {
	archive *archive
	open    []string // files opened in the editor
	files   []archiveFile
	markers []*marker
	locs    map[string]span
	// goldenChanged: -update changed a golden file of the archive.
	goldenChanged bool
}

// span is a byte range in one file of the workspace.
type span struct {
	file       string
	start, end int
}

type marker struct {
	name      string
	args      []any // string, *regexp.Regexp, ident, int
	file      string
	line      int    // 1-based
	lineStart int    // offset of the line in the file
	text      string // the line, up to the comment holding the marker
}

// ident is an identifier argument.
type ident string

func (m *marker) String() string { return fmt.Sprintf("%s:%d: %s", m.file, m.line, m.name) }

// markerSyntax reports whether markers can be written in a file: those whose
// comments start with #.
func markerSyntax(name string) bool {
	switch filepath.Ext(name) {
	case ".nix", ".yaml", ".yml", ".toml":
		return true
	}
	return false
}

func parseWorkspace(data []byte) (*markerWorkspace, error) {
	a := parseArchive(data)
	ws := &markerWorkspace{archive: a, locs: map[string]span{}}
	for _, f := range a.files {
		if strings.HasPrefix(f.name, "@") {
			continue
		}
		ws.files = append(ws.files, f)
		if !markerSyntax(f.name) {
			continue
		}
		ms, err := parseMarkers(f)
		if err != nil {
			return nil, err
		}
		ws.markers = append(ws.markers, ms...)
	}
	for _, line := range strings.Split(a.comment, "\n") {
		if files, ok := strings.CutPrefix(line, "open:"); ok {
			ws.open = strings.Fields(files)
		}
	}
	if ws.open == nil {
		for _, m := range ws.markers {
			if !slices.Contains(ws.open, m.file) {
				ws.open = append(ws.open, m.file)
			}
		}
	}
	// Named locations first, so that any marker may use them.
	for _, m := range ws.markers {
		if m.name != "loc" {
			continue
		}
		var sp span
		var err error
		switch len(m.args) {
		case 2:
			sp, err = ws.location(m, m.args[1])
		case 3:
			file, ok := m.args[1].(string)
			if !ok {
				return nil, fmt.Errorf("%v: want loc(name, \"file\", location)", m)
			}
			sp, err = ws.locationIn(m, file, m.args[2])
		default:
			return nil, fmt.Errorf("%v: want loc(name, location) or loc(name, \"file\", location)", m)
		}
		if err != nil {
			return nil, err
		}
		name, ok := m.args[0].(ident)
		if !ok {
			return nil, fmt.Errorf("%v: the name must be an identifier", m)
		}
		ws.locs[string(name)] = sp
	}
	return ws, nil
}

// parseMarkers finds the #@ comments of a file.
func parseMarkers(f archiveFile) ([]*marker, error) {
	var out []*marker
	lineStart := 0
	for i, line := range strings.SplitAfter(string(f.data), "\n") {
		at := strings.Index(line, "#@")
		if at >= 0 {
			ms, err := parseNote(line[at+2:])
			if err != nil {
				return nil, fmt.Errorf("%s:%d: %v", f.name, i+1, err)
			}
			for _, m := range ms {
				m.file, m.line, m.lineStart, m.text = f.name, i+1, lineStart, line[:at]
			}
			out = append(out, ms...)
		}
		lineStart += len(line)
	}
	return out, nil
}

// parseNote parses `name(args), name(args) …` with Go's scanner.
func parseNote(note string) ([]*marker, error) {
	var s scanner.Scanner
	fset := gotoken.NewFileSet()
	src := []byte(note)
	var scanErr error
	s.Init(fset.AddFile("", -1, len(src)), src, func(_ gotoken.Position, msg string) { scanErr = fmt.Errorf("%s", msg) }, 0)
	next := func() (gotoken.Token, string) {
		for {
			_, tok, lit := s.Scan()
			if tok == gotoken.SEMICOLON && lit == "\n" {
				continue // the automatic semicolon at the end of the line
			}
			return tok, lit
		}
	}
	var out []*marker
	tok, lit := next()
	for tok != gotoken.EOF {
		if tok != gotoken.IDENT {
			return nil, fmt.Errorf("want a marker name, got %q", lit)
		}
		m := &marker{name: lit}
		if tok, _ = next(); tok != gotoken.LPAREN {
			return nil, fmt.Errorf("%s: want (", m.name)
		}
		tok, lit = next()
		for tok != gotoken.RPAREN {
			var arg any
			switch tok {
			case gotoken.STRING:
				v, err := strconv.Unquote(lit)
				if err != nil {
					return nil, err
				}
				arg = v
			case gotoken.INT:
				v, err := strconv.Atoi(lit)
				if err != nil {
					return nil, err
				}
				arg = v
			case gotoken.IDENT:
				arg = ident(lit)
				if lit == "re" {
					if t, l := next(); t == gotoken.STRING {
						v, err := strconv.Unquote(l)
						if err != nil {
							return nil, err
						}
						re, err := regexp.Compile(v)
						if err != nil {
							return nil, err
						}
						arg = re
					} else {
						return nil, fmt.Errorf("%s: re must be followed by a string", m.name)
					}
				}
			default:
				return nil, fmt.Errorf("%s: unexpected %q in the arguments", m.name, lit)
			}
			m.args = append(m.args, arg)
			switch tok, lit = next(); tok {
			case gotoken.COMMA:
				tok, lit = next()
			case gotoken.RPAREN:
			default:
				return nil, fmt.Errorf("%s: want , or ) after an argument", m.name)
			}
		}
		out = append(out, m)
		if tok, lit = next(); tok == gotoken.COMMA {
			tok, lit = next()
		}
	}
	return out, scanErr
}

// location resolves a location argument of m, on its line.
func (ws *markerWorkspace) location(m *marker, arg any) (span, error) {
	if id, ok := arg.(ident); ok {
		if id == "eof" {
			for _, f := range ws.files {
				if f.name == m.file {
					return span{m.file, len(f.data), len(f.data)}, nil
				}
			}
		}
		if sp, ok := ws.locs[string(id)]; ok {
			return sp, nil
		}
		return span{}, fmt.Errorf("%v: unknown location %s", m, id)
	}
	sp, err := find(m.text, arg)
	if err != nil {
		return span{}, fmt.Errorf("%v: %v on the line", m, err)
	}
	return span{m.file, m.lineStart + sp.start, m.lineStart + sp.end}, nil
}

// locationIn resolves a location argument of m in another file.
func (ws *markerWorkspace) locationIn(m *marker, file string, arg any) (span, error) {
	for _, f := range ws.files {
		if f.name == file {
			sp, err := find(string(f.data), arg)
			if err != nil {
				return span{}, fmt.Errorf("%v: %v in %s", m, err, file)
			}
			return span{file, sp.start, sp.end}, nil
		}
	}
	return span{}, fmt.Errorf("%v: no file %s in the archive", m, file)
}

// find locates a string (with an optional "|" cursor) or a regexp in text.
func find(text string, arg any) (span, error) {
	switch a := arg.(type) {
	case string:
		before, after, cursor := strings.Cut(a, "|")
		i := strings.Index(text, before+after)
		if i < 0 || before+after == "" {
			return span{}, fmt.Errorf("%q is not found", a)
		}
		if cursor {
			return span{"", i + len(before), i + len(before)}, nil
		}
		return span{"", i, i + len(a)}, nil
	case *regexp.Regexp:
		idx := a.FindStringSubmatchIndex(text)
		if idx == nil {
			return span{}, fmt.Errorf("%v does not match", a)
		}
		if len(idx) >= 4 && idx[2] >= 0 {
			idx = idx[2:4]
		}
		return span{"", idx[0], idx[1]}, nil
	}
	return span{}, fmt.Errorf("%v is not a location", arg)
}

// run serves the workspace to a client using the position encoding enc and
// returns what does not match the markers.
func (ws *markerWorkspace) run(t *testing.T, enc string, providers []feature.Provider) []string {
	disk := fstest.MapFS{}
	for _, f := range ws.files {
		disk[f.name] = &fstest.MapFile{Data: f.data}
	}
	s := Start(t, lsp.Options{Root: markerRoot, FS: disk, Providers: providers, DiagnosticsDelay: -1})
	offered := []string{}
	if enc == "utf-8" {
		offered = append(offered, enc)
	}
	if got := s.Initialize(InitializeParams("file://"+markerRoot, offered...)).Capabilities.PositionEncoding; got != enc {
		return []string{fmt.Sprintf("the server chose position encoding %q, want %q", got, enc)}
	}
	// A run publishes the files that are not open first, then the open
	// ones in path order: once the last of them, opened last, has its
	// publication, the run that saw every file open is complete.
	open := slices.Sorted(slices.Values(ws.open))
	for _, name := range open {
		s.Open(ws.uri(name), string(ws.file(name)))
	}
	if len(open) > 0 {
		s.AwaitDiagnostics(ws.uri(open[len(open)-1]), 1)
	}
	got := map[string][]protocol.Diagnostic{}
	for _, f := range ws.files {
		if ds := s.LatestDiagnostics(ws.uri(f.name)); len(ds) > 0 {
			got[f.name] = ds
		}
	}
	problems := ws.checkDiagnostics(got, tokenEncoding(enc))
	r := &requests{ws: ws, s: s, enc: tokenEncoding(enc), diags: got, files: map[string]*token.File{}}
	for _, f := range ws.files {
		r.files[f.name] = token.NewFile(f.name, f.data)
	}
	for _, m := range ws.markers {
		if check := requestMarkers[m.name]; check != nil {
			if err := check(r, m); err != nil {
				problems = append(problems, err.Error())
			}
		}
	}
	s.Shutdown()
	return problems
}

// file returns the content of an archive file.
func (ws *markerWorkspace) file(name string) []byte {
	for _, f := range ws.files {
		if f.name == name {
			return f.data
		}
	}
	return nil
}

func (ws *markerWorkspace) uri(name string) string { return "file://" + markerRoot + "/" + name }

func tokenEncoding(enc string) token.Encoding {
	if enc == "utf-8" {
		return token.UTF8
	}
	return token.UTF16
}

// expectedDiag is what a diag marker asks for.
type expectedDiag struct {
	m        *marker
	at       span
	code     string
	message  any // string or *regexp.Regexp
	severity protocol.DiagnosticSeverity
}

func severity(name ident) protocol.DiagnosticSeverity {
	switch name {
	case "error":
		return protocol.DiagnosticSeverityError
	case "warning":
		return protocol.DiagnosticSeverityWarning
	case "info":
		return protocol.DiagnosticSeverityInformation
	case "hint":
		return protocol.DiagnosticSeverityHint
	}
	return 0
}

// checkDiagnostics matches the diagnostics published for each file against
// the diag markers and describes every mismatch.
func (ws *markerWorkspace) checkDiagnostics(got map[string][]protocol.Diagnostic, enc token.Encoding) []string {
	var problems []string
	var want []*expectedDiag
	for _, m := range ws.markers {
		switch {
		case m.name == "loc" || requestMarkers[m.name] != nil:
		case m.name == "diag":
			e, err := ws.expectDiag(m)
			if err != nil {
				problems = append(problems, err.Error())
				continue
			}
			want = append(want, e)
		default:
			problems = append(problems, fmt.Sprintf("%v: unknown marker", m))
		}
	}
	files := map[string]*token.File{}
	for _, f := range ws.files {
		files[f.name] = token.NewFile(f.name, f.data)
	}
	for _, name := range slices.Sorted(func(yield func(string) bool) {
		for n := range got {
			yield(n)
		}
	}) {
		f := files[name]
		for _, d := range got[name] {
			start, err1 := f.LSPOffset(int(d.Range.Start.Line), int(d.Range.Start.Character), enc)
			end, err2 := f.LSPOffset(int(d.Range.End.Line), int(d.Range.End.Character), enc)
			if err1 != nil || err2 != nil {
				problems = append(problems, fmt.Sprintf("%s: diagnostic with an invalid range %v: %s", name, d.Range, d.Message))
				continue
			}
			at := span{name, int(start), int(end)}
			i := slices.IndexFunc(want, func(e *expectedDiag) bool { return e.matches(at, d) })
			if i < 0 {
				problems = append(problems, fmt.Sprintf("unexpected diagnostic %s", describeDiag(f, at, d.Code, d.Message, d.Severity)))
				continue
			}
			want = slices.Delete(want, i, i+1)
		}
	}
	for _, e := range want {
		problems = append(problems, fmt.Sprintf("%v: missing diagnostic %s", e.m, describeDiag(files[e.at.file], e.at, e.code, e.message, e.severity)))
	}
	return problems
}

func (ws *markerWorkspace) expectDiag(m *marker) (*expectedDiag, error) {
	if len(m.args) < 3 || len(m.args) > 4 {
		return nil, fmt.Errorf("%v: want diag(location, code, message[, severity])", m)
	}
	at, err := ws.location(m, m.args[0])
	if err != nil {
		return nil, err
	}
	e := &expectedDiag{m: m, at: at, message: m.args[2], severity: protocol.DiagnosticSeverityError}
	code, ok := m.args[1].(string)
	if !ok {
		return nil, fmt.Errorf("%v: the code must be a string", m)
	}
	e.code = code
	switch m.args[2].(type) {
	case string, *regexp.Regexp:
	default:
		return nil, fmt.Errorf("%v: the message must be a string or re\"…\"", m)
	}
	if len(m.args) == 4 {
		sev, _ := m.args[3].(ident)
		if e.severity = severity(sev); e.severity == 0 {
			return nil, fmt.Errorf("%v: unknown severity %v", m, m.args[3])
		}
	}
	return e, nil
}

func (e *expectedDiag) matches(at span, d protocol.Diagnostic) bool {
	if at != e.at || fmt.Sprint(d.Code) != e.code || d.Severity != e.severity || d.Source != "secrets-lsp" {
		return false
	}
	switch msg := e.message.(type) {
	case string:
		return d.Message == msg
	case *regexp.Regexp:
		return msg.MatchString(d.Message)
	}
	return false
}

func describeDiag(f *token.File, at span, code, message any, sev protocol.DiagnosticSeverity) string {
	s, e := f.Position(token.Pos(at.start)), f.Position(token.Pos(at.end))
	return fmt.Sprintf("%s:%d:%d-%d:%d: %v [%v] %v", at.file, s.Line, s.Column, e.Line, e.Column, sev, code, message)
}
