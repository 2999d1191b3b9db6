#!/usr/bin/env bash
# write-sops-yaml GENERATED FLAKE_NIX [DIR]: writes GENERATED (the .sops.yaml
# Nix generated from flake.secrets) as DIR/.sops.yaml, atomically.
#
# DIR defaults to the nearest directory, from the current one upwards, whose
# flake.nix is byte-identical to FLAKE_NIX (the flake.nix the app was built
# from), so that running another flake's app, or running from the wrong
# place, never overwrites the wrong file. `nix run .#write-sops-yaml` passes
# the first two arguments; users pass DIR at most.
set -euo pipefail

if [ $# -lt 2 ] || [ $# -gt 3 ]; then
	echo "usage: write-sops-yaml [DIR]   (run through: nix run .#write-sops-yaml)" >&2
	exit 2
fi
generated=$1 flake_nix=$2

if [ $# -eq 3 ]; then
	dir=$3
	if ! cmp -s "$flake_nix" "$dir/flake.nix"; then
		echo "write-sops-yaml: $dir/flake.nix is not the flake.nix this app was built from; refusing to write $dir/.sops.yaml" >&2
		exit 1
	fi
else
	dir=$PWD
	until cmp -s "$flake_nix" "$dir/flake.nix"; do
		if [ "$dir" = / ]; then
			echo "write-sops-yaml: no directory from $PWD upwards holds the flake.nix this app was built from;" >&2
			echo "run it inside the flake's directory or pass that directory as an argument" >&2
			exit 1
		fi
		dir=$(dirname "$dir")
	done
fi

target=$dir/.sops.yaml
if cmp -s "$generated" "$target"; then
	echo "$target is up to date"
	exit 0
fi

# A fresh file next to the target (same file system), then one rename: readers
# see the old file or the new one, never half of it. noclobber refuses to
# reuse an existing file of that name (or follow a planted symlink).
tmp=$dir/.sops.yaml.tmp.$$
trap 'rm -f "$tmp"' EXIT
(set -o noclobber && cat "$generated" >"$tmp")
mv -f "$tmp" "$target"
trap - EXIT
echo "wrote $target"
