#!/usr/bin/env bash
# Lays out one fetched snapshot as a git work tree for the real-world evaluation:
#   test/real-world/checkout.sh GIT_DIR CORPUS_DIR/owner__name [COMMIT]
# The snapshot is a bare git directory that may lack large blobs; those files are left out of the
# work tree but stay in the index, as in a sparse checkout. Nothing from the repository is run:
# hooks are off and only git plumbing reads it.
set -euo pipefail
src=$1
dest=$2
commit=${3:-HEAD}
[ -d "$src" ] || { echo "no git directory at $src" >&2; exit 1; }
rm -rf "$dest"
mkdir -p "$dest"
git -c core.hooksPath=/dev/null clone -q --no-checkout --no-hardlinks --shared "$src" "$dest" 2>/dev/null ||
  git -c core.hooksPath=/dev/null clone -q --no-checkout "$src" "$dest"
cd "$dest"
git -c core.hooksPath=/dev/null read-tree "$commit"
# Blobs present in the snapshot, written by checkout-index; missing ones (and submodules) skipped.
# One cat-file process answers for every entry, in the same order as ls-files lists them.
git ls-files -s -z | tr '\0' '\n' >.git/stack-fit-entries
cut -d' ' -f2 .git/stack-fit-entries | git cat-file --batch-check='%(objecttype)' >.git/stack-fit-types
paste -d'\t' .git/stack-fit-types .git/stack-fit-entries |
  awk '/^blob\t/ { sub(/^[^\t]*\t[^\t]*\t/, ""); print }' | tr '\n' '\0' |
  git -c core.hooksPath=/dev/null checkout-index -z --stdin -f
rm -f .git/stack-fit-entries .git/stack-fit-types
git rev-parse "$commit"
