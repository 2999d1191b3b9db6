#!/usr/bin/env bash
# Times `secrets-lsp debug parse` against `nix-instantiate --parse` on the
# same .nix files under DIR (those both accept: Nix stops at the first
# error), in the same batches of 1000 files, and prints the speed ratio and
# the peak memory of each; then runs the in-process Go benchmarks
# (throughput in wall and CPU time, allocation and retained heap per byte
# of source) on one CPU.
#
#   scripts/bench-parse.sh DIR [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 1 ] || { echo "usage: $0 DIR [RUNS]" >&2; exit 2; }
dir=$(realpath "$1")
runs=${2:-3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/secrets-lsp" ./cmd/secrets-lsp
export NIX_REMOTE=dummy://

find "$dir" -type f -name '*.nix' | sort >"$tmp/all"
xargs -a "$tmp/all" -d '\n' "$tmp/secrets-lsp" debug parse 2>/dev/null |
	grep -a -o '^.*\.nix:[0-9]*:[0-9]*: error' | sed -E 's/:[0-9]+:[0-9]+: error$//' | sort -u >"$tmp/bad" || true
grep -vxF -f "$tmp/bad" "$tmp/all" >"$tmp/files" || true
bytes=$(tr '\n' '\0' <"$tmp/files" | du -cb --files0-from=- | tail -1 | cut -f1)
echo "$(wc -l <"$tmp/files") files, $((bytes / 1000000)) MB ($(wc -l <"$tmp/bad") rejected files left out)"
# Other work on the machine slows both tools: say how busy it was.
echo "$(date -u +%FT%TZ), $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg) before"

# one run of a tool over all files: "wall_ms cpu_ms peak_kb" (CPU and
# memory need GNU time, else they read 0)
run1() {
	local start end stats
	start=$(date +%s%N)
	if [ -x /usr/bin/time ]; then
		/usr/bin/time -o "$tmp/time" -f '%U %S %M' xargs -a "$tmp/files" -d '\n' -n 1000 "$@" >/dev/null 2>&1 || true
		stats=$(tail -1 "$tmp/time")
	else
		xargs -a "$tmp/files" -d '\n' -n 1000 "$@" >/dev/null 2>&1 || true
		stats="0 0 0"
	fi
	end=$(date +%s%N)
	echo "$(((end - start) / 1000000)) $stats" | awk '{ printf "%d %d %d\n", $1, ($2 + $3) * 1000, $4 }'
}
# Runs alternate between the tools, so that a busy machine slows both; the
# best run of each counts.
for _ in $(seq "$runs"); do
	echo "nix $(run1 nix-instantiate --parse)" >>"$tmp/times"
	echo "our $(run1 "$tmp/secrets-lsp" debug parse)" >>"$tmp/times"
done
awk -v b="$bytes" '
	{ if (!($1 in w) || $2 < w[$1]) w[$1] = $2; if (!($1 in c) || $3 < c[$1]) c[$1] = $3; if ($4 > m[$1]) m[$1] = $4 }
	END {
		printf "nix-instantiate --parse  %7.2f s wall  %7.2f s CPU  %8d KB peak RSS\n", w["nix"] / 1000, c["nix"] / 1000, m["nix"]
		printf "secrets-lsp debug parse  %7.2f s wall  %7.2f s CPU  %8d KB peak RSS\n", w["our"] / 1000, c["our"] / 1000, m["our"]
		printf "speed ratio: %.2fx faster than Nix in wall time (%.1f MB/s), %.2fx in CPU time\n", w["nix"] / w["our"], b / w["our"] / 1000, c["our"] ? c["nix"] / c["our"] : 0
	}' "$tmp/times"
echo "load average $(cut -d' ' -f1-3 /proc/loadavg) after"

NIXPARSE_BENCH="$dir" GOMAXPROCS=1 go test ./nixparse/ -run '^$' -bench . -benchtime 3x | grep -E '^Benchmark'
