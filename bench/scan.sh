#!/bin/sh
# The scan benchmark of issue 13: govern scan over generated repositories (ScanRepos), cold (no
# cache) and warm (nothing changed since the last scan), with wall time and peak memory from
# /usr/bin/time. Writes the figures to bench/RESULTS-scan.txt; bench/RESULTS.md keeps the table.
#
#   bench/scan.sh [COUNT] [DIR]     COUNT defaults to 1000; DIR to a new temporary folder
set -eu
cd "$(dirname "$0")/.."
count=${1:-1000}
dir=${2:-$(mktemp -d)}
opts=${GOVERN_JAVA_OPTS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1}
mvn -q -o -Dmaven.test.skip=true package
mvn -q -o test-compile
# Copies, so that rebuilding while the benchmark runs cannot change what it measures.
mkdir -p "$dir"
cp target/govern.jar "$dir/govern.jar"
rm -rf "$dir/test-classes" && cp -r target/test-classes "$dir/test-classes"
if [ ! -d "$dir/repos" ]; then
  start=$(date +%s)
  java -cp "$dir/test-classes:$dir/govern.jar" dev.govern.bench.ScanRepos "$dir" "$count"
  echo "generated $count repositories in $(( $(date +%s) - start )) s ($(du -sh "$dir/repos" | cut -f1))"
fi
rm -rf "$dir/gov" && mkdir -p "$dir/gov" && cp -r data "$dir/gov/data" && rm -rf "$dir/gov/data/measurements"
printf 'repositories:\n  - path: ../repos/*\n    classification: INTERNAL\n' > "$dir/gov/data/repositories.yaml"
run() {
  /usr/bin/time -f "%e %U %S %M" -o "$dir/time" java $opts -Djava.awt.headless=true -jar "$dir/govern.jar" \
    scan --data "$dir/gov/data" --as-of 2026-11-25 > "$dir/out" || true
  read -r wall user sys rss < "$dir/time"
  echo "$1 | $wall | $(echo "$user + $sys" | bc) | $(( rss / 1024 ))"
}
{
  echo "repositories: $count; cores: $(nproc); load before: $(cut -d' ' -f1-3 /proc/loadavg); commit: $(git rev-parse --short HEAD)"
  echo "what | wall (s) | CPU user+sys (s) | peak RSS (MiB)"
  rm -rf "$dir/gov/.govern"
  run "cold scan (empty cache)"
  run "warm rescan (nothing changed)"
  run "warm rescan (nothing changed)"
  tail -1 "$dir/out"
} | tee bench/RESULTS-scan.txt
