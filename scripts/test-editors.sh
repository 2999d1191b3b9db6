#!/usr/bin/env bash
# The editor integrations, tested against a fresh release build of the server:
#  1. VS Code extension: eslint, tsc --strict, unit tests (node --test);
#  2. scripts/dist.sh for this machine's platform: the binary and the .vsix,
#     then checks of the .vsix's contents and version;
#  3. end to end through vscode-languageserver-protocol (Node) on the built binary;
#  4. Neovim headless: unit tests of editors/neovim, end to end with its own
#     LSP client on the built binary, and the README's no-plugin snippet.
# Both end-to-end tests run editors/testdata/cases.json. Needs node, npm, nvim
# and go (scripts/install-test-deps.sh installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

for tool in go node npm nvim; do
	command -v "$tool" >/dev/null || { echo "test-editors: $tool is missing; run scripts/install-test-deps.sh" >&2; exit 1; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
version=$(cat VERSION)

step() { echo "-- test-editors: $*"; }

cd editors/vscode
if [ ! -d node_modules ]; then
	step "npm ci"
	npm ci --no-audit --no-fund --loglevel=error
fi
step "eslint"
npm run -s lint
step "tsc --strict"
npm run -s compile
step "unit tests"
npm run -s test:unit
cd "$repo"

step "release build for $(go env GOOS)/$(go env GOARCH)"
DIST_DIR=$work DIST_PLATFORMS="$(go env GOOS)/$(go env GOARCH)" scripts/dist.sh
bin=$work/secrets-lsp-$version-$(go env GOOS)-$(go env GOARCH)
vsix=$work/secrets-lsp-$version.vsix
got=$("$bin" --version)
[ "$got" = "secrets-lsp $version" ] || { echo "test-editors: $bin --version says \"$got\", want \"secrets-lsp $version\"" >&2; exit 1; }

cd editors/vscode
step "the .vsix"
VSIX=$vsix npm run -s test:vsix
step "end to end: vscode-languageserver-protocol"
SECRETS_LSP_BIN=$bin timeout 600 npm run -s test:e2e
cd "$repo"

step "neovim: unit tests"
timeout 120 nvim --headless --clean -u editors/neovim/test/unit.lua </dev/null
step "neovim: end to end"
SECRETS_LSP_BIN=$bin timeout 300 nvim --headless --clean -u editors/neovim/test/init.lua </dev/null
step "neovim: the README's plain vim.lsp setup"
mkdir "$work/path" && ln -s "$bin" "$work/path/secrets-lsp"
PATH=$work/path:$PATH timeout 120 nvim --headless --clean -u editors/neovim/test/readme.lua </dev/null
