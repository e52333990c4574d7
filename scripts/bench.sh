#!/usr/bin/env bash
# Run the JMH benchmarks (benchmarks/) and print the table and goal ratios (see BENCHMARKS.md).
#
#   scripts/bench.sh [--quick] [--no-build] [PAGES_DIR]
#
# Runs every benchmark on the generated pages (1 thread, -prof gc), then the jsoup floor and the
# two Casefile extraction paths on 2 threads; with PAGES_DIR (e.g.
# /work/shared/corpus/html-dev/pages, every */source.html below it) the same again on those pages.
# Defaults take about 19 minutes per page set on 2 cores (the 2-thread runs warm up for 60 s); --quick about 1.5 minutes per set, but
# quick runs measure code the JIT has not finished compiling (see BENCHMARKS.md, "Warm-up").
# JMH options can be replaced with BENCH_JMH="-f 3 -wi 5 -i 5 -w 2s -r 2s".
# Results (JMH JSON, logs, the table) go to benchmarks/target/bench/<time>/.
set -euo pipefail
cd "$(dirname "$0")/.."

quick=0
build=1
dir=""
for arg in "$@"; do
  case "$arg" in
    --quick) quick=1 ;;
    --no-build) build=0 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    -*) echo "unknown option: $arg" >&2; exit 2 ;;
    *) dir="$arg" ;;
  esac
done
if [[ -n "$dir" && ! -d "$dir" ]]; then
  echo "not a directory: $dir" >&2
  exit 2
fi

if [[ $quick == 1 ]]; then
  jmh_default="-f 1 -wi 2 -w 1s -i 2 -r 1s"
else
  # 24 s of warm-up per fork: Casefile reaches steady state (C2 done compiling) after 15-20 s;
  # with 3 s it was measured half-compiled, and a 2-thread run lost a core to the compiler.
  jmh_default="-f 2 -wi 8 -w 3s -i 4 -r 2s"
  # Two threads from a cold start share the two cores with the JIT's compiler threads: since
  # session 4 they reach steady state only after 50-60 s (BENCHMARKS.md, "Latest").
  jmh2_default="-f 2 -wi 20 -w 3s -i 4 -r 2s"
fi
read -r -a jmh <<< "${BENCH_JMH:-$jmh_default}"
read -r -a jmh2 <<< "${BENCH_JMH:-${jmh2_default:-$jmh_default}}"

if [[ $build == 1 ]]; then
  mvn -B -q -DskipTests -pl benchmarks -am package
fi
jar=benchmarks/target/benchmarks.jar
out="benchmarks/target/bench/$(date +%Y%m%d-%H%M%S)"
mkdir -p "$out"
scaling='PageBenchmarks\.(jsoupText|casefileHtmlExtract|casefileTextExtract)$'

{
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
  echo "java: $(java -version 2>&1 | head -1)"
  echo "jmh: ${jmh[*]}"
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$out/machine.txt"

run() { # name, extra JMH arguments...
  local name=$1
  shift
  echo "== $name"
  local options=("${jmh[@]}")
  [[ $name == *-t2 ]] && options=("${jmh2[@]}")
  java -jar "$jar" "${options[@]}" -prof gc -rf json -rff "$out/$name.json" "$@" \
    > "$out/$name.log" 2> "$out/$name.err"
  grep -m1 '^# pages:' "$out/$name.log" || true
  # Pages Casefile cannot read are left out of every benchmark; name them once.
  grep 'left out' "$out/$name.err" | sort -u | sed 's/^/  /' || true
  grep -E '^(PageBenchmarks|MachineCeiling)\.[A-Za-z0-9]+ ' "$out/$name.log" || true
}

results=()
sets=(generated)
[[ -n "$dir" ]] && sets+=(dir)
for set in "${sets[@]}"; do
  params=()
  [[ $set == dir ]] && params=(-p "pagesDir=$(cd "$dir" && pwd)")
  run "$set-t1" 'PageBenchmarks' -t 1 "${params[@]}"
  run "$set-t2" "$scaling" -t 2 "${params[@]}"
  results+=("$out/$set-t1.json" "$out/$set-t2.json")
done

# The machine's own ceiling for 2 threads: pure arithmetic, no allocation, nothing shared.
run ceiling-t1 'MachineCeiling' -t 1
run ceiling-t2 'MachineCeiling' -t 2
results+=("$out/ceiling-t1.json" "$out/ceiling-t2.json")

echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/machine.txt"
python3 benchmarks/report.py "${results[@]}" | tee "$out/table.md"
echo "results: $out"
