#!/usr/bin/env bash
# Run the Casefile Spark job in local[*] from the source tree, Spark included on the class path.
#
#   scripts/spark-local.sh --out /tmp/casefile-tables seeds/ /data/crawl/
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
mvn -B -q -pl examples/spark -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/spark.classpath -Dmdep.includeScope=compile
CP="examples/spark/target/classes:$(cat examples/spark/target/spark.classpath)"
exec java -Xmx2g -Dspark.driver.host=127.0.0.1 -cp "$CP" \
  io.github.casefile.examples.spark.CasefileSparkJob "$@"
