package main

import (
	"context"
	"os"
	"runtime/debug"
	"runtime/metrics"
	"time"

	"github.com/secrets-lsp/secrets-lsp/analysis"
)

// The server lives for hours beside the editor, and while it analyses a
// new version two analyses are live (the previous one answers requests
// meanwhile). Go's collector lets the heap grow to twice what was live at
// its last collection: a full analysis of a 10,000-line policy peaked at
// 135 MB. A soft memory limit makes it collect earlier instead: memoryFloor,
// or half as much again as the live heap when that is more, so that a
// large workspace never makes it collect without pause. GOMEMLIMIT, when
// set, is the user's choice and left alone.
const (
	memoryFloor = 85 << 20
	memoryCheck = time.Second // how often the limit follows the live heap
)

// memoryLimit is the soft limit for a live heap of live bytes.
func memoryLimit(live uint64) int64 {
	l := int64(min(live, 1<<60))
	return max(memoryFloor, l+l/2)
}

// limitMemory keeps the soft memory limit at memoryLimit of the live heap
// until ctx is done, unless GOMEMLIMIT is set.
func limitMemory(ctx context.Context) {
	if os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	set := func() {
		metrics.Read(sample)
		if sample[0].Value.Kind() == metrics.KindUint64 {
			debug.SetMemoryLimit(memoryLimit(sample[0].Value.Uint64()))
		}
	}
	set()
	go func() {
		t := time.NewTicker(memoryCheck)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				set()
			}
		}
	}()
}

// collectLazily sets the collector's target to analysis.GCPercent, unless
// the user chose one with GOGC, and returns what restores it.
func collectLazily() (restore func()) {
	if os.Getenv("GOGC") != "" {
		return func() {}
	}
	old := debug.SetGCPercent(analysis.GCPercent)
	return func() { debug.SetGCPercent(old) }
}
