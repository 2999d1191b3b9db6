#!/usr/bin/env bash
# Validates the machine-readable outputs of secrets-lsp --check: every
# SARIF log against the SARIF 2.1.0 JSON schema, every JSON report against
# its documented schema (testdata/check/validate), with ajv from npm. It
# checks the committed golden outputs (which `go test ./cmd/secrets-lsp`
# keeps current) and fresh runs on the example and the fixtures, and that
# the validator does reject a log the schema forbids.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
v=testdata/check/validate

(cd "$v" && npm ci --no-audit --no-fund --loglevel=error)
go build -o "$tmp/secrets-lsp" ./cmd/secrets-lsp
bin=$tmp/secrets-lsp

# expect STATUS CMD...: run CMD, fail unless it exits with STATUS.
expect() {
	local want=$1
	shift
	local got=0
	"$@" || got=$?
	if [ "$got" != "$want" ]; then
		echo "FAIL: exit status $got, want $want: $*" >&2
		exit 1
	fi
}

expect 0 "$bin" --check --format sarif examples/basic >"$tmp/example.sarif"
expect 0 "$bin" --check --format json examples/basic >"$tmp/example.json"
expect 1 "$bin" --check --format sarif testdata/check/broken >"$tmp/broken.sarif"
expect 1 "$bin" --check --format json testdata/check/broken testdata/check/handwritten >"$tmp/several.json"
expect 0 "$bin" --who-can-decrypt --format json examples/basic >"$tmp/who-example.json"
expect 0 "$bin" --who-can-decrypt=alice --format sarif examples/basic >"$tmp/who-alice.sarif"
expect 2 "$bin" --check --format xml examples/basic 2>/dev/null
expect 2 "$bin" --check "$tmp/does-not-exist" 2>/dev/null

node "$v/validate.mjs" testdata/check/golden/*.sarif testdata/check/golden/*.json \
	testdata/check-realworld/golden/*.sarif testdata/check-realworld/golden/*.json "$tmp"/*.sarif "$tmp"/*.json

# The validator must fail on what the schemas forbid.
node -e '
const fs = require("fs");
const log = JSON.parse(fs.readFileSync(process.argv[1]));
log.runs[0].results[0].level = "fatal";
fs.writeFileSync(process.argv[2], JSON.stringify(log));
const rep = JSON.parse(fs.readFileSync(process.argv[3]));
rep.findings[0].severity = "critical";
fs.writeFileSync(process.argv[4], JSON.stringify(rep));
' testdata/check/golden/broken.sarif "$tmp/bad.sarif" testdata/check/golden/broken.json "$tmp/bad.json"
for bad in "$tmp/bad.sarif" "$tmp/bad.json"; do
	if node "$v/validate.mjs" "$bad" >/dev/null; then
		echo "FAIL: the validator accepted $bad" >&2
		exit 1
	fi
done
echo "test-check: every SARIF and JSON output is valid"

# Files and directories that cannot be read, for real (an unreadable
# flake.nix hides the policy from the analysis: it must not pass): chmod 000 stops
# every user but root, so as root the binary runs as nobody (setpriv).
# Each is reported as unreadable, and the other files are still checked.
as_user=()
if [ "$(id -u)" = 0 ]; then
	if command -v setpriv >/dev/null; then
		as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups --)
	else
		as_user=(SKIP)
		echo "SKIPPED LOUDLY: unreadable files were NOT tried on the binary: running as root without setpriv (util-linux)"
	fi
fi
if [ "${as_user[0]:-}" != SKIP ]; then
	chmod 755 "$tmp"
	for what in secrets/prod/db.yaml secrets/prod .sops.yaml flake.nix; do
		repo=$tmp/unreadable
		rm -rf "$repo"
		cp -r testdata/check/clean "$repo"
		chmod -R a+rX "$repo"
		chmod 000 "$repo/$what"
		expect 1 "${as_user[@]}" "$bin" --check "$repo" >"$tmp/unreadable.out"
		chmod 755 "$repo/$what"
		if ! grep -q "/$what: error: cannot read $(basename "$what"): permission denied \[unreadable\]" "$tmp/unreadable.out"; then
			echo "FAIL: $what, unreadable, is not reported as such:" >&2
			cat "$tmp/unreadable.out" >&2
			exit 1
		fi
		case $what in
		secrets/prod) want="(0 files checked)" ;;
		.sops.yaml | flake.nix) want="(5 files checked)" ;;
		*) want="(4 files checked)" ;;
		esac
		if ! grep -qF "$want" "$tmp/unreadable.out"; then
			echo "FAIL: with $what unreadable, want $want:" >&2
			cat "$tmp/unreadable.out" >&2
			exit 1
		fi
	done
	echo "test-check: unreadable files and directories are reported, the rest checked"
fi

# The flake's checks.secrets-check, evaluated with the stand-in for nixpkgs
# of scripts/test-nix.sh (nix/tests), run with the binary just built.
if ! command -v nix >/dev/null || [ ! -d "${NIXPKGS_LIB:-}" ] || [ ! -d "${FLAKE_PARTS:-}" ]; then
	echo "SKIPPED LOUDLY: checks.secrets-check was NOT evaluated: it needs nix, \$NIXPKGS_LIB and \$FLAKE_PARTS (README, \"Nix tests\")"
	exit 0
fi
repo=$PWD
script=$(NIX_REMOTE=dummy:// nix --extra-experimental-features nix-command eval --impure --raw --expr "
	let
	  lib = import $NIXPKGS_LIB/lib;
	  h = import $repo/nix/tests/from-checkouts.nix {
	    nixpkgsLib = $NIXPKGS_LIB;
	    flakeParts = $FLAKE_PARTS;
	    nixpkgs = import $repo/nix/tests/stub-nixpkgs.nix { inherit lib; };
	  };
	in (h.callFlake $repo).checks.x86_64-linux.secrets-check.buildCommand")
if (cd "$tmp" && PATH=$tmp:$PATH out=$tmp/checked bash -euo pipefail -c "$script" >"$tmp/flake-check.out") && [ -e "$tmp/checked" ]; then
	echo "test-check: checks.secrets-check passes on this flake and the example"
else
	echo "FAIL: checks.secrets-check:" >&2
	cat "$tmp/flake-check.out" >&2
	exit 1
fi
