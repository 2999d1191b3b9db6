package analysis

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// workers is how many goroutines forEach uses for n items.
func workers(n int) int { return max(1, min(runtime.GOMAXPROCS(0), n)) }

// forEach calls work(w, i) for every i in [0, n) on workers(n) goroutines,
// w numbering the goroutine (for scratch space of its own), and returns
// when every call has. Groups are independent: merging and building them
// uses the cores evaluation, which goes one module after the other, leaves
// idle. With one worker, everything runs on the caller's goroutine.
func forEach(n int, work func(w, i int)) {
	nw := workers(n)
	if nw == 1 {
		for i := range n {
			work(0, i)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := range nw {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int(next.Add(1) - 1); i < n; i = int(next.Add(1) - 1) {
				work(w, i)
			}
		}()
	}
	wg.Wait()
}
