#!/usr/bin/env bash
# The Nix test suite of the flake-parts module (README, "Nix tests"), run by
# `make test`. Evaluates with Debian's nix-bin (2.8, offline, no store) against
# the checkouts named by $NIXPKGS_LIB and $FLAKE_PARTS; without them it says
# so LOUDLY and runs only the parts that need no Nix evaluation (the committed
# golden vectors then still drive the Go tests).
#
#   1. the app's and the check's shell scripts, on their own;
#   2. every golden vector in testdata/policies against what Nix computes now
#      (scripts/gen-golden.sh --check), and the flake's own checks.policies;
#   3. examples/basic/.sops.yaml is what its flake generates;
#   4. the app and the check as the module generates them, run for real;
#   5. every option has a description;
#   6. flake.lock's hashes, recomputed from the checkouts.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

failures=0
pass() { echo "ok   $*"; }
fail() {
	echo "FAIL $*" >&2
	failures=$((failures + 1))
}
loud_skip() {
	printf '\n%s\nSKIPPED LOUDLY: %s\n%s\n\n' "################################################################" "$*" "################################################################"
}
finish() {
	if [ "$failures" -gt 0 ]; then
		echo "test-nix: $failures failure(s)" >&2
		exit 1
	fi
	echo "test-nix: all passed"
	exit 0
}

# --- 1. the scripts alone --------------------------------------------------

write=$repo/nix/write-sops-yaml.sh
check=$repo/nix/check-sops-yaml.sh
mkdir -p "$tmp/s/flake/sub/dir" "$tmp/s/other"
printf '{ outputs = _: { }; }\n' >"$tmp/s/flake/flake.nix"
printf '{ outputs = _: { x = 1; }; }\n' >"$tmp/s/other/flake.nix"
printf 'creation_rules: []\n' >"$tmp/s/generated"

if out=$(cd "$tmp/s/flake/sub/dir" && bash "$write" "$tmp/s/generated" "$tmp/s/flake/flake.nix") &&
	cmp -s "$tmp/s/generated" "$tmp/s/flake/.sops.yaml" && [[ $out == "wrote $tmp/s/flake/.sops.yaml" ]]; then
	pass "write-sops-yaml: from a subdirectory, writes .sops.yaml next to the flake's flake.nix"
else
	fail "write-sops-yaml: from a subdirectory: $out"
fi
if [ -z "$(find "$tmp/s/flake" -name '.sops.yaml.tmp.*')" ]; then
	pass "write-sops-yaml: leaves no temporary file"
else
	fail "write-sops-yaml: left a temporary file behind"
fi
if out=$(cd "$tmp/s/flake" && bash "$write" "$tmp/s/generated" "$tmp/s/flake/flake.nix") && [[ $out == *"is up to date" ]]; then
	pass "write-sops-yaml: says when .sops.yaml is already up to date"
else
	fail "write-sops-yaml: second run: $out"
fi
if ! out=$(cd "$tmp/s/other" && bash "$write" "$tmp/s/generated" "$tmp/s/flake/flake.nix" 2>&1) &&
	[ ! -e "$tmp/s/other/.sops.yaml" ] && [[ $out == *"no directory from"* ]]; then
	pass "write-sops-yaml: refuses to write into another flake"
else
	fail "write-sops-yaml: wrote into another flake: $out"
fi
if ! out=$(bash "$write" "$tmp/s/generated" "$tmp/s/flake/flake.nix" "$tmp/s/other" 2>&1) &&
	[ ! -e "$tmp/s/other/.sops.yaml" ] && [[ $out == *"refusing"* ]]; then
	pass "write-sops-yaml: refuses an explicit directory holding another flake"
else
	fail "write-sops-yaml: explicit other directory: $out"
fi
printf 'stale\n' >"$tmp/s/flake/.sops.yaml"
if (cd "$tmp/s/flake/sub" && bash "$write" "$tmp/s/generated" "$tmp/s/flake/flake.nix" "$tmp/s/flake" >/dev/null) &&
	cmp -s "$tmp/s/generated" "$tmp/s/flake/.sops.yaml"; then
	pass "write-sops-yaml: replaces a stale .sops.yaml (explicit directory)"
else
	fail "write-sops-yaml: did not replace a stale .sops.yaml"
fi

if out=$(bash "$check" "$tmp/s/flake/.sops.yaml" "$tmp/s/generated" 2>&1) && [[ $out == *"up to date"* ]]; then
	pass "check-sops-yaml: passes when .sops.yaml is current"
else
	fail "check-sops-yaml: current file: $out"
fi
printf 'creation_rules:\n  - path_regex: ^old$\n' >"$tmp/s/stale"
if ! out=$(bash "$check" "$tmp/s/stale" "$tmp/s/generated" 2>&1) && [[ $out == *"is stale"* && $out == *"-  - path_regex: ^old\$"* ]]; then
	pass "check-sops-yaml: fails on a stale .sops.yaml and shows the difference"
else
	fail "check-sops-yaml: stale file: $out"
fi
if ! out=$(bash "$check" "$tmp/s/missing" "$tmp/s/generated" 2>&1) && [[ $out == *"is missing"* ]]; then
	pass "check-sops-yaml: fails when .sops.yaml is missing"
else
	fail "check-sops-yaml: missing file: $out"
fi

# --- everything below evaluates Nix ------------------------------------------

if ! command -v nix >/dev/null; then
	if [ "${SECRETS_LSP_REQUIRE_TOOLS:-}" = 1 ]; then
		fail "nix is not installed (SECRETS_LSP_REQUIRE_TOOLS=1); scripts/install-test-deps.sh installs nix-bin"
		finish
	fi
	loud_skip "nix is not installed: the module was NOT evaluated (make test installs nix-bin)"
	finish
fi
for v in NIXPKGS_LIB FLAKE_PARTS; do
	if [ -z "${!v:-}" ] || [ ! -d "${!v}" ]; then
		loud_skip "\$$v does not name a checkout: the module was NOT evaluated and the golden vectors NOT re-checked. See README, \"Nix tests\"."
		finish
	fi
done
nixpkgs_lib=$(cd "$NIXPKGS_LIB" && pwd)
flake_parts=$(cd "$FLAKE_PARTS" && pwd)

nix_eval() { # FORMAT EXPR  (the harness is `h`, nixpkgs' lib `lib`)
	NIX_REMOTE=dummy:// nix --extra-experimental-features nix-command eval --impure "--$1" --expr "
		let
		  lib = import $nixpkgs_lib/lib;
		  h = import $repo/nix/tests/from-checkouts.nix {
		    nixpkgsLib = $nixpkgs_lib;
		    flakeParts = $flake_parts;
		    nixpkgs = import $repo/nix/tests/stub-nixpkgs.nix { inherit lib; };
		  };
		in $2"
}

# --- 2. golden vectors ---------------------------------------------------------

if scripts/gen-golden.sh --check; then
	pass "golden vectors: every case matches what Nix computes"
else
	fail "golden vectors drifted (scripts/gen-golden.sh shows how)"
fi
# Vectors may trace (builtins.trace, lib.warn): only stdout is the result.
if out=$(nix_eval raw "(h.callFlake $repo).checks.x86_64-linux.policies.buildCommand" 2>"$tmp/policies.err") && [ "$out" = 'touch $out' ]; then
	pass "the flake's checks.policies evaluates every vector and passes"
else
	fail "the flake's checks.policies: $out $(cat "$tmp/policies.err")"
fi

# --- 3. the example --------------------------------------------------------------

if nix_eval raw "(h.callFlake $repo/examples/basic).sopsYaml" >"$tmp/example.yaml" 2>"$tmp/err" &&
	cmp -s "$tmp/example.yaml" examples/basic/.sops.yaml; then
	pass "examples/basic/.sops.yaml is what its flake generates"
else
	fail "examples/basic/.sops.yaml is stale:"
	cat "$tmp/err" >&2
	diff -u examples/basic/.sops.yaml "$tmp/example.yaml" >&2 || true
fi

# --- 4. the app and the check, as the module generates them ------------------------

cp -r examples/basic "$tmp/flake"
mkdir -p "$tmp/flake/secrets/prod"
program() { nix_eval raw "(h.callFlake $tmp/flake).$1" | sed "s|@GENERATED@|$tmp/example.yaml|" >"$tmp/$2"; }
program apps.x86_64-linux.write-sops-yaml.program app.sh
program checks.x86_64-linux.sops-yaml-up-to-date.buildCommand check.sh
# The check's build script ends with `touch $out`, as in a derivation.
run_check() {
	rm -f "$tmp/checked"
	out=$tmp/checked bash "$tmp/check.sh" >"$tmp/check.out" 2>&1
}
if run_check && [ -e "$tmp/checked" ]; then
	pass "checks.sops-yaml-up-to-date passes on the committed example"
else
	fail "checks.sops-yaml-up-to-date fails on the committed example: $(cat "$tmp/check.out")"
fi
echo "# edited by hand" >>"$tmp/flake/.sops.yaml"
if ! run_check && [ ! -e "$tmp/checked" ] && grep -q 'is stale' "$tmp/check.out"; then
	pass "checks.sops-yaml-up-to-date fails on a stale .sops.yaml"
else
	fail "checks.sops-yaml-up-to-date passed a stale .sops.yaml: $(cat "$tmp/check.out")"
fi
rm "$tmp/flake/.sops.yaml"
if out=$(cd "$tmp/flake/secrets/prod" && bash "$tmp/app.sh") && cmp -s "$tmp/flake/.sops.yaml" examples/basic/.sops.yaml; then
	pass "apps.write-sops-yaml, run from secrets/prod, writes the flake's .sops.yaml ($out)"
else
	fail "apps.write-sops-yaml: $out"
fi

# --- 5. option documentation --------------------------------------------------------

if out=$(nix_eval json "let d = import $repo/nix/tests/option-docs.nix { inherit (h) flake-parts secrets-lsp; inherit lib; }; in
		if d.undocumented == [ ] && builtins.length d.names >= 20 then builtins.length d.names else d" 2>&1) && [[ $out =~ ^[0-9]+$ ]]; then
	pass "all $out options of the module have a description"
else
	fail "options without a description: $out"
fi

# --- 6. flake.lock -----------------------------------------------------------------------

lock_field() { # NODE FIELD
	nix_eval raw "toString (builtins.fromJSON (builtins.readFile $repo/flake.lock)).nodes.\"$1\".locked.$2"
}
check_lock() { # NODE CHECKOUT
	local rev hash dir
	rev=$(lock_field "$1" rev)
	if ! git -C "$2" cat-file -e "$rev^{commit}" 2>/dev/null; then
		loud_skip "flake.lock: $1 is locked at $rev, which the checkout $2 does not have; its narHash was not re-checked"
		return
	fi
	dir=$tmp/lock-$1
	mkdir "$dir"
	git -C "$2" archive --format=tar "$rev" | tar -x -C "$dir"
	hash=$(NIX_REMOTE=dummy:// nix --extra-experimental-features nix-command hash path --type sha256 "$dir")
	if [ "$hash" = "$(lock_field "$1" narHash)" ] &&
		[ "$(git -C "$2" log -1 --format=%ct "$rev")" = "$(lock_field "$1" lastModified)" ]; then
		pass "flake.lock: $1 narHash and lastModified match git archive of $rev"
	else
		fail "flake.lock: $1 at $rev hashes to $hash"
	fi
}
check_lock flake-parts "$flake_parts"
check_lock nixpkgs-lib "$nixpkgs_lib"

finish
