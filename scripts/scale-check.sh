#!/usr/bin/env bash
# Issue 5's scale check: the command line over a generated corpus in a 256 MB heap, its output
# checked against the corpus manifest. Not part of `mvn test` (it takes minutes).
#
#   scripts/scale-check.sh [ARTICLES] [SEED]     default 5000 articles (about 6,000 inputs: text and
#                                                HTML files, WARC records, broken files), seed 1
#   BIG=1G scripts/scale-check.sh                then also a generated gzip WARC of that size on disk,
#                                                parsed under the same heap (BIG=200M for a short run)
#   THREADS=2 ...                                --threads for the checked runs (default 2)
#   CLI_OPTS=--no-extract ...                    more options for `casefile parse` (a faster run that
#                                                still exercises reading, archives and memory)
#
# Checks: one JSON line per article, one failure record per broken input, the summary's inputs equal
# articles + failures + skipped, and each count (failures by exception, skips by reason) equals the
# manifest's. Exits non-zero on the first mismatch.
set -euo pipefail
cd "$(dirname "$0")/.."
ARTICLES=${1:-5000}
SEED=${2:-1}
THREADS=${THREADS:-2}
WORK=${WORK:-target/scale-check}
HEAP=${HEAP:--Xmx256m}

mvn -B -q -DskipTests -pl examples/cli,examples/corpus -am package dependency:build-classpath \
  -Dmdep.outputFile=target/corpus.classpath -Dmdep.includeScope=runtime
JAR=$(ls examples/cli/target/casefile-cli-*-shaded.jar | head -1)
GEN_CP="examples/corpus/target/classes:$(cat examples/corpus/target/corpus.classpath)"

rm -rf "$WORK"
mkdir -p "$WORK"
java -cp "$GEN_CP" io.github.casefile.examples.corpus.CorpusGenerator --out "$WORK/corpus" \
  --articles "$ARTICLES" --seed "$SEED"
# The manifest describes the corpus; it is not one of its inputs.
mv "$WORK/corpus/manifest.json" "$WORK/manifest.json"
echo "corpus: $(find "$WORK/corpus" -type f | wc -l) files, $(du -sh "$WORK/corpus" | cut -f1)"

# Run the command line; $1 names the run, the rest are its inputs. Exit 1 (some inputs rejected)
# is expected for a corpus with broken files.
run() {
  local name=$1; shift
  set +e
  JAVA_TOOL_OPTIONS="$HEAP" /usr/bin/time -o "$WORK/$name.time" -f "$name: max RSS %M KB, %e s wall" \
    java -jar "$JAR" parse --threads "$THREADS" ${CLI_OPTS:-} --output "$WORK/$name.jsonl" \
    --failures "$WORK/$name.failures.jsonl" "$@" 2> "$WORK/$name.err"
  local exit=$?
  set -e
  grep -v '^Picked up JAVA_TOOL_OPTIONS' "$WORK/$name.err" | tail -2
  cat "$WORK/$name.time"
  echo "$name: exit $exit"
}

# Compare a run with the expected totals: articles, failures by exception, skips by reason.
check() {
  local name=$1 expected=$2
  python3 - "$WORK/$name.jsonl" "$WORK/$name.failures.jsonl" "$WORK/$name.err" "$expected" <<'EOF'
import json, re, sys
from collections import Counter
articles_file, failures_file, err_file, expected_file = sys.argv[1:]
expected = json.load(open(expected_file))["expected"]
articles = sum(1 for _ in open(articles_file, encoding="utf-8"))
failures = Counter(json.loads(line)["exception"] for line in open(failures_file, encoding="utf-8"))
err = open(err_file, encoding="utf-8").read()
summary = [l for l in err.splitlines() if l.startswith("casefile: ")][-1]
failure_lines = sum(1 for l in err.splitlines()
                    if not l.startswith("casefile: ") and not l.startswith("Picked up"))
m = re.match(r"casefile: (\d+) inputs?, (\d+) articles?, (\d+) failures?(?: \(([^)]*)\))?, "
             r"(\d+) skipped(?: \(([^)]*)\))? in", summary)
def kinds(text):
    return {k: int(v) for k, v in (p.rsplit(": ", 1) for p in text.split(", "))} if text else {}
inputs, s_articles, s_failures = int(m[1]), int(m[2]), int(m[3])
s_skips = kinds(m[6])
problems = []
def same(what, got, want):
    if got != want:
        problems.append(f"{what}: got {got}, expected {want}")
same("JSON lines", articles, expected["articles"])
same("summary articles", s_articles, expected["articles"])
same("failure records by exception", dict(failures), expected["failures"])
same("failure lines on stderr", failure_lines, sum(expected["failures"].values()))
same("summary failures by exception", kinds(m[4]), expected["failures"])
same("summary skips by reason", s_skips, expected["skipped"])
same("inputs = articles + failures + skipped", inputs,
     s_articles + s_failures + int(m[5]))
same("inputs = manifest total", inputs, expected["articles"]
     + sum(expected["failures"].values()) + sum(expected["skipped"].values()))
print(("OK " if not problems else "MISMATCH ") + summary)
for p in problems:
    print("  " + p)
sys.exit(1 if problems else 0)
EOF
}

run corpus "$WORK/corpus"
check corpus "$WORK/manifest.json"

if [[ -n "${BIG:-}" ]]; then
  java -cp "$GEN_CP" io.github.casefile.examples.corpus.CorpusGenerator --out "$WORK/big" \
    --articles 0 --seed "$SEED" --warc-bytes "$BIG"
  ls -l "$WORK/big/big.warc.gz"
  # Only big.warc.gz: the small files of an --articles 0 corpus are left out of this run, so the
  # expected counts are the large WARC's (its responses are articles, its requests skips).
  python3 - "$WORK/big/manifest.json" "$WORK/big-expected.json" <<'EOF'
import json, sys
m = json.load(open(sys.argv[1]))
big = [i for i in m["items"] if i["container"] == "big.warc.gz"]
listed_requests = sum(1 for i in m["items"] if i["outcome"] == "skipped"
                      and i["reason"] == "request record")
requests = m["expected"]["skipped"]["request record"] - listed_requests
json.dump({"expected": {"articles": requests, "failures": {},
                        "skipped": {"request record": requests}}}, open(sys.argv[2], "w"))
EOF
  run big "$WORK/big/big.warc.gz"
  check big "$WORK/big-expected.json"
fi
