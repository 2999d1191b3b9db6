#!/usr/bin/env bash
# Times `secrets-lsp debug parse` against `nix-instantiate --parse` on the
# same .nix files under DIR (those both accept: Nix stops at the first
# error), in the same batches of 1000 files, and prints the speed ratio and
# the peak memory of each; then runs the in-process Go benchmarks
# (throughput, allocation and retained heap per byte of source).
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

# best RUNS wall time (seconds) and peak RSS (KB, if GNU time is installed)
# of one tool over all files
measure() {
	local best="" mem=0 start end m
	for _ in $(seq "$runs"); do
		start=$(date +%s%N)
		if [ -x /usr/bin/time ]; then
			m=$({ /usr/bin/time -f '%M' xargs -a "$tmp/files" -d '\n' -n 1000 "$@" >/dev/null 2>/dev/null; } 2>&1 | tail -1)
		else
			xargs -a "$tmp/files" -d '\n' -n 1000 "$@" >/dev/null 2>&1 || true
			m=0
		fi
		end=$(date +%s%N)
		best=$(awk -v b="$best" -v t="$(((end - start) / 1000000))" 'BEGIN { print (b == "" || t < b) ? t : b }')
		[ "$m" -gt "$mem" ] && mem=$m
	done
	echo "$best $mem"
}
read -r nix_ms nix_kb < <(measure nix-instantiate --parse)
read -r our_ms our_kb < <(measure "$tmp/secrets-lsp" debug parse)
awk -v n="$nix_ms" -v o="$our_ms" -v nk="$nix_kb" -v ok="$our_kb" -v b="$bytes" 'BEGIN {
	printf "nix-instantiate --parse  %7.2f s  %8d KB peak RSS\n", n / 1000, nk
	printf "secrets-lsp debug parse  %7.2f s  %8d KB peak RSS\n", o / 1000, ok
	printf "speed ratio: %.2fx faster than Nix (%.1f MB/s)\n", n / o, b / o / 1000
}'

NIXPARSE_BENCH="$dir" go test ./nixparse/ -run '^$' -bench . -benchtime 3x | grep -E '^Benchmark'
