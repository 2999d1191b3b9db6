#!/usr/bin/env bash
# Regenerates the encrypted fixtures of this directory with the real sops
# (3.13.2), throwaway age keys and a throwaway gpg key. Only public keys end
# up here; every value is obviously fake. The private keys live in a
# temporary directory that is deleted on exit.
#
# The files under handmade/ are NOT generated: SOPS cannot encrypt to KMS,
# GCP, Azure or Vault keys offline, so their metadata was written by hand in
# the shapes SOPS writes (stores/stores.go); and the tampered-* files are
# real encrypted files edited afterwards, as a careless hand would.
#
# Usage: testdata/sopsfile/generate.sh   (from anywhere; needs sops,
# age-keygen, ssh-keygen and gpg)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
gobin=$(go env GOPATH)/bin
sops="$gobin/sops --disable-version-check"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"

"$gobin/age-keygen" -o a.key 2>/dev/null
"$gobin/age-keygen" -o b.key 2>/dev/null
"$gobin/age-keygen" -pq -o pq.key 2>/dev/null
ssh-keygen -q -t ed25519 -N '' -C 'ops@example.invalid' -f ssh
A=$("$gobin/age-keygen" -y a.key)
B=$("$gobin/age-keygen" -y b.key)
PQ=$("$gobin/age-keygen" -y pq.key)
SSH=$(cut -d' ' -f1,2 ssh.pub)
export SOPS_AGE_KEY_FILE=$tmp/keys.txt
cat a.key b.key pq.key >keys.txt
export GNUPGHOME=$tmp/gnupg
mkdir -m 700 "$GNUPGHOME"
gpg --batch --quiet --passphrase '' --quick-gen-key 'Fixture <fixture@example.invalid>' rsa2048 encrypt 2>/dev/null
FP=$(gpg --list-keys --with-colons | awk -F: '/^fpr/ {print $10; exit}')

# Plain inputs: every value is fake.
cat >plain.yaml <<'EOF'
# Fixture: every value is fake.
db:
    # the password
    password: FAKE-password-not-a-secret
    port: 5432
    enabled: true
    ratio: 1.5
    empty: ""
    nothing: null
list:
    - FAKE-item-0
    - FAKE-item-1
    - nested: FAKE-nested
api_unencrypted: visible-by-design
EOF
printf '{"db": {"password": "FAKE-password", "port": 5432}, "list": ["FAKE-0", "FAKE-1"], "nothing": null, "api_unencrypted": "visible-by-design"}\n' >plain.json
printf '# Fixture: every value is fake.\nDB_PASSWORD=FAKE-password\nAPI_unencrypted=visible-by-design\nMULTI=FAKE\\nline\n' >plain.env
printf '; Fixture: every value is fake.\n[db]\npassword = FAKE-password\n; the port\nport = 5432\n\n[other]\nkey = FAKE-value\n' >plain.ini
printf 'FAKE binary secret\n\0\1\2\n' >plain.bin

enc() { # enc OUT IN [sops options…]
	local out=$1 in=$2
	shift 2
	$sops encrypt "$@" --filename-override "$out" "$in" >"$here/$out"
}

mkdir -p "$here"/{yaml,json,dotenv,ini,binary}
enc yaml/basic.yaml plain.yaml --age "$A,$B"
enc json/basic.json plain.json --age "$A,$B"
enc dotenv/basic.env plain.env --age "$A,$B"
enc ini/basic.ini plain.ini --age "$A,$B"
enc binary/basic.bin plain.bin --age "$A,$B"

# Two key groups, two of two needed.
cat >groups.sops.yaml <<EOF
creation_rules:
  - key_groups:
      - age: [$A]
      - age: [$B]
        pgp: [$FP]
    shamir_threshold: 2
EOF
for f in yaml/key-groups.yaml:plain.yaml dotenv/key-groups.env:plain.env ini/key-groups.ini:plain.ini json/key-groups.json:plain.json; do
	$sops --config groups.sops.yaml encrypt --filename-override "${f%%:*}" "${f#*:}" >"$here/${f%%:*}"
done

# Every kind of recipient SOPS can use offline.
enc yaml/recipients.yaml plain.yaml --age "$A,$PQ,$SSH" --pgp "$FP"

# Which values stay in clear. Comment and MAC settings have no command-line
# flag: they come from a creation rule.
encc() { # encc OUT IN RULE-SETTINGS…
	local out=$1 in=$2
	shift 2
	{ echo 'creation_rules:'; echo "  - age: $A"; printf '    %s\n' "$@"; } >rule.sops.yaml
	$sops --config rule.sops.yaml encrypt --filename-override "$out" "$in" >"$here/$out"
}
encc yaml/encrypted-regex.yaml plain.yaml "encrypted_regex: '^(password|nested)$'"
encc yaml/unencrypted-regex.yaml plain.yaml "unencrypted_regex: '^(port|enabled)$'"
encc yaml/encrypted-suffix.yaml plain.yaml "encrypted_suffix: word"
encc yaml/mac-only-encrypted.yaml plain.yaml "encrypted_regex: '^password$'" "mac_only_encrypted: true"
cat >comments.yaml <<'EOF'
public: not secret
# sops:enc
secret: FAKE-marked-by-comment
# sops:enc
list:
    - FAKE-under-marked-list
other: not secret either
EOF
encc yaml/encrypted-comment-regex.yaml comments.yaml "encrypted_comment_regex: 'sops:enc'"
sed 's/sops:enc/clear/' comments.yaml >comments2.yaml
encc yaml/unencrypted-comment-regex.yaml comments2.yaml "unencrypted_comment_regex: '^ ?clear$'"

# Several YAML documents; the metadata goes into every one of them.
printf 'first: FAKE-1\n---\nsecond: FAKE-2\n' >multi.yaml
enc yaml/multi-document.yaml multi.yaml --age "$A"

# Tampered: encrypted files edited by hand afterwards.
mkdir -p "$here/tampered"
sed 's/^\(    password: \).*/\1FAKE-pasted-in-clear/' "$here/yaml/basic.yaml" >"$here/tampered/value-in-clear.yaml"
awk '{print} /^    port:/ {print "    token: FAKE-added-by-hand"}' "$here/yaml/basic.yaml" >"$here/tampered/added-key.yaml"
sed 's/^\(    #\)ENC\[.*\]$/\1 a comment typed in clear/' "$here/yaml/basic.yaml" >"$here/tampered/comment-in-clear.yaml"
sed 's/^DB_PASSWORD=.*/DB_PASSWORD=FAKE-pasted-in-clear/' "$here/dotenv/basic.env" >"$here/tampered/value-in-clear.env"
sed 's/^\(password = \).*/\1FAKE-pasted-in-clear/' "$here/ini/basic.ini" >"$here/tampered/value-in-clear.ini"
sed 's/"password": "[^"]*"/"password": "FAKE-pasted-in-clear"/' "$here/json/basic.json" >"$here/tampered/value-in-clear.json"
head -c 700 "$here/yaml/basic.yaml" >"$here/tampered/truncated.yaml"
head -c 900 "$here/json/basic.json" >"$here/tampered/truncated.json"
head -c 300 "$here/binary/basic.bin" >"$here/tampered/truncated.bin"

# Encrypted as YAML under a name that SOPS reads as binary.
mkdir -p "$here/misnamed"
enc misnamed/secret.txt plain.yaml --age "$A" --input-type yaml --output-type yaml

# Plain files: never encrypted.
mkdir -p "$here/plain"
cp plain.yaml "$here/plain/secret.yaml"
cp plain.json "$here/plain/secret.json"
cp plain.env "$here/plain/secret.env"
cp plain.ini "$here/plain/secret.ini"
cp plain.bin "$here/plain/secret.bin"

# Inputs with the corners of each format: the test compares the values read
# from the plain input with the values sops encrypted.
cat >quirks.ini <<'EOF'
top = FAKE-default-section
[s]
; a comment
quoted = "FAKE quoted"
single = 'FAKE single'
inline = FAKE-inline ; FAKE note
hash = FAKE#cut-here
cont = FAKE \
  continued
multi = """FAKE
multi"""
colon: FAKE-colon
dup = FAKE-first
dup = FAKE-second
empty =
[s]
again = FAKE-second-section
EOF
cat >quirks.yaml <<'EOF'
defaults: &defaults
    user: FAKE-user # inline
    # head comment
    pass: FAKE-pass
prod:
    <<: *defaults
    extra: [FAKE-1, {k: FAKE-2}]
block: |
    FAKE multi
    line
folded: >
    FAKE folded
"quoted key": FAKE-q
? complex
: FAKE-complex
empty_map: {}
empty_list: []
nothing:
EOF
cp quirks.ini quirks.yaml "$here/plain/"
enc ini/quirks.ini quirks.ini --age "$A"
enc yaml/quirks.yaml quirks.yaml --age "$A"

printf '%s\t%s\n' a "$A" b "$B" pq "$PQ" ssh "$SSH" pgp "$FP" >"$here/recipients.txt"
echo "fixtures written to $here"
