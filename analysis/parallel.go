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

// pool runs jobs in the order they were submitted on up to GOMAXPROCS-1
// goroutines of its own, beside its owner's, which takes its share while
// it waits for one of them (await): evaluation, one module after the
// other on the owner's goroutine, keeps a core busy, and what it waits for
// (a file being parsed) does not leave the other idle. Every job runs at
// most once; those not started when the pool closes never run. The owner
// alone calls submit, await and close.
type pool struct {
	mu    sync.Mutex
	cond  sync.Cond // signalled when a job is submitted or done, or the pool closes
	queue []*job    // submitted, not yet taken (those taken meanwhile are skipped)
	// helpers are the goroutines started, at most maxHelpers.
	helpers, maxHelpers int
	closed              bool
	wg                  sync.WaitGroup
}

// job is one piece of work of a pool; slot numbers the goroutine running
// it, for state of its own: 1… for the pool's, 0 for the owner's while it
// waits for another job, -1 for the owner's running the job it waits for.
type job struct {
	fn          func(slot int)
	taken, done bool
}

func newPool() *pool {
	p := &pool{maxHelpers: runtime.GOMAXPROCS(0) - 1}
	p.cond.L = &p.mu
	return p
}

// submit queues fn and returns its job, starting a goroutine if some are
// idle or missing.
func (p *pool) submit(fn func(slot int)) *job {
	j := &job{fn: fn}
	p.mu.Lock()
	p.queue = append(p.queue, j)
	if p.helpers < p.maxHelpers {
		p.helpers++
		p.wg.Add(1)
		go p.help(p.helpers)
	}
	p.mu.Unlock()
	p.cond.Signal()
	return j
}

// help runs queued jobs on goroutine slot until the pool closes.
func (p *pool) help(slot int) {
	defer p.wg.Done()
	p.mu.Lock()
	defer p.mu.Unlock()
	for {
		if p.closed {
			return
		}
		if j := p.next(); j != nil {
			p.run(j, slot)
			continue
		}
		p.cond.Wait()
	}
}

// next takes the first queued job not taken yet, or returns nil; p.mu is
// held.
func (p *pool) next() *job {
	for len(p.queue) > 0 {
		j := p.queue[0]
		p.queue[0] = nil
		p.queue = p.queue[1:]
		if !j.taken {
			j.taken = true
			return j
		}
	}
	return nil
}

// run runs the taken job j on slot, without holding p.mu meanwhile.
func (p *pool) run(j *job, slot int) {
	p.mu.Unlock()
	j.fn(slot)
	p.mu.Lock()
	j.done = true
	p.cond.Broadcast()
}

// await returns once j has run: the owner runs it itself if no goroutine
// has taken it yet, and other queued jobs while one runs it.
func (p *pool) await(j *job) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !j.taken {
		j.taken = true
		p.run(j, -1)
	}
	for !j.done {
		if other := p.next(); other != nil {
			p.run(other, 0)
			continue
		}
		p.cond.Wait()
	}
}

// close stops the pool's goroutines once their jobs are done; jobs not
// taken are dropped.
func (p *pool) close() {
	p.mu.Lock()
	p.closed = true
	p.mu.Unlock()
	p.cond.Broadcast()
	p.wg.Wait()
}
