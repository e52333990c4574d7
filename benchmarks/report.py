#!/usr/bin/env python3
"""Print the benchmark table and the goal ratios from JMH JSON result files (-rf json).

Usage: report.py RESULT.json [RESULT.json ...]

Every file may hold runs at one or two thread counts and on one or more page sets; rows are
grouped by page set. MB/s is the `bytes` counter (input bytes converted per second) over 10^6,
pages/s the `pages` counter, B/page the `gc.alloc.rate.norm` of -prof gc. Ratios are taken between
benchmarks of the same page set in the same invocation of scripts/bench.sh. One JMH operation
is one pass over the whole page set, so B/page is gc.alloc.rate.norm over the pages of a pass.
"""
import json
import statistics
import sys

ORDER = ["jsoupText", "readability4j", "boilerpipe", "casefileHtml", "casefileHtmlExtract",
         "casefileTextExtract", "jsonWrite", "jsonRead"]
INPUT = {"casefileTextExtract": "text", "jsonWrite": "json", "jsonRead": "json"}
CEILING = "machine ceiling"  # the page set name of MachineCeiling, which has no parameters


def fork_median(metric):
    """Median over forks of each fork's mean iteration score (JMH rawData is [fork][iteration])."""
    forks = [statistics.fmean(f) for f in metric.get("rawData", []) if f]
    return statistics.median(forks) if forks else metric["score"]


def label(params):
    if not params:
        return CEILING
    if params.get("pagesDir"):
        return params["pagesDir"]
    return "generated (seed %s, %s pages)" % (params.get("seed"), params.get("generatedPages"))


def load(paths):
    sets = {}
    for path in paths:
        with open(path) as f:
            for run in json.load(f):
                name = run["benchmark"].rsplit(".", 1)[1]
                sets.setdefault(label(run.get("params", {})), {})[(name, run["threads"])] = run
    return sets


def mbps(run):
    return run["secondaryMetrics"]["bytes"]["score"] / 1e6


def pages(run):
    return run["secondaryMetrics"]["pages"]["score"]


def alloc(run):
    """Bytes allocated per page: per pass (operation) over the pages of one pass."""
    m = run["secondaryMetrics"].get("gc.alloc.rate.norm")
    if not m:
        return float("nan")
    per_pass = pages(run) / run["primaryMetric"]["score"]
    return m["score"] / per_pass


def fmt(x, digits=1):
    return "n/a" if x is None or x != x else f"{x:,.{digits}f}"


def table(runs):
    print("| benchmark | input | MB/s | pages/s | ± (99.9%) | B/page | MB/s, 2 threads | 2t/1t (median of forks) |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    for name in ORDER:
        one = runs.get((name, 1))
        two = runs.get((name, 2))
        if not one:
            continue
        p = one["primaryMetric"]
        err = p.get("scoreError")
        rel = "n/a" if not isinstance(err, (int, float)) or err != err else f"{100 * err / p['score']:.0f}%"
        scale = fmt(fork_median(two["primaryMetric"]) / fork_median(p), 2) if two else ""
        print(f"| {name} | {INPUT.get(name, 'html')} | {fmt(mbps(one))} | {fmt(pages(one))} | {rel} "
              f"| {fmt(alloc(one), 0)} | {fmt(mbps(two)) if two else ''} | {scale} |")


def ratios(runs, top=None):
    def get(name, threads=1):
        return runs.get((name, threads))

    rows = []
    ext, r4j, floor = get("casefileHtmlExtract"), get("readability4j"), get("jsoupText")
    text = get("casefileTextExtract")
    if ext and r4j:
        rows.append(("Casefile HTML+extraction / Readability4J (MB/s)", mbps(ext) / mbps(r4j), ">= 2.5", lambda v: v >= 2.5))
    if ext and floor:
        rows.append(("Casefile HTML+extraction / jsoup floor (MB/s)", mbps(ext) / mbps(floor), ">= 0.5", lambda v: v >= 0.5))
    if text:
        rows.append(("Casefile text+extraction (MB/s)", mbps(text), ">= 50", lambda v: v >= 50))
    if ext and floor:
        rows.append(("Casefile allocation / jsoup allocation (B/page)", alloc(ext) / alloc(floor), "<= 2", lambda v: v <= 2))
    for name in ["casefileHtmlExtract", "casefileTextExtract", "jsoupText"]:
        one, two = get(name), get(name, 2)
        if one and two:
            v = fork_median(two["primaryMetric"]) / fork_median(one["primaryMetric"])
            rows.append((f"{name}: 2 threads / 1 thread (median of forks)", v, ">= 1.8", lambda v: v >= 1.8))
            if top:
                rows.append((f"{name}: scaling / the machine's ceiling ({top:.2f})", v / top,
                             ">= 0.9", lambda v: v >= 0.9))
    print("| ratio | measured | goal | met |")
    print("|---|---:|---|---|")
    for what, value, goal, ok in rows:
        print(f"| {what} | {fmt(value, 2)} | {goal} | {'yes' if ok(value) else 'no'} |")


def ceiling(sets):
    """2-thread / 1-thread ratio of MachineCeiling.arithmetic, or None when it was not run."""
    runs = sets.get(CEILING, {})
    one, two = runs.get(("arithmetic", 1)), runs.get(("arithmetic", 2))
    if not one or not two:
        return None
    return fork_median(two["primaryMetric"]) / fork_median(one["primaryMetric"])


def main(paths):
    if not paths:
        print(__doc__, file=sys.stderr)
        return 2
    sets = load(paths)
    top = ceiling(sets)
    for name, runs in sets.items():
        if name == CEILING:
            continue
        print(f"\n### Pages: {name}\n")
        table(runs)
        print()
        ratios(runs, top)
    if top is not None:
        print(f"\nMachine ceiling (MachineCeiling.arithmetic, no allocation): 2 threads / 1 thread = {top:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
