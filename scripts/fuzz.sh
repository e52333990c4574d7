#!/usr/bin/env bash
# Fuzz Casefile's source formats and extraction with Jazzer, one target at a time.
#
#   scripts/fuzz.sh [DURATION] [TARGET...]
#
# DURATION is a Jazzer duration (default 3m; "30s", "10m", "1h"). TARGETs are methods of
# fuzz/src/test/java/io/github/casefile/fuzz/FormatsFuzzTest.java (default: all of them):
# text html wordpress feed wordpressJson frontmatter extraction.
#
# Each target runs in fuzzing mode (JAZZER_FUZZ=1) with coverage from the packages named in
# fuzz/src/test/resources/junit-platform.properties (jazzer.instrument). The corpus it grows stays
# in fuzz/.cifuzz-corpus/ (git-ignored). A crash stops the target and Jazzer writes the input to
# fuzz/src/test/resources/io/github/casefile/fuzz/FormatsFuzzTestInputs/<target>/crash-*: keep it
# (it is replayed by every `mvn -B verify`), add a copy under fuzz/src/test/resources/regressions/
# <format>/, and fix the parser. FUZZ_XMX (default 1g) bounds the fuzzed JVM's heap; the machine
# is shared, so keep it moderate.
set -u
cd "$(dirname "$0")/.."

duration="${1:-3m}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(text html wordpress feed wordpressJson frontmatter extraction)
fi
xmx="${FUZZ_XMX:-1g}"

status=0
summary=()
for target in "${targets[@]}"; do
  echo "== fuzzing FormatsFuzzTest#$target for $duration"
  start=$(date +%s)
  if JAZZER_FUZZ=1 JAZZER_MAX_DURATION="$duration" \
      mvn -B -q -pl fuzz -am test -Dtest="FormatsFuzzTest#$target" \
      -Dsurefire.failIfNoSpecifiedTests=false -Dfuzz.argLine="-Xmx$xmx -Xss1m"; then
    result=clean
  else
    result="FINDING (see fuzz/src/test/resources/io/github/casefile/fuzz/FormatsFuzzTestInputs/$target/)"
    status=1
  fi
  summary+=("$(printf '%-14s %6ss  %s' "$target" "$(( $(date +%s) - start ))" "$result")")
done

echo
echo "target         time    result"
printf '%s\n' "${summary[@]}"
exit $status
