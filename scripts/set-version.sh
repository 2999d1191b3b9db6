#!/usr/bin/env bash
# Sets the release version everywhere it is written: VERSION (which the Go
# build stamps into the binary) and the VS Code extension's package.json and
# package-lock.json. Usage: scripts/set-version.sh 0.2.0
set -euo pipefail
cd "$(dirname "$0")/.."
version=${1:?usage: scripts/set-version.sh X.Y.Z}
if ! [[ $version =~ ^[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.-]+)?$ ]]; then
	echo "set-version: $version is not a semantic version (X.Y.Z)" >&2
	exit 2
fi
echo "$version" >VERSION
(cd editors/vscode && npm version --no-git-tag-version --allow-same-version "$version" >/dev/null)
echo "version $version: VERSION, editors/vscode/package.json, editors/vscode/package-lock.json"
