#!/usr/bin/env bash
# Measures the language server as an editor sees it: the built binary over
# stdio on a generated flake with a 10,000-line policy file (plus keys.nix,
# keys.json and modules), and prints p50/p99 latency of edit → diagnostics,
# hover and completion with the server's peak RSS, beside nix-instantiate
# --eval --strict --json of the same policy (the alternative a user has
# today). Figures are measured, never asserted.
#
#   scripts/bench-lsp.sh [SAMPLES]     (default 100; nix is run 3 times)
#
# nix-instantiate needs NIXPKGS_LIB and FLAKE_PARTS (checkouts, see README
# "Nix tests"); without them its row says SKIPPED, loudly.
set -euo pipefail
cd "$(dirname "$0")/.."
samples=${1:-100}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

go build -o "$tmp/secrets-lsp" ./cmd/secrets-lsp
go test -c -o "$tmp/lsp.test" ./lsp/

run() { # BENCH BENCHTIME [ARGS...]
	(cd lsp && "$tmp/lsp.test" -test.run XXX -test.bench "$1" -test.benchtime "$2" "${@:3}") | tee -a "$tmp/raw" >&2
}
run 'Binary$' "${samples}x" -secrets-lsp "$tmp/secrets-lsp"
if ! run 'NixEval$' 3x 2>"$tmp/nix.err" || grep -q SKIPPED "$tmp/nix.err" "$tmp/raw"; then
	printf '\n################################################################\nSKIPPED LOUDLY: nix-instantiate was not measured: %s\n################################################################\n\n' "$(grep -h SKIPPED "$tmp/nix.err" "$tmp/raw" | head -1)" >&2
fi

# Benchmark lines: name N value unit value unit ...
awk '
	function metric(unit,   i) { for (i = 3; i < NF; i++) if ($(i+1) == unit) return $i; return "" }
	BEGIN {
		label["BenchmarkBinary/edit-to-diagnostics"] = "edit → diagnostics"
		label["BenchmarkBinary/space-to-diagnostics"] = "space → diagnostics (between tokens)"
		label["BenchmarkBinary/line-break-to-diagnostics"] = "line break → diagnostics (between tokens)"
		label["BenchmarkBinary/structure-to-diagnostics"] = "new list element → diagnostics"
		label["BenchmarkBinary/new-secret-to-diagnostics"] = "new secret (then removed) → diagnostics"
		label["BenchmarkBinary/pasted-line-to-diagnostics"] = "secret line pasted (then removed) → diagnostics"
		label["BenchmarkBinary/open-string-to-diagnostics"] = "quote typed, string left open → diagnostics (syntax errors from a parse)"
		label["BenchmarkBinary/open-string-elsewhere-to-diagnostics"] = "quote typed before one name, then another, in turn → diagnostics (each broken text parsed)"
		label["BenchmarkBinary/key-changed-to-diagnostics"] = "recipient key changed (literal recipients), then mended → diagnostics"
		label["BenchmarkBinary/recipient-added-to-diagnostics"] = "recipient added to targets (literal recipients), then removed → diagnostics"
		label["BenchmarkBinary/admin-added-to-diagnostics"] = "admin added (literal recipients), then removed → diagnostics"
		label["BenchmarkBinary/person-added-to-diagnostics"] = "person added to map person [ … ] of a group (keys.nix), then removed → diagnostics"
		label["BenchmarkBinary/host-added-to-diagnostics"] = "host added to map host [ … ] of a group (keys.nix), then removed → diagnostics"
		label["BenchmarkBinary/typing-quoted-name"] = "name typed key by key without closing quotes (\" h 1 \"), removed → diagnostics"
		label["BenchmarkBinary/hover"] = "hover"
		label["BenchmarkBinary/completion"] = "completion (settled)"
		label["BenchmarkBinary/completion-after-edit"] = "completion right after an edit"
		label["BenchmarkNixEval"] = "nix-instantiate --eval --strict --json (secrets, sopsYaml)"
		print "| measure (10,000-line policy) | p50 | p99 | server CPU per op | peak RSS |"
		print "|---|---|---|---|---|"
	}
	/^Benchmark/ {
		name = $1; sub(/-[0-9]+$/, "", name)
		p99 = metric("p99-ms"); if (p99 != "") p99 = p99 " ms"; else p99 = "—"
		cpu = metric("server-cpu-ms/op"); if (cpu != "") cpu = cpu " ms"; else cpu = "—"
		printf "| %s | %s ms | %s | %s | %s MB |\n", label[name], metric("p50-ms"), p99, cpu, metric("peak-RSS-MB")
	}
' "$tmp/raw"
