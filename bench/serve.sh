#!/usr/bin/env bash
# govern serve's benchmark (issue 16): runs `govern serve` as its own process on the shipped data and on
# the generated large repo, and measures from outside (dev.govern.serve.ServeBenchmark): a one-file change
# saved → reload event, → page reloaded; every page rendered after a change; the PDF on request; the
# server's memory. Writes the figures into the "govern serve" section of bench/RESULTS.md (the rest of the
# file, from bench/run.sh, is kept). Run from anywhere:  bench/serve.sh
#
# Settings (environment):
#   CHANGES=20             saved changes measured per size
#   SIZES="shipped large"  sizes from dev.govern.bench.GovernanceGenerator
#   PDF_SIZES="shipped"    sizes whose PDF is measured (the large one takes about a minute per PDF)
#   SERVE_JAVA_OPTS=...    JVM options of the server; default: the ./govern launcher's for serve
#   RESULTS=bench/RESULTS.md
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
CHANGES=${CHANGES:-20}
SIZES=${SIZES:-"shipped large"}
PDF_SIZES=${PDF_SIZES:-"shipped"}
JAVA_OPTS=${SERVE_JAVA_OPTS:--XX:+UseSerialGC}
RESULTS=${RESULTS:-bench/RESULTS.md}

tmp=$(mktemp -d -t govern-serve-bench.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

echo "bench: building target/govern.jar ..." >&2
mvn -q -B -Dmaven.test.skip=true package >&2
cp target/govern.jar "$tmp/govern.jar"
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
if [ -n "$(git status --porcelain --untracked-files=no 2>/dev/null)" ]; then commit="$commit (with uncommitted changes)"; fi
mkdir -p "$tmp/classes"
javac -nowarn -d "$tmp/classes" -cp "$tmp/govern.jar" \
  src/test/java/dev/govern/bench/GovernanceGenerator.java src/test/java/dev/govern/serve/ServeBenchmark.java

rows=""
for size in $SIZES; do
  echo "bench: generating $size ..." >&2
  java -cp "$tmp/classes:$tmp/govern.jar" dev.govern.bench.GovernanceGenerator "$size" "$tmp/$size" "$root/data" >&2
  pdf=no
  case " $PDF_SIZES " in *" $size "*) pdf=yes ;; esac
  echo "bench: serving $size ($CHANGES changes, PDF: $pdf) ..." >&2
  # shellcheck disable=SC2086
  row=$(java -cp "$tmp/classes" dev.govern.serve.ServeBenchmark "$tmp/govern.jar" "$tmp/$size" "$size" "$CHANGES" "$pdf" $JAVA_OPTS)
  echo "$row" >&2
  rows="$rows$row"$'\n'
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
busy=""
if awk -v l="${load_before%% *}" -v n="$(nproc)" 'BEGIN { exit !(l > n) }'; then
  busy="The load average before the run was above the number of cores: other work shared the CPU, so these figures
are far above what the same machine gives when quiet and say nothing about the goals. Run it again on a quiet machine."
fi

section=$(cat <<END
<!-- govern serve: begin (written by bench/serve.sh; bench/run.sh keeps it) -->
## govern serve (issue 16)

Made by \`bench/serve.sh\`: \`govern serve\` runs as its own process (JVM options \`$JAVA_OPTS\`, the
\`./govern\` launcher's for serve) and \`dev.govern.serve.ServeBenchmark\` measures from outside, over
HTTP, $CHANGES saved changes per size. Each change renames the first control of the first controls file.

- machine: $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo), $(nproc) cores
- load average (1, 5, 15 min) before: $load_before; after: $load_after
- date: $(date -u +%Y-%m-%dT%H:%MZ); commit: $commit
${busy:+
$busy
}
| size | first build (s) | save → reload event, median (ms) | p90 (ms) | save → page reloaded, median (ms) | p90 (ms) | max (ms) | every page rendered after a change (crawl) | PDF, first request (s) | PDF warm, after a change (s) | peak RSS (MiB) | RSS at the end (MiB) |
|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|
$(printf '%s' "$rows")

"Page reloaded" is the page's HTML and the stylesheets and scripts it loads, fetched again as a
browser does on the reload event. The crawl fetches every page reachable from the dashboard once
after a change: what rendering the whole site would cost on each save, which the preview does not
do (it renders the open pages at once and the others when asked for).

Goals (issue 16): shipped data, save → event ≤ 100 ms and page reloaded ≤ 250 ms; large repo,
page reloaded ≤ 1 s; PDF on request for the shipped data ≤ 1 s warm; server memory on the large
repo ≤ 1 GiB.
<!-- govern serve: end -->
END
)

if [ -f "$RESULTS" ] && grep -q '<!-- govern serve: begin' "$RESULTS"; then
  awk -v section="$section" '
    /<!-- govern serve: begin/ { print section; skip = 1; next }
    /<!-- govern serve: end -->/ { skip = 0; next }
    !skip { print }' "$RESULTS" > "$tmp/results.md"
  cp "$tmp/results.md" "$RESULTS"
else
  { [ -f "$RESULTS" ] && cat "$RESULTS" && echo; echo "$section"; } > "$tmp/results.md"
  cp "$tmp/results.md" "$RESULTS"
fi
echo "$section"
echo "bench: results written to $RESULTS" >&2
