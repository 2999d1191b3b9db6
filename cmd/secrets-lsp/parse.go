package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
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
// Files are parsed in parallel; the output keeps their order.
func runDebugParse(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprintln(stderr, "usage: secrets-lsp debug parse FILE...")
		return exitUsage
	}
	// Trees are garbage as soon as printed: collect less often (unless the
	// user chose with GOGC).
	if os.Getenv("GOGC") == "" {
		defer debug.SetGCPercent(debug.SetGCPercent(400))
	}
	out := bufio.NewWriterSize(stdout, 1<<16)
	defer out.Flush()
	home := os.Getenv("HOME")
	wd, err := os.Getwd()
	if err != nil {
		fmt.Fprintf(stderr, "secrets-lsp: %v\n", err)
		return exitUsage
	}

	type result struct {
		text   *[]byte // the tree, or the error lines
		failed bool
		err    error // the file could not be read
	}
	results := make([]result, len(args))
	done := make([]chan struct{}, len(args))
	for i := range done {
		done[i] = make(chan struct{})
	}
	var next atomic.Int64
	var stop atomic.Bool
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(args)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var buf []byte // the source of one file at a time
			var parser nixparse.Parser
			for {
				i := int(next.Add(1) - 1)
				if i >= len(args) {
					return
				}
				if !stop.Load() {
					text := outputs.Get().(*[]byte)
					*text, results[i].failed, results[i].err = parseOne(wd, args[i], home, &buf, &parser, (*text)[:0])
					results[i].text = text
				}
				close(done[i])
			}
		}()
	}
	defer wg.Wait()
	status := exitOK
	for i := range args {
		<-done[i]
		r := results[i]
		results[i] = result{}
		if r.err != nil {
			stop.Store(true)
			out.Flush()
			fmt.Fprintf(stderr, "secrets-lsp: %v\n", r.err)
			return exitUsage
		}
		out.Write(*r.text)
		outputs.Put(r.text)
		if r.failed {
			status = exitFindings
		}
	}
	return status
}

// outputs recycles the buffers of printed trees: most of a file's output is
// written as soon as it is complete.
var outputs = sync.Pool{New: func() any { return new([]byte) }}

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
