#!/usr/bin/env bash
# Regenerates the golden vectors under testdata/policies/ with real Nix (see
# testdata/policies/README.md for the format):
#
#   scripts/gen-golden.sh [CASE...]            rewrite the expected files
#   scripts/gen-golden.sh --check [CASE...]    compare instead; exit 1 on drift
#
# Needs nix (Debian's nix-bin 2.8 is enough) and the checkouts named by
# $NIXPKGS_LIB and $FLAKE_PARTS (README, "Nix tests"). Each case's flake.nix
# is evaluated through nix/tests/harness.nix, which calls its outputs with
# stub inputs exactly as `nix eval .#secrets` would with the real ones.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

check=0
if [ "${1:-}" = --check ]; then
	check=1
	shift
fi
for v in NIXPKGS_LIB FLAKE_PARTS; do
	if [ -z "${!v:-}" ] || [ ! -d "${!v}" ]; then
		echo "gen-golden: \$$v must name a checkout (see README, \"Nix tests\")" >&2
		exit 2
	fi
done
nixpkgs_lib=$(cd "$NIXPKGS_LIB" && pwd)
flake_parts=$(cd "$FLAKE_PARTS" && pwd)

# nix eval on an expression over the harness, with no store and no network.
harness_eval() { # FORMAT ATTR CASE_DIR
	NIX_REMOTE=dummy:// nix --extra-experimental-features nix-command eval --impure "--$1" --expr \
		"(import $repo/nix/tests/from-checkouts.nix { nixpkgsLib = $nixpkgs_lib; flakeParts = $flake_parts; }).$2 $3"
}

# Nix's message without its decoration, with absolute paths made portable:
# "error: " and the 7-space indentation of continuation lines go, as does
# the --show-trace hint; the case's own files become case-relative.
normalise_error() { # CASE_DIR < stderr
	local text
	text=$(sed -e '1s/^error: //' -e '2,$s/^       //' -e "/^(use '--show-trace' to show detailed location information)\$/d")
	text=${text//"$1/"/}
	text=${text//"$repo/"/<secrets-lsp>/}
	text=${text//"$flake_parts/"/<flake-parts>/}
	text=${text//"$nixpkgs_lib/"/<nixpkgs-lib>/}
	printf '%s\n' "$text"
}

# Writes what the case evaluates to into OUT: secrets.json and sops.yaml when
# both evaluate, otherwise error.txt with the first failure: that of
# `secrets`, which `sopsYaml` must then share, or else that of `sopsYaml`.
render() { # CASE_DIR OUT
	local dir=$1 out=$2
	if harness_eval raw secretsJSON "$dir" >"$out/secrets.json" 2>"$out/stderr"; then
		if ! harness_eval raw sopsYaml "$dir" >"$out/sops.yaml" 2>"$out/stderr"; then
			rm -f "$out/secrets.json" "$out/sops.yaml"
			normalise_error "$dir" <"$out/stderr" >"$out/error.txt"
		fi
	else
		rm -f "$out/secrets.json"
		normalise_error "$dir" <"$out/stderr" >"$out/error.txt"
		if harness_eval raw sopsYaml "$dir" >/dev/null 2>"$out/stderr"; then
			echo "$dir: secrets fail but sopsYaml evaluates" >&2
			return 1
		fi
		if ! normalise_error "$dir" <"$out/stderr" | cmp -s - "$out/error.txt"; then
			echo "$dir: secrets and sopsYaml fail with different messages:" >&2
			diff <(normalise_error "$dir" <"$out/stderr") "$out/error.txt" >&2 || true
			return 1
		fi
	fi
	rm -f "$out/stderr"
}

cases=("$@")
if [ ${#cases[@]} -eq 0 ]; then
	for d in testdata/policies/*/; do cases+=("$(basename "$d")"); done
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
drift=0
for c in "${cases[@]}"; do
	dir=$repo/testdata/policies/$c
	[ -f "$dir/flake.nix" ] || { echo "gen-golden: $dir/flake.nix does not exist" >&2; exit 2; }
	mkdir "$tmp/$c"
	render "$dir" "$tmp/$c" || { drift=1; continue; }
	for f in secrets.json sops.yaml error.txt; do
		if [ $check = 1 ]; then
			if [ -e "$tmp/$c/$f" ] || [ -e "$dir/$f" ]; then
				if ! diff -u --label "$c/$f (committed)" --label "$c/$f (Nix now)" "$dir/$f" "$tmp/$c/$f" 2>/dev/null; then
					[ -e "$dir/$f" ] || echo "$c/$f: missing from the repository" >&2
					[ -e "$tmp/$c/$f" ] || echo "$c/$f: Nix no longer produces it" >&2
					drift=1
				fi
			fi
		elif [ -e "$tmp/$c/$f" ]; then
			cp "$tmp/$c/$f" "$dir/$f"
		else
			rm -f "$dir/$f"
		fi
	done
done
if [ $check = 1 ]; then
	if [ $drift = 1 ]; then
		echo "gen-golden: golden vectors drifted from what Nix computes; if the change is intended, run scripts/gen-golden.sh and commit" >&2
		exit 1
	fi
	echo "gen-golden: ${#cases[@]} cases match what Nix computes"
else
	[ $drift = 0 ] || exit 1
	echo "gen-golden: wrote ${#cases[@]} cases"
fi
