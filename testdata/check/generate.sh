#!/usr/bin/env bash
# Regenerates the repositories under testdata/check with the real sops
# (3.13.2) and throwaway age keys, then applies the mistakes each case is
# about. Only public keys end up here; every value is obviously fake, and
# the private keys live in a temporary directory deleted on exit.
#
# Cases:
#   clean/        the policy, its .sops.yaml, one file per SOPS store, all
#                 encrypted per the generated rules: nothing to report.
#   broken/       the same flake after a careless week: bob left (db.yaml
#                 and api.json still have him), cache joined (api.json
#                 lacks it), values typed in clear, a file committed in
#                 clear, a declared file never created, a leftover file, a
#                 truncated file, and .sops.yaml edited by hand.
#   policy-error/ a policy naming an unknown recipient: the analysis'
#                 error once; that secret's file is not compared (its
#                 recipients depend on the error), the others' still are.
#   handwritten/  no flake.secrets: a hand-written .sops.yaml with
#                 key_groups and mistakes SOPS ignores, and its files.
#
# recipients.txt lists the public keys. Then `go test ./cmd/secrets-lsp
# -run Golden -update` rewrites the expected outputs in golden/.
# Usage: testdata/check/generate.sh (needs sops, age-keygen and go).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
gobin=$(go env GOPATH)/bin
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

secrets_lsp=$tmp/secrets-lsp
(cd "$repo" && go build -o "$secrets_lsp" ./cmd/secrets-lsp)
sops() { (cd "$dir" && "$gobin/sops" --disable-version-check "$@"); }

for n in alice bob web cache; do
	"$gobin/age-keygen" -o "$tmp/$n.key" 2>/dev/null
	declare "$n=$("$gobin/age-keygen" -y "$tmp/$n.key")"
done
cat "$tmp"/*.key >"$tmp/keys.txt"
export SOPS_AGE_KEY_FILE=$tmp/keys.txt

flake() {
	cat >"$dir/flake.nix" <<'NIX'
{
  description = "A fixture of secrets-lsp --check (testdata/check/generate.sh)";
  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };
  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./secrets.nix ];
      systems = [ "x86_64-linux" ];
    };
}
NIX
}

# policy ADMINS TARGETS API_TARGETS [EXTRA_SECRETS]
policy() {
	local admins=$1 targets=$2 api=$3 extra=${4:-}
	{
		echo '{'
		echo '  flake.secrets.prod = {'
		echo '    recipients.admins = ['
		for n in $admins; do echo "      { name = \"$n\"; age = \"${!n}\"; }"; done
		echo '    ];'
		echo '    recipients.targets = ['
		for n in $targets; do echo "      { name = \"$n\"; age = \"${!n}\"; }"; done
		echo '    ];'
		echo '    secret.db.targets = [ "web" ];'
		echo "    secret.api = { file = \"secrets/prod/api.json\"; targets = [ $api ]; };"
		echo '    secret.app = { file = "secrets/prod/app.env"; };'
		echo '    secret.dbIni = { file = "secrets/prod/db.ini"; targets = [ "*" ]; };'
		echo '    secret.tls = { file = "secrets/prod/tls.key"; targets = [ "web" ]; };'
		printf '%s' "$extra"
		echo '  };'
		echo '}'
	} >"$dir/secrets.nix"
	"$secrets_lsp" --write-sops-yaml --quiet "$dir" >/dev/null 2>&1 || true
}

plain() {
	mkdir -p "$dir/secrets/prod"
	printf '# fake\npassword: FAKE-yaml-password\nnested:\n    token: FAKE-token\n' >"$dir/secrets/prod/db.yaml"
	printf '{"key": "FAKE-json-key", "list": ["FAKE-0", "FAKE-1"]}\n' >"$dir/secrets/prod/api.json"
	printf '# fake\nAPI_KEY=FAKE-env-key\n' >"$dir/secrets/prod/app.env"
	printf '[db]\npassword = FAKE-ini-password\n' >"$dir/secrets/prod/db.ini"
	printf 'FAKE binary key\0\1\2\n' >"$dir/secrets/prod/tls.key"
}

encrypt_all() {
	for f in db.yaml api.json app.env db.ini tls.key; do sops encrypt -i "secrets/prod/$f"; done
}

# clean
dir=$here/clean
rm -rf "$dir" && mkdir -p "$dir"
flake
policy "alice bob" "web" ""
plain
encrypt_all

# broken
dir=$here/broken
rm -rf "$dir" && mkdir -p "$dir"
flake
policy "alice bob" "web" ""
plain
encrypt_all
cp "$dir/secrets/prod/db.yaml" "$dir/secrets/prod/old.yaml"
extra='    secret.notes = { file = "secrets/prod/notes.yaml"; };
    secret.future = { };
    secret.broken = { file = "secrets/prod/broken.json"; };
'
policy "alice" "web cache" '"cache"' "$extra"
for f in app.env db.ini tls.key; do sops updatekeys -y "secrets/prod/$f" >/dev/null 2>&1; done
printf 'EXTRA_TOKEN=FAKE-typed-in-clear\n' >>"$dir/secrets/prod/app.env"
sed -i 's/^\[db\]$/[db]\nleaked = FAKE-typed-in-clear/' "$dir/secrets/prod/db.ini"
printf '# fake\nnote: FAKE-note-in-clear\n' >"$dir/secrets/prod/notes.yaml"
head -c 300 "$here/clean/secrets/prod/api.json" >"$dir/secrets/prod/broken.json"
printf '# the README of the directory is not a secret\n' >"$dir/secrets/prod/README.md"
sed -i 's/ # web (target)$/ # web/' "$dir/.sops.yaml"

# policy-error
dir=$here/policy-error
rm -rf "$dir" && mkdir -p "$dir"
flake
policy "alice" "web" '"cahce"'
cp -r "$here/clean/secrets" "$dir/"

# handwritten
dir=$here/handwritten
rm -rf "$dir" && mkdir -p "$dir"
printf '{\n  description = "A flake without flake.secrets: .sops.yaml is hand-written";\n  outputs = _: { };\n}\n' >"$dir/flake.nix"
cat >"$dir/.sops.yaml" <<YAML
creation_rules:
  - path_regex: ^secrets/shared/.*\.yaml$
    shamir_threshold: 2
    key_groups:
      - age: [$alice]
      - age: [$bob]
  - path_regex: secrets/.*
    age: $alice,$web
    encrypted_sufix: _secret
YAML
mkdir -p "$dir/secrets/shared"
printf 'token: FAKE-shared-token\n' >"$dir/secrets/shared/token.yaml"
printf 'API_KEY=FAKE-env-key\n' >"$dir/secrets/app.env"
sops encrypt -i secrets/shared/token.yaml
sops encrypt -i secrets/app.env
sed -i "s/$web/$cache/" "$dir/.sops.yaml"
printf 'password: FAKE-forgotten\n' >"$dir/secrets/forgotten.yaml"
for n in alice bob web cache; do echo "$n ${!n}"; done >"$here/recipients.txt"
echo "regenerated; now run: go test ./cmd/secrets-lsp -run Golden -update"
