#!/usr/bin/env bash
# Times secrets-lsp --check on a generated repository of 10,000 secrets
# (10 groups × 1,000, 8 recipients each) and their encrypted files, shaped
# byte for byte like sops 3.13's output (check/bench_test.go). Prints the
# wall-clock, user and system time of each run (and its peak memory, with
# GNU time), and the load average, since other work on the machine changes
# wall-clock times. For before/after comparisons use the Go benchmark:
#   go test -run '^$' -bench BenchmarkCheck10k -benchtime 2x -count 6 ./check >new.txt
#   benchstat old.txt new.txt   (cpu-ms/op is the CPU time per run)
# Usage: scripts/bench-check.sh [RUNS]   (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/secrets-lsp" ./cmd/secrets-lsp
mkdir "$tmp/repo"
go test -count=1 -run '^TestWriteBenchRepo$' ./check -bench-repo "$tmp/repo" >/dev/null
echo "repository: $(find "$tmp/repo/secrets" -type f | wc -l) files, $(du -sh "$tmp/repo" | cut -f1); $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
"$tmp/secrets-lsp" --check "$tmp/repo" >/dev/null # warm the page cache
TIMEFORMAT='wall %R s, user %U s, system %S s'
for i in $(seq "$runs"); do
	printf 'run %s: ' "$i"
	if [ -x /usr/bin/time ]; then # GNU time also gives the peak memory
		/usr/bin/time -f 'wall %e s, user %U s, system %S s, max RSS %M KB' "$tmp/secrets-lsp" --check --quiet "$tmp/repo" 2>&1 >/dev/null
	else
		{ time "$tmp/secrets-lsp" --check --quiet "$tmp/repo" >/dev/null; } 2>&1
	fi
done
echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"
