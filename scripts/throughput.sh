#!/usr/bin/env bash
# Measure Casefile.parseAll on a generated corpus: articles/s and MB/s on 1 and 2 threads.
#
#   scripts/throughput.sh [ARTICLES] [SEED]          default 2000 inputs, seed 1
#   BIG=1G scripts/throughput.sh                     also the large-WARC run (not part of the tests):
#                                                    a 1 GB gzip WARC parsed under -Xmx256m
set -euo pipefail
cd "$(dirname "$0")/.."
ARTICLES=${1:-2000}
SEED=${2:-1}
OUT=${OUT:-target/throughput-corpus}

# One reactor run compiles and writes the class path; the project's own modules resolve to their
# target/classes directories, so nothing needs installing.
mvn -B -q -pl examples/corpus -am test-compile dependency:build-classpath -DskipTests \
  -Dmdep.outputFile=target/corpus.classpath -Dmdep.includeScope=runtime
CP="examples/corpus/target/classes:$(cat examples/corpus/target/corpus.classpath)"

rm -rf "$OUT"
java -cp "$CP" io.github.casefile.examples.corpus.CorpusGenerator --out "$OUT" \
  --articles "$ARTICLES" --seed "$SEED"
echo "corpus: $(find "$OUT" -type f | wc -l) files, $(du -sh "$OUT" | cut -f1)"
java -Xmx512m -cp "$CP" io.github.casefile.examples.corpus.Throughput "$OUT" 1 2

if [[ -n "${BIG:-}" ]]; then
  BIG_OUT=target/big-corpus
  rm -rf "$BIG_OUT"
  java -cp "$CP" io.github.casefile.examples.corpus.CorpusGenerator --out "$BIG_OUT" \
    --articles 0 --seed "$SEED" --warc-bytes "$BIG"
  ls -l "$BIG_OUT/big.warc.gz"
  /usr/bin/time -v java -Xmx256m -cp "$CP" io.github.casefile.examples.corpus.Throughput \
    "$BIG_OUT/big.warc.gz" 1 2>&1 | grep -E "thread|warm|Maximum resident|Elapsed"
fi
