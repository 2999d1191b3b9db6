package analysis

import (
	"runtime"
	"sync/atomic"
	"testing"
)

// TestPool checks that every job awaited runs once, on the owner's slot
// or a pool goroutine's, whatever GOMAXPROCS, and that closing the pool
// drops the jobs no one took.
func TestPool(t *testing.T) {
	for _, procs := range []int{1, 2, 4} {
		func() {
			defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
			p := newPool()
			const n = 200
			var runs [n]atomic.Int32
			var slots atomic.Int32 // slots seen, as bits
			jobs := make([]*job, n)
			for i := range jobs {
				jobs[i] = p.submit(func(slot int) {
					runs[i].Add(1)
					slots.Or(1 << (slot + 1))
				})
			}
			for i := n - 1; i >= 0; i -= 2 {
				p.await(jobs[i])
				if runs[i].Load() != 1 {
					t.Fatalf("GOMAXPROCS %d: job %d ran %d times when awaited", procs, i, runs[i].Load())
				}
			}
			p.close()
			for i := range jobs {
				if r := runs[i].Load(); r > 1 {
					t.Errorf("GOMAXPROCS %d: job %d ran %d times", procs, i, r)
				}
			}
			if s := slots.Load(); s >= 1<<(procs+1) {
				t.Errorf("GOMAXPROCS %d: slots %b, beyond the goroutines allowed", procs, s)
			}
			if procs == 1 {
				// The owner alone: only the jobs it awaited ran.
				for i := range jobs {
					if want := int32((n - 1 - i + 1) % 2); runs[i].Load() != want {
						t.Errorf("GOMAXPROCS 1: job %d ran %d times, want %d", i, runs[i].Load(), want)
					}
				}
			}
		}()
	}
}
