// Package nixoracle runs the real Nix parser, `nix-instantiate --parse`
// (Nix 2.8), for differential tests: it batches files into few processes,
// reads back trees and errors, caches the answers, and puts trees in a
// canonical form where Nix's output depends on memory addresses.
package nixoracle

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
)

// Result is Nix's answer for one file.
type Result struct {
	OK      bool   `json:"ok,omitempty"`
	Tree    string `json:"tree,omitempty"`    // the printed tree, when OK
	Line    int    `json:"line,omitempty"`    // the error position, when not OK
	Col     int    `json:"col,omitempty"`     //
	Msg     string `json:"msg,omitempty"`     // the error message, absolute paths replaced by FILE
	Crashed bool   `json:"crashed,omitempty"` // Nix died without an error message
}

// Oracle runs one nix-instantiate binary.
type Oracle struct {
	Bin string
	// CacheDir, if set, keeps answers keyed by file path and content.
	CacheDir string
	// Batch is the number of files per process (default 100).
	Batch int
	// Workers is the number of processes run at once (default 1).
	Workers int

	mu      sync.Mutex
	cache   map[string]Result
	pending []byte // cache lines not yet written
}

// Parse returns Nix's answer for each file (absolute paths).
func (o *Oracle) Parse(files []string) ([]Result, error) {
	res := make([]Result, len(files))
	keys := make([]string, len(files))
	var todo []int
	for i, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		h := sha256.Sum256(append([]byte(f+"\x00"), src...))
		keys[i] = hex.EncodeToString(h[:])
		if r, ok := o.lookup(keys[i]); ok {
			res[i] = r
		} else {
			todo = append(todo, i)
		}
	}
	batch := o.Batch
	if batch <= 0 {
		batch = 100
	}
	workers := max(1, o.Workers)
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := range workers {
		// Worker w takes every workers-th file still to do.
		var mine []int
		for k := w; k < len(todo); k += workers {
			mine = append(mine, todo[k])
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			for len(mine) > 0 {
				n := min(batch, len(mine))
				names := make([]string, n)
				for j, i := range mine[:n] {
					names[j] = files[i]
				}
				got, err := o.run(names)
				if err != nil {
					errs[w] = err
					return
				}
				for j, r := range got {
					res[mine[j]] = r
					o.store(keys[mine[j]], r)
				}
				mine = mine[len(got):]
			}
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return res, o.flush()
}

var atLine = regexp.MustCompile(`(?m)^\s+at (.*):(\d+):(\d+):$`)

// run parses files in one process. Nix stops at the first error, so it
// returns the answers up to and including the first failure.
func (o *Oracle) run(files []string) ([]Result, error) {
	cmd := exec.Command(o.Bin, append([]string{"--parse", "--"}, files...)...)
	cmd.Env = append(os.Environ(), "NIX_REMOTE=dummy://")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var lines []string
	sc := bufio.NewScanner(&stdout)
	sc.Buffer(nil, 1<<30)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		return nil, err
	}
	if err == nil {
		if len(lines) != len(files) {
			return nil, fmt.Errorf("nix-instantiate printed %d trees for %d files", len(lines), len(files))
		}
		out := make([]Result, len(files))
		for i, l := range lines {
			out[i] = Result{OK: true, Tree: l}
		}
		return out, nil
	}
	errText := stderr.String()
	if !strings.Contains(errText, "error:") {
		// A crash loses buffered output: retry one file alone.
		if len(files) > 1 {
			return o.run(files[:1])
		}
		return []Result{{Crashed: true}}, nil
	}
	if len(lines) >= len(files) {
		return nil, fmt.Errorf("nix-instantiate failed after printing every tree: %s", errText)
	}
	out := make([]Result, len(lines)+1)
	for i, l := range lines {
		out[i] = Result{OK: true, Tree: l}
	}
	bad := files[len(lines)]
	r := Result{}
	if m := atLine.FindStringSubmatch(errText); m != nil {
		r.Line, _ = strconv.Atoi(m[2])
		r.Col, _ = strconv.Atoi(m[3])
	}
	msg := errText[strings.Index(errText, "error:")+len("error:"):]
	if i := strings.Index(msg, "\n"); i >= 0 {
		msg = msg[:i]
	}
	r.Msg = strings.ReplaceAll(strings.TrimSpace(msg), bad, "FILE")
	out[len(lines)] = r
	return out, nil
}

// cacheEntry is a line of the cache. Trees are bytes, not necessarily
// UTF-8: JSON strings would not keep them.
type cacheEntry struct {
	Key  string
	R    Result
	Tree []byte
}

func (o *Oracle) cacheFile() string { return filepath.Join(o.CacheDir, "nix-parse-cache.jsonl") }

func (o *Oracle) lookup(key string) (Result, bool) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.cache == nil {
		o.cache = map[string]Result{}
		if o.CacheDir != "" {
			if data, err := os.ReadFile(o.cacheFile()); err == nil {
				for _, line := range bytes.Split(data, []byte("\n")) {
					var e cacheEntry
					if json.Unmarshal(line, &e) == nil {
						e.R.Tree = string(e.Tree)
						o.cache[e.Key] = e.R
					}
				}
			}
		}
	}
	r, ok := o.cache[key]
	return r, ok
}

func (o *Oracle) store(key string, r Result) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.cache[key] = r
	if o.CacheDir != "" {
		e := cacheEntry{Key: key, R: r, Tree: []byte(r.Tree)}
		e.R.Tree = ""
		line, _ := json.Marshal(e)
		o.pending = append(append(o.pending, line...), '\n')
	}
}

func (o *Oracle) flush() error {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.CacheDir == "" || len(o.pending) == 0 {
		return nil
	}
	if err := os.MkdirAll(o.CacheDir, 0o755); err != nil {
		return err
	}
	f, err := os.OpenFile(o.cacheFile(), os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	_, err = f.Write(o.pending)
	o.pending = o.pending[:0]
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}
