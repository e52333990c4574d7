#!/usr/bin/env bash
# Compare the full text parse of two commits in one JVM, alternating rounds (scripts/AbCompare.java).
#
#   scripts/ab.sh REV_A REV_B TEXT_DIR [SECONDS] [ROUNDS]
#
# Builds each commit's model, core and parsers classes in a worktree under target/ab/ (offline
# Maven), then parses every file of TEXT_DIR (its *.txt files if it has any) as plain text: SECONDS
# of warm-up shared by both builds (default 40: each needs about 20 s before C2 is done), then
# ROUNDS whole passes (default 40). Prints medians and bests in MB/s and the time ratio B / A; run
# it on an idle machine. Example: scripts/ab.sh bec6ba7 HEAD /work/shared/corpus/dev/raw
# The worktrees stay for the next run; after `mvn clean` removes them, `git worktree prune`.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ $# -lt 3 ]]; then
  sed -n '2,10p' "$0"
  exit 2
fi
a=$1 b=$2 dir=$3 seconds=${4:-40} rounds=${5:-40}
[[ -d "$dir" ]] || { echo "not a directory: $dir" >&2; exit 2; }
mkdir -p target/ab
deps=target/ab/deps.txt
mvn -B -o -q -pl parsers -am compile dependency:build-classpath -Dmdep.outputFile="$PWD/$deps" \
  -Dmdep.includeScope=runtime >/dev/null
classpath() { # rev -> class path of its build
  local rev tree
  rev=$(git rev-parse --short "$1")
  tree="$PWD/target/ab/$rev"
  if [[ ! -d "$tree" ]]; then
    git worktree add --detach "$tree" "$rev" >/dev/null 2>&1
  fi
  (cd "$tree" && mvn -B -o -q -pl parsers -am compile >/dev/null)
  local own=$tree/model/target/classes:$tree/core/target/classes:$tree/parsers/target/classes
  printf '%s:%s\n' "$own" "$(tr ':' '\n' < "$deps" | grep -v -e '/casefile-' -e "^$PWD/" | paste -sd: -)"
}
cp_a=$(classpath "$a")
cp_b=$(classpath "$b")
shopt -s nullglob
texts=("$dir"/*.txt)
[[ ${#texts[@]} -gt 0 ]] || texts=("$dir"/*)
echo "A = $a, B = $b, texts: $dir"
java scripts/AbCompare.java "$seconds" "$rounds" "$cp_a" "$cp_b" "${texts[@]}"
