#!/usr/bin/env bash
# Release build, stamped with the version in VERSION (the one place it lives):
#   dist/secrets-lsp-<version>-<os>-<arch>   the server, for each platform
#   dist/secrets-lsp-<version>.vsix          the VS Code extension
#   dist/SHA256SUMS
# DIST_PLATFORMS ("os/arch ...", default linux and darwin on amd64 and arm64)
# and DIST_DIR (default dist) narrow it; scripts/test-editors.sh builds the
# host's platform this way and tests what comes out.
set -euo pipefail
cd "$(dirname "$0")/.."

version=$(cat VERSION)
out=${DIST_DIR:-dist}
platforms=${DIST_PLATFORMS:-linux/amd64 linux/arm64 darwin/amd64 darwin/arm64}
mkdir -p "$out"
out=$(cd "$out" && pwd)

ext_version=$(node -p 'require("./editors/vscode/package.json").version')
if [ "$ext_version" != "$version" ]; then
	echo "dist: editors/vscode/package.json has version $ext_version, VERSION has $version; run scripts/set-version.sh $version" >&2
	exit 1
fi

artifacts=()
for platform in $platforms; do
	os=${platform%/*} arch=${platform#*/}
	bin=secrets-lsp-$version-$os-$arch
	echo "dist: $bin"
	CGO_ENABLED=0 GOOS=$os GOARCH=$arch go build -trimpath -ldflags "-s -w -X main.version=$version" -o "$out/$bin" ./cmd/secrets-lsp
	artifacts+=("$bin")
done

vsix=secrets-lsp-$version.vsix
echo "dist: $vsix"
(
	cd editors/vscode
	[ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error
	# vsce runs the vscode:prepublish script (tsc, then the esbuild bundle).
	npx --no-install vsce package --no-dependencies --out "$out/$vsix" </dev/null >/dev/null
)
artifacts+=("$vsix")

(cd "$out" && sha256sum "${artifacts[@]}" >SHA256SUMS)
echo "dist: $(for a in "${artifacts[@]}"; do printf '%s ' "$out/$a"; done)"
