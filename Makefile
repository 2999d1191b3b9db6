# One place for every command a developer or CI runs. `make test` is what
# .ci/run calls: it installs what the tests need, then runs every test.

VERSION := $(shell cat VERSION)
LDFLAGS := -X main.version=$(VERSION)
GOBIN_DIR := $(shell go env GOPATH)/bin
export PATH := $(GOBIN_DIR):$(PATH)
# Tests fail instead of skipping when a tool they need is missing.
export SECRETS_LSP_REQUIRE_TOOLS := 1

.PHONY: build test test-deps test-go example dist

build:
	go build -ldflags '$(LDFLAGS)' -o bin/secrets-lsp ./cmd/secrets-lsp

# Runs the main job on the bundled example.
example:
	go run -ldflags '$(LDFLAGS)' ./cmd/secrets-lsp --check examples/basic

test-deps:
	scripts/install-test-deps.sh

# npm packages may ship Go code (node_modules/flatted does): not ours to test.
GO_PACKAGES = $$(go list ./... | grep -v /node_modules/)

test-go:
	go vet $(GO_PACKAGES)
	test -z "$$(gofmt -l $$(git ls-files '*.go'))" || { gofmt -l $$(git ls-files '*.go'); exit 1; }
	# The analysis package alone takes 5-10 minutes under -race on two busy cores, too close
	# to go test's default limit of 10 minutes.
	go test -race -count=1 -timeout 30m $(GO_PACKAGES)

# Every scripts/test-*.sh is one more suite (Nix module, editors, end to end);
# each builds what it needs and exits non-zero on failure.
test: test-deps test-go build
	@set -e; for s in scripts/test-*.sh; do [ -e "$$s" ] || continue; echo "== $$s"; "$$s"; done

# Release artifacts in dist/, all stamped from VERSION: the server for
# linux and darwin on amd64 and arm64, and the VS Code extension (.vsix).
dist:
	scripts/dist.sh
