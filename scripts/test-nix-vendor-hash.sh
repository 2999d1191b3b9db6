#!/usr/bin/env bash
# Checks that nix/package.nix's vendorHash is the NAR hash of what
# `go mod vendor` produces for the tracked Go sources, as buildGoModule
# computes it (its go-modules derivation is `go mod vendor`, then the vendor
# directory as the output). Works offline except for the Go module proxy.
#
#   scripts/test-nix-vendor-hash.sh            check (make test runs it)
#   scripts/test-nix-vendor-hash.sh --update   rewrite vendorHash in nix/package.nix
#
# When no module outside the standard library is imported, buildGoModule
# wants `vendorHash = null`.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

if ! command -v nix >/dev/null; then
	if [ "${SECRETS_LSP_REQUIRE_TOOLS:-}" = 1 ]; then
		echo "test-nix-vendor-hash: nix is required (SECRETS_LSP_REQUIRE_TOOLS=1)" >&2
		exit 1
	fi
	printf '\nSKIPPED LOUDLY: nix is not installed; vendorHash NOT checked\n\n'
	exit 0
fi

tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp"; rm -rf "$tmp"' EXIT
# The committed tree, as a clean clone (and CI) sees it; the package takes
# its .go files, go.mod and go.sum from it.
git archive --format=tar HEAD | tar -x -C "$tmp"
(cd "$tmp" && GOFLAGS=-mod=mod GOWORK=off go mod vendor)
if [ -n "$(ls -A "$tmp/vendor" 2>/dev/null)" ]; then
	want="\"$(NIX_REMOTE=dummy:// nix --extra-experimental-features nix-command hash path --type sha256 "$tmp/vendor")\""
else
	want=null
fi

have=$(sed -n 's/^  vendorHash = \(.*\);$/\1/p' nix/package.nix)
if [ "$have" = "$want" ]; then
	echo "test-nix-vendor-hash: vendorHash = $want is current"
	exit 0
fi
if [ "${1:-}" = --update ]; then
	sed -i "s|^  vendorHash = .*;\$|  vendorHash = $want;|" nix/package.nix
	echo "test-nix-vendor-hash: nix/package.nix now has vendorHash = $want"
	exit 0
fi
echo "test-nix-vendor-hash: nix/package.nix has vendorHash = $have, but the Go dependencies now hash to $want." >&2
echo "Run scripts/test-nix-vendor-hash.sh --update and commit nix/package.nix." >&2
exit 1
