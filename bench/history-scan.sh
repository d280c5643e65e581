#!/bin/sh
# The warm-rescan benchmark of issue 14: govern scan, history part included, over COUNT generated
# repositories of COMMITS commits each (HistoryRepos, the histories of AttributionBenchmark): a cold
# scan (empty cache), a rescan with nothing changed, then one new commit in 10 repositories and a
# rescan. Wall time, CPU time and peak RSS from /usr/bin/time; the figures go to
# bench/RESULTS-history.txt, and bench/RESULTS.md keeps the table.
#
#   bench/history-scan.sh [COUNT] [COMMITS] [DIR]   defaults: 1000, 1000, a new temporary folder
#
# DIR keeps the repositories between runs (1,000 x 1,000 is about 1.2 GB and several minutes to
# generate): an existing DIR/repos-COUNTxCOMMITS is reused.
set -eu
cd "$(dirname "$0")/.."
count=${1:-1000}
commits=${2:-1000}
dir=${3:-$(mktemp -d)}
opts=${GOVERN_JAVA_OPTS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1}
jobs=$(nproc)
mvn -q -o -Dmaven.test.skip=true package
mvn -q -o test-compile
# Copies, so that rebuilding while the benchmark runs cannot change what it measures.
mkdir -p "$dir"
cp target/govern.jar "$dir/govern.jar"
rm -rf "$dir/test-classes" && cp -r target/test-classes "$dir/test-classes"
repos="repos-${count}x${commits}"
if [ ! -d "$dir/$repos" ]; then
  start=$(date +%s)
  java -cp "$dir/test-classes:$dir/govern.jar" dev.govern.bench.HistoryRepos generate "$dir/$repos" "$count" "$commits" "$jobs"
  echo "generated $count x $commits in $(( $(date +%s) - start )) s ($(du -sh "$dir/$repos" | cut -f1))"
fi
rm -rf "$dir/gov" && mkdir -p "$dir/gov" && cp -r data "$dir/gov/data" && rm -rf "$dir/gov/data/measurements"
printf 'repositories:\n  - path: ../%s/*\n    classification: INTERNAL\n' "$repos" > "$dir/gov/data/repositories.yaml"
run() {
  /usr/bin/time -f "%e %U %S %M" -o "$dir/time" java $opts -Djava.awt.headless=true -jar "$dir/govern.jar" \
    scan --data "$dir/gov/data" --as-of 2026-11-30 --jobs "$jobs" > "$dir/out" || true
  read -r wall user sys rss < "$dir/time"
  echo "$1 | $wall | $(echo "$user + $sys" | bc) | $(( rss / 1024 )) | $(cut -d' ' -f1 /proc/loadavg)"
}
{
  echo "repositories: $count x $commits commits; cores: $(nproc); load before: $(cut -d' ' -f1-3 /proc/loadavg);"\
    "commit: $(git rev-parse --short HEAD)"
  echo "what | wall (s) | CPU user+sys (s) | peak RSS (MiB) | load after (1 min)"
  rm -rf "$dir/gov/.govern"
  run "cold scan (empty cache)"
  run "warm rescan (nothing changed)"
  run "warm rescan (nothing changed)"
  java -cp "$dir/test-classes:$dir/govern.jar" dev.govern.bench.HistoryRepos add-commits "$dir/$repos" "$count" 10 >/dev/null
  run "warm rescan (1 new commit in 10 repositories)"
  run "warm rescan (nothing changed)"
  tail -1 "$dir/out"
} | tee bench/RESULTS-history.txt
