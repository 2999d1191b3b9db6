package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/secrets-lsp/secrets-lsp/nixparse"
	"github.com/secrets-lsp/secrets-lsp/nixparse/printer"
)

// runDebugParse implements `secrets-lsp debug parse FILE...`: like
// `nix-instantiate --parse FILE...` (Nix 2.8), it prints each file's
// desugared tree on one line, or its errors as FILE:LINE:COL: error: MSG in
// the order Nix meets them (the first is the one Nix reports). The exit
// status is 1 when any file has an error, 2 when one cannot be read.
// Files are parsed in parallel, in runs of consecutive files; the output
// keeps their order.
func runDebugParse(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprintln(stderr, "usage: secrets-lsp debug parse FILE...")
		return exitUsage
	}
	// Trees are garbage as soon as printed: collect less often.
	defer collectLazily()()
	wd, err := os.Getwd()
	if err != nil {
		fmt.Fprintf(stderr, "secrets-lsp: %v\n", err)
		return exitUsage
	}
	workers := min(runtime.GOMAXPROCS(0), len(args))
	o := &ordered{
		out: bufio.NewWriterSize(stdout, 1<<16),
		// Runs of files rather than single files: workers meet once per
		// run. Short enough to share the work evenly, also when the files
		// are few, and for the output of a run done ahead of its turn,
		// which waits in memory, to fit in a recycled buffer.
		run: min(max(len(args)/(16*workers), 1), 8),
	}
	o.runs = make([]result, (len(args)+o.run-1)/o.run)
	home := os.Getenv("HOME")
	var wg sync.WaitGroup
	for range workers - 1 {
		wg.Go(func() { o.work(wd, home, args) })
	}
	o.work(wd, home, args)
	wg.Wait()
	o.out.Flush()
	if o.err != nil {
		fmt.Fprintf(stderr, "secrets-lsp: %v\n", o.err)
		return exitUsage
	}
	if o.failed {
		return exitFindings
	}
	return exitOK
}

// ordered writes the output of runs of files in the order of the files,
// whichever worker finishes a run: the one that completes the next run to
// write writes it and every later run already done.
type ordered struct {
	run    int          // files per run
	claims atomic.Int64 // runs handed out
	stop   atomic.Bool  // a file could not be read: parse no more

	mu     sync.Mutex
	runs   []result // by run; done ones wait here until written
	next   int      // the next run to write
	free   [][]byte // buffers of written runs, for reuse
	out    *bufio.Writer
	failed bool  // some file has errors
	err    error // the first file that could not be read (and no output after it)
}

type result struct {
	text   []byte // the trees, or the error lines, of the run's files
	failed bool
	err    error // a file could not be read: text holds the files before it
	done   bool
}

// work parses runs of files until none is left.
func (o *ordered) work(wd, home string, args []string) {
	var src []byte // the source of one file at a time
	var parser nixparse.Parser
	var text []byte
	for !o.stop.Load() {
		r := int(o.claims.Add(1) - 1)
		if r >= len(o.runs) {
			return
		}
		res := result{text: text[:0], done: true}
		for _, name := range args[r*o.run : min((r+1)*o.run, len(args))] {
			var failed bool
			res.text, failed, res.err = parseOne(wd, name, home, &src, &parser, res.text)
			if res.err != nil {
				o.stop.Store(true)
				break
			}
			res.failed = res.failed || failed
			if len(res.text) >= flushAt {
				res.text = o.early(r, res.text)
			}
		}
		text = o.done(r, res)
	}
}

// flushAt is the output a run holds before it tries to write it early.
const flushAt = 32 << 10

// early writes text, the output of run r so far, if r is the next run to
// write, and returns what remains to write (text emptied, or text). Runs
// done in order then keep small buffers: fresh memory costs page faults.
func (o *ordered) early(r int, text []byte) []byte {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.next != r || o.err != nil {
		return text
	}
	o.out.Write(text)
	return text[:0]
}

// done records the result of run r, writes what is now in order, and
// returns a free buffer for the caller's next run.
func (o *ordered) done(r int, res result) []byte {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.runs[r] = res
	for o.next < len(o.runs) && o.runs[o.next].done && o.err == nil {
		w := &o.runs[o.next]
		o.out.Write(w.text)
		o.failed = o.failed || w.failed
		o.err = w.err
		o.free = append(o.free, w.text)
		*w = result{done: true}
		o.next++
	}
	if n := len(o.free); n > 0 {
		buf := o.free[n-1]
		o.free = o.free[:n-1]
		return buf
	}
	return make([]byte, 0, 2*flushAt) // room for a run: growing makes garbage
}

// parseOne parses one file as nix-instantiate --parse does and appends its
// tree or its errors, one per line, to out. The file is read into *buf and
// parsed by parser, both reused once parseOne returns.
func parseOne(wd, name, home string, buf *[]byte, parser *nixparse.Parser, out []byte) (text []byte, failed bool, err error) {
	path, src, err := nixparse.ReadFile(wd, name, *buf)
	if err != nil {
		return out, false, err
	}
	if cap(src) > cap(*buf) {
		*buf = src[:0]
	}
	file, errs := parser.ParseFile(name, src, 0)
	if len(errs) == 0 {
		errs = nixparse.CheckVariables(file, nixparse.Nix28)
	}
	if len(errs) > 0 {
		for _, e := range errs.InNixOrder() {
			out = fmt.Appendf(out, "%s: error: %s\n", e.Pos, e.Msg)
		}
		return out, true, nil
	}
	cfg := printer.Config{BaseDir: filepath.Dir(path), Home: home}
	return append(cfg.Append(out, file.Expr), '\n'), false, nil
}
