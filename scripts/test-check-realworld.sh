#!/usr/bin/env bash
# The ported real-world repositories of testdata/check-realworld: each
# committed .sops.yaml must be exactly what Nix generates from the port's
# flake.secrets with the module (through nix/tests/from-checkouts.nix, as
# `nix eval .#sopsYaml` would), so that the golden reports, made with the
# static analysis, describe what `nix run .#write-sops-yaml` would write.
# The reports themselves are checked by `go test ./cmd/secrets-lsp`.
#
# Needs nix and the checkouts named by $NIXPKGS_LIB and $FLAKE_PARTS
# (README, "Nix tests"); without them it says so LOUDLY and exits 0 (without
# nix and with SECRETS_LSP_REQUIRE_TOOLS=1, as make test sets, it fails).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

skip() { # REASON [required]
	if [ "${2:-}" = required ] && [ "${SECRETS_LSP_REQUIRE_TOOLS:-}" = 1 ]; then
		echo "test-check-realworld: FAIL: $1 (SECRETS_LSP_REQUIRE_TOOLS=1)" >&2
		exit 1
	fi
	echo "test-check-realworld: SKIPPED: $1: the ported .sops.yaml files were NOT compared with Nix" >&2
	exit 0
}
command -v nix >/dev/null || skip "nix is not installed" required
for v in NIXPKGS_LIB FLAKE_PARTS; do
	if [ -z "${!v:-}" ] || [ ! -d "${!v}" ]; then
		skip "\$$v does not name a checkout"
	fi
done
nixpkgs_lib=$(cd "$NIXPKGS_LIB" && pwd)
flake_parts=$(cd "$FLAKE_PARTS" && pwd)

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failed=0
n=0
for flake in testdata/check-realworld/*/flake.nix; do
	dir=$repo/$(dirname "$flake")
	name=$(basename "$dir")
	NIX_REMOTE=dummy:// nix --extra-experimental-features nix-command eval --impure --raw --expr \
		"(import $repo/nix/tests/from-checkouts.nix { nixpkgsLib = $nixpkgs_lib; flakeParts = $flake_parts; }).sopsYaml $dir" \
		>"$tmp/$name.sops.yaml"
	if ! diff -u "$dir/.sops.yaml" "$tmp/$name.sops.yaml"; then
		echo "test-check-realworld: FAIL: $name/.sops.yaml is not what Nix generates" >&2
		failed=1
	fi
	n=$((n + 1))
done
[ "$n" -gt 0 ] || { echo "test-check-realworld: FAIL: no ported repository found" >&2; exit 1; }
[ "$failed" = 0 ] || exit 1
echo "test-check-realworld: the $n ported .sops.yaml files are what Nix generates"
