#!/usr/bin/env bash
# Compares nixparse with nix-instantiate --parse (Nix 2.8) on every .nix file
# under DIR and on VARIANTS broken variants of each (a token deleted,
# swapped, duplicated; a truncation; a character deleted), and prints the
# agreement: same verdict, same tree, same error position.
#
#   scripts/parse-corpus.sh DIR [VARIANTS]
#
# Nix's answers are cached in $NIXPARSE_ORACLE_CACHE (default: under the
# work directory $NIXPARSE_WORK), so a second run only reparses with ours.
# The differences are listed in $NIXPARSE_WORK/report.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 1 ] || { echo "usage: $0 DIR [VARIANTS]" >&2; exit 2; }
dir=$(realpath "$1")
work=${NIXPARSE_WORK:-${TMPDIR:-/tmp}/nixparse-corpus}
mkdir -p "$work"
export NIXPARSE_CORPUS="$dir" NIXPARSE_VARIANTS="${2:-1}" NIXPARSE_WORK="$work"
export NIXPARSE_ORACLE_CACHE="${NIXPARSE_ORACLE_CACHE:-$work/cache}"
go test ./nixparse/ -run '^TestCorpus$' -count=1 -v -timeout 12h |
	grep -E 'originals:|variants:|differences:|^(FAIL|ok|---)'
