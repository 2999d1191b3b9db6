#!/usr/bin/env bash
# check-sops-yaml COMMITTED GENERATED: fails, showing the difference, when the
# committed .sops.yaml is missing or differs from the one Nix generates.
set -euo pipefail

if [ $# -ne 2 ]; then
	echo "usage: check-sops-yaml COMMITTED GENERATED" >&2
	exit 2
fi
committed=$1 generated=$2

if [ ! -e "$committed" ]; then
	echo ".sops.yaml is missing from the flake (is it committed, or at least added with git add?)." >&2
	echo "Generate it with: nix run .#write-sops-yaml" >&2
	exit 1
fi
if ! cmp -s "$committed" "$generated"; then
	echo ".sops.yaml is stale: it differs from the one generated from flake.secrets:" >&2
	diff -u --label "committed .sops.yaml" --label "generated from flake.secrets" "$committed" "$generated" >&2 || true
	echo "Regenerate it with: nix run .#write-sops-yaml" >&2
	exit 1
fi
echo ".sops.yaml is up to date"
