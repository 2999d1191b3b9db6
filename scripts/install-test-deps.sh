#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian bookworm machine: Nix 2.8
# (nix-bin) and Neovim from Debian, sops and age from the Go module proxy, and
# the VS Code extension's npm packages. Safe to run again: it only installs
# what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

sudo_() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
command -v nix-instantiate >/dev/null || missing+=(nix-bin)
command -v nvim >/dev/null || missing+=(neovim)
if [ ${#missing[@]} -gt 0 ]; then
	echo "installing from Debian: ${missing[*]}"
	sudo_ apt-get update -qq
	sudo_ env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

gobin=$(go env GOPATH)/bin
[ -x "$gobin/sops" ] || go install github.com/getsops/sops/v3/cmd/sops@v3.13.2
[ -x "$gobin/age-keygen" ] || go install filippo.io/age/cmd/...@v1.3.2

if [ -f editors/vscode/package-lock.json ]; then
	(cd editors/vscode && npm ci --no-audit --no-fund --loglevel=error)
fi
