#!/usr/bin/env bash
# Score the generic HTML format on the Readability regression pages:
#   scripts/score-html.sh [PAGES_DIR] [PRED_DIR]
# builds the parsers module with its test classes, writes one Casefile article JSON per page
# (extraction off) and runs the shared scorer over them.
set -euo pipefail
cd "$(dirname "$0")/.."
PAGES=${1:-/work/shared/corpus/html-dev/pages}
PRED=${2:-/tmp/page-preds}
CP_FILE=$(mktemp)
trap 'rm -f "$CP_FILE"' EXIT
mvn -B -q -pl parsers -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test >/dev/null
CP="parsers/target/test-classes:parsers/target/classes:core/target/classes:model/target/classes:$(cat "$CP_FILE")"
rm -rf "$PRED"
java -cp "$CP" io.github.casefile.parsers.html.HtmlScoreRunner "$PAGES" "$PRED"
python3 /work/shared/tools/score_articles.py "$PAGES" "$PRED" --per-page "$PRED/per-page.tsv"
