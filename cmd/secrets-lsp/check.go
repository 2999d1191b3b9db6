package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/secrets-lsp/secrets-lsp/analysis"
	"github.com/secrets-lsp/secrets-lsp/check"
	"github.com/secrets-lsp/secrets-lsp/check/report"
)

const checkUsage = `usage:
  secrets-lsp --check [flags] [PATH...]         check flakes (default: the flake around the current directory)
  secrets-lsp --who-can-decrypt [NAME|KEY] [flags] [PATH]
                                                 who can decrypt what, by the policy and by the files' metadata
  secrets-lsp --write-sops-yaml [flags] [PATH...]
                                                 regenerate .sops.yaml from flake.secrets, then check

PATH is a flake's directory, or any file or directory in it: the nearest
directory above it with a flake.nix is checked (without one, the directory
itself when it has a hand-written .sops.yaml).

flags:
  --format text|json|sarif|github   output format (default text)
  --color auto|always|never         colour the text format (default auto: on a terminal, unless NO_COLOR is set)
  --quiet, -q                       errors only, no summary line
  --version                         print the version
  --help, -h                        this help

--who-can-decrypt takes the next argument as NAME or KEY unless it starts
with "-"; without one (or with --who-can-decrypt=) it prints the whole matrix.

exit status: 0 clean (warnings allowed), 1 errors found, 2 usage or internal error.
It reads SOPS metadata only and never decrypts; it writes only with --write-sops-yaml.
`

// checkArgs are the parsed arguments of the CI gate.
type checkArgs struct {
	format  report.Format
	color   string // auto, always, never
	quiet   bool
	who     bool
	query   string
	write   bool
	paths   []string
	version bool
	help    bool
}

func parseCheckArgs(args []string) (*checkArgs, error) {
	a := &checkArgs{color: "auto"}
	for i := 0; i < len(args); i++ {
		arg := args[i]
		if arg == "--" {
			a.paths = append(a.paths, args[i+1:]...)
			break
		}
		if !strings.HasPrefix(arg, "-") || arg == "-" {
			a.paths = append(a.paths, arg)
			continue
		}
		name, value, hasValue := strings.Cut(strings.TrimLeft(arg, "-"), "=")
		// next returns the flag's value: after "=" or the next argument.
		next := func() (string, error) {
			if hasValue {
				return value, nil
			}
			if i+1 >= len(args) {
				return "", fmt.Errorf("flag --%s needs a value", name)
			}
			i++
			return args[i], nil
		}
		noValue := func() error {
			if hasValue {
				return fmt.Errorf("flag --%s takes no value", name)
			}
			return nil
		}
		var err error
		switch name {
		case "check":
			err = noValue()
		case "write-sops-yaml":
			a.write = true
			err = noValue()
		case "who-can-decrypt":
			a.who = true
			switch {
			case hasValue:
				a.query = value
			case i+1 < len(args) && !strings.HasPrefix(args[i+1], "-"):
				i++
				a.query = args[i]
			}
		case "format":
			var v string
			if v, err = next(); err == nil {
				a.format, err = report.ParseFormat(v)
			}
		case "color", "colour":
			if a.color, err = next(); err == nil && !slices.Contains([]string{"auto", "always", "never"}, a.color) {
				err = fmt.Errorf("--color must be auto, always or never, not %q", a.color)
			}
		case "quiet", "q":
			a.quiet = true
			err = noValue()
		case "version":
			a.version = true
		case "help", "h":
			a.help = true
		default:
			err = fmt.Errorf("unknown flag %s", arg)
		}
		if err != nil {
			return nil, err
		}
	}
	if a.who && len(a.paths) > 1 {
		return nil, errors.New("--who-can-decrypt reports on one flake: give at most one PATH")
	}
	if len(a.paths) == 0 {
		a.paths = []string{"."}
	}
	return a, nil
}

// runCheck is the CI gate: --check, --who-can-decrypt and
// --write-sops-yaml.
func runCheck(args []string, stdout, stderr io.Writer) int {
	a, err := parseCheckArgs(args)
	if err != nil {
		fmt.Fprintf(stderr, "secrets-lsp: %v\n\n%s", err, checkUsage)
		return exitUsage
	}
	switch {
	case a.help:
		fmt.Fprint(stdout, checkUsage)
		return exitOK
	case a.version:
		fmt.Fprintf(stdout, "secrets-lsp %s\n", buildVersion())
		return exitOK
	}
	cwd, err := os.Getwd()
	if err != nil {
		fmt.Fprintf(stderr, "secrets-lsp: %v\n", err)
		return exitUsage
	}
	// A run is short and keeps little: parsing thousands of SOPS files is
	// mostly garbage, which a lazier collector handles with less work.
	defer collectLazily()()
	var roots []string
	for _, p := range a.paths {
		root, err := flakeRoot(p)
		if err != nil {
			fmt.Fprintf(stderr, "secrets-lsp: %v\n", err)
			return exitUsage
		}
		if !slices.Contains(roots, root) {
			roots = append(roots, root)
		}
	}
	opts := report.Options{Path: displayPath(cwd), Color: useColor(a.color, stdout), Version: buildVersion(), Quiet: a.quiet}
	// The whole disk is the file system, so that a flake may read files
	// beside its directory, as with debug eval.
	fsys := os.DirFS("/")
	var reports []*check.Report
	for _, root := range roots {
		if a.write {
			res := analysis.Analyze(fsys, analysis.Options{Dir: fsPath(root), FSRoot: "/"})
			if code := writeSopsYAML(root, res, cwd, stderr); code != exitOK {
				return code
			}
		}
		pre := check.StartPrefetch(fsys, fsPath(root))
		res := analysis.Analyze(fsys, analysis.Options{Dir: fsPath(root), FSRoot: "/"})
		if a.who {
			acc, err := pre.WhoCanDecrypt(res, a.query)
			if err != nil {
				fmt.Fprintf(stderr, "secrets-lsp: %v\n", err)
				return exitUsage
			}
			if err := report.WriteAccess(stdout, acc, a.format, opts); err != nil {
				fmt.Fprintf(stderr, "secrets-lsp: %v\n", err)
				return exitUsage
			}
			return exitOK
		}
		reports = append(reports, pre.Run(res))
	}
	rep := check.Merge(reports...)
	write := map[report.Format]func(io.Writer, *check.Report, report.Options) error{
		report.Text: report.WriteText, report.JSON: report.WriteJSON, report.SARIF: report.WriteSARIF, report.GitHub: report.WriteGitHub,
	}[a.format]
	if err := write(stdout, rep, opts); err != nil {
		fmt.Fprintf(stderr, "secrets-lsp: %v\n", err)
		return exitUsage
	}
	if rep.Failed() {
		return exitFindings
	}
	return exitOK
}

// writeSopsYAML regenerates root's .sops.yaml from its policy.
func writeSopsYAML(root string, res *analysis.Result, cwd string, stderr io.Writer) int {
	name := displayPath(cwd)(fsPath(filepath.Join(root, check.SopsYAMLName)))
	switch {
	case !res.HasModule && len(res.Policy.Groups) == 0:
		fmt.Fprintf(stderr, "secrets-lsp: %s: the flake does not use flake.secrets; its .sops.yaml is not generated\n", displayPath(cwd)(fsPath(root)))
		return exitUsage
	case !res.SopsYAMLKnown:
		fmt.Fprintf(stderr, "secrets-lsp: not writing %s: the policy has errors (or parts the analysis cannot evaluate); fix them first:\n", name)
		for _, d := range res.Diagnostics {
			if d.Severity == analysis.SeverityError {
				fmt.Fprintln(stderr, "  "+formatDiagnostic(res, d, cwd))
			}
		}
		return exitFindings
	}
	changed, err := check.WriteSopsYAML(root, []byte(res.SopsYAML()))
	if err != nil {
		fmt.Fprintf(stderr, "secrets-lsp: writing %s: %v\n", name, err)
		return exitUsage
	}
	if changed {
		fmt.Fprintf(stderr, "secrets-lsp: wrote %s\n", name)
	} else {
		fmt.Fprintf(stderr, "secrets-lsp: %s is up to date\n", name)
	}
	return exitOK
}

// flakeRoot returns the absolute directory to check for PATH p: the
// nearest directory at or above it with a flake.nix, or else p's own
// directory when it has a .sops.yaml.
func flakeRoot(p string) (string, error) {
	abs, err := filepath.Abs(p)
	if err != nil {
		return "", err
	}
	info, err := os.Stat(abs)
	if err != nil {
		return "", err
	}
	dir := abs
	if !info.IsDir() {
		dir = filepath.Dir(abs)
	}
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "flake.nix")); err == nil {
			return d, nil
		}
		if filepath.Dir(d) == d {
			break
		}
	}
	if _, err := os.Stat(filepath.Join(dir, check.SopsYAMLName)); err == nil {
		return dir, nil
	}
	return "", fmt.Errorf("%s: no flake.nix in it or above it, and no %s in it", p, check.SopsYAMLName)
}

// fsPath is the path of the absolute path abs in os.DirFS("/").
func fsPath(abs string) string {
	p := strings.TrimPrefix(filepath.ToSlash(abs), "/")
	if p == "" {
		return "."
	}
	return p
}

// displayPath maps a path of os.DirFS("/") to the one printed: relative
// to the working directory when it is below it, else absolute.
func displayPath(cwd string) func(string) string {
	return func(p string) string {
		abs := "/" + p
		if rel, err := filepath.Rel(cwd, abs); err == nil && !strings.HasPrefix(rel, "..") {
			return filepath.ToSlash(rel)
		}
		return abs
	}
}

// useColor decides whether the text format is coloured: always, never, or
// (auto) when stdout is a terminal and neither NO_COLOR nor TERM=dumb says
// otherwise.
func useColor(mode string, stdout io.Writer) bool {
	switch mode {
	case "always":
		return true
	case "never":
		return false
	}
	if os.Getenv("NO_COLOR") != "" || os.Getenv("TERM") == "dumb" {
		return false
	}
	f, ok := stdout.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&fs.ModeCharDevice != 0
}
