#!/usr/bin/env bash
# govern's benchmark (issue 7): whole-process wall time and peak memory of `check`, `build --no-pdf`
# and `build` on three sizes of governance repo, beside WeasyPrint on the same print.html and a
# trivial Java program (the JVM start-up floor). Prints a table and the ratios and writes
# bench/RESULTS.md. Run from anywhere:  bench/run.sh
#
# Settings (environment):
#   RUNS=5                 measured runs per row, after one warm-up run (the median is reported)
#   RUNS_large=N, WARMUP_large=0 ...  per-size overrides of RUNS and of the warm-up (1 or 0), and
#   RUNS_large_weasyprint=N, RUNS_medium_build___no_pdf=N ...  per row (non-letters as _), for a
#                          quick look on a slow machine; RESULTS.md says how many runs each row had
#   SIZES="shipped medium large"
#   GOVERN_JAVA_OPTS=...   JVM options for govern and the floor; default: the ./govern launcher's
#   GOVERN_CDS=1           govern runs from a class-data-sharing archive recorded by one build of the
#                          shipped data, as the ./govern launcher does; 0 measures without it
#   WEASYPRINT_TIMEOUT=900 seconds allowed for one WeasyPrint run; a run over it is reported as such
#   BENCH_TMP=DIR          where the generated repos and sites go (default: a new temp folder, removed after)
#   RESUME=1               with BENCH_TMP: go on with an earlier run in that folder, keeping its jar and
#                          the rows it measured (delete a row from BENCH_TMP/results.tsv to measure it again)
#   RESULTS=bench/RESULTS.md  where the results are written (relative to the project root)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
RUNS=${RUNS:-5}
SIZES=${SIZES:-"shipped medium large"}
WEASYPRINT_TIMEOUT=${WEASYPRINT_TIMEOUT:-900}
JAVA_OPTS=${GOVERN_JAVA_OPTS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1}
CDS=${GOVERN_CDS:-1}
RESULTS=${RESULTS:-bench/RESULTS.md}
AS_OF=2026-11-25

# ---- tools
missing=()
for tool in java javac mvn git awk timeout; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if [ ! -x /usr/bin/time ] || ! /usr/bin/time -v true >/dev/null 2>&1; then
  missing+=("/usr/bin/time (GNU time: apt-get install -y time)")
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "bench: missing: ${missing[*]}" >&2
  exit 1
fi
have_weasyprint=1
if ! command -v weasyprint >/dev/null 2>&1; then
  have_weasyprint=0
  echo "bench: missing: weasyprint (apt-get install -y weasyprint); the WeasyPrint rows and ratios are skipped" >&2
fi
if ! command -v hyperfine >/dev/null 2>&1; then
  echo "bench: note: hyperfine is not installed (apt-get install -y hyperfine); not needed: runs are timed with /usr/bin/time" >&2
fi

tmp=${BENCH_TMP:-$(mktemp -d -t govern-bench.XXXXXX)}
mkdir -p "$tmp"
if [ -z "${BENCH_TMP:-}" ]; then
  trap 'rm -rf "$tmp"' EXIT
fi
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

RESUME=${RESUME:-0}
if [ "$RESUME" = 1 ] && { [ -z "${BENCH_TMP:-}" ] || [ ! -f "$tmp/govern.jar" ]; }; then
  echo "bench: RESUME=1 needs BENCH_TMP set to the folder of an earlier run" >&2
  exit 1
fi

# ---- build the jar and the generator
if [ "$RESUME" = 1 ]; then
  echo "bench: resuming the run in $tmp with its jar" >&2
else
  echo "bench: building target/govern.jar ..." >&2
  mvn -q -B -Dmaven.test.skip=true package >&2
  # Copies, so that a build in the work tree during the run cannot change what is measured.
  cp target/govern.jar "$tmp/govern.jar"
  # The commit the measured jar was built from (the work tree may change during a long run).
  commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
  if [ -n "$(git status --porcelain --untracked-files=no 2>/dev/null)" ]; then commit="$commit (with uncommitted changes)"; fi
  echo "$commit" > "$tmp/commit"
  mkdir -p "$tmp/classes"
  javac -nowarn -d "$tmp/classes" -cp "$tmp/govern.jar" \
    src/test/java/dev/govern/bench/GovernanceGenerator.java src/test/java/dev/govern/bench/Hello.java
fi

# ---- measuring
results="$tmp/results.tsv"
[ "$RESUME" = 1 ] && touch "$results" || : > "$results"

# measure SIZE WHAT DIR COMMAND...: one warm-up run, then RUNS runs; appends
# size, what, median wall s, min wall s, median cpu s (user+sys), max peak RSS KiB, note.
measure() {
  local size=$1 what=$2 dir=$3
  shift 3
  if awk -F'\t' -v s="$size" -v w="$what" '$1 == s && $2 == w { found = 1 } END { exit !found }' "$results"; then
    echo "bench: $size $what: measured before (RESUME)" >&2
    return 0
  fi
  local runs_file="$tmp/runs.$size.${what// /_}"
  : > "$runs_file"
  local note="" i
  local row_var="RUNS_${size}_${what//[^a-z]/_}" runs_var="RUNS_$size" warmup_var="WARMUP_$size"
  local runs=${!row_var:-${!runs_var:-$RUNS}} first=$((1 - ${!warmup_var:-1}))
  for ((i = first; i <= runs; i++)); do
    local tfile="$tmp/time.out" code=0
    (cd "$dir" && /usr/bin/time -f '%e %U %S %M' -o "$tfile" "$@" >"$tmp/last.out" 2>"$tmp/last.err") || code=$?
    if [ "$code" -ne 0 ]; then
      if [ "$code" -eq 124 ]; then note="timed out after ${WEASYPRINT_TIMEOUT}s"; else note="failed (exit $code)"; fi
      echo "bench: $size $what: $note; last lines of its output:" >&2
      tail -n 5 "$tmp/last.err" >&2 || true
      break
    fi
    # The first run warms the disk cache and is not counted.
    [ "$i" -gt 0 ] && tail -n 1 "$tfile" >> "$runs_file"
  done
  [ "$first" -eq 1 ] && note="${note:+$note; }no warm-up run"
  awk -v size="$size" -v what="$what" -v note="$note" '
    { wall[NR] = $1; cpu[NR] = $2 + $3; if ($4 > rss) rss = $4 }
    function median(a, n,   i, j, t) {
      for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j > 0 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
      return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
    }
    END {
      if (NR == 0) { printf "%s\t%s\t-\t-\t-\t-\t%s\n", size, what, note; exit }
      min = wall[1]; for (i = 2; i <= NR; i++) if (wall[i] < min) min = wall[i]
      printf "%s\t%s\t%.3f\t%.3f\t%.3f\t%d\t%s\n", size, what, median(wall, NR), min, median(cpu, NR), rss, \
        NR (NR == 1 ? " run" : " runs") (note == "" ? "" : "; " note)
    }' "$runs_file" >> "$results"
  tail -n 1 "$results" | awk -F'\t' '{ printf "bench: %-8s %-16s median %s s (cpu %s s), peak %s KiB  [%s]\n", $1, $2, $3, $5, $6, $7 }' >&2
}

java_cmd=(java $JAVA_OPTS -Djava.awt.headless=true)

echo "bench: JVM floor ..." >&2
measure floor "java Hello" "$tmp" "${java_cmd[@]}" -cp "$tmp/classes" dev.govern.bench.Hello

# govern's own command: with the class-data-sharing archive the launcher records on its first build.
govern_cmd=("${java_cmd[@]}")
if [ "$CDS" = 1 ]; then
  if [ "$RESUME" != 1 ] || [ ! -s "$tmp/govern.jsa" ]; then
    echo "bench: recording the class-data-sharing archive (one build of the shipped data) ..." >&2
    rm -rf "$tmp/cds" && mkdir -p "$tmp/cds" && cp -r "$root/data" "$tmp/cds/data"
    (cd "$tmp/cds" && "${java_cmd[@]}" -XX:ArchiveClassesAtExit="$tmp/govern.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
      -jar "$tmp/govern.jar" build --data data --out site --as-of $AS_OF >/dev/null 2>&1)
  fi
  govern_cmd+=(-XX:SharedArchiveFile="$tmp/govern.jsa" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off)
fi

sizes_info="$tmp/sizes.tsv"
: > "$sizes_info"
for size in $SIZES; do
  repo="$tmp/$size"
  if [ "$RESUME" != 1 ] || [ ! -d "$repo/data" ]; then
    echo "bench: generating $size ..." >&2
    java -cp "$tmp/classes:$tmp/govern.jar" dev.govern.bench.GovernanceGenerator "$size" "$repo" "$root/data" >&2
  fi
  data_bytes=$(du -sb "$repo/data" | cut -f1)
  measure "$size" "check" "$repo" "${govern_cmd[@]}" -jar "$tmp/govern.jar" check --data data --as-of $AS_OF
  measure "$size" "build --no-pdf" "$repo" "${govern_cmd[@]}" -jar "$tmp/govern.jar" build --no-pdf --data data --out site-nopdf --as-of $AS_OF
  measure "$size" "build" "$repo" "${govern_cmd[@]}" -jar "$tmp/govern.jar" build --data data --out site --as-of $AS_OF
  pages=$(find "$repo/site" -name '*.html' | wc -l)
  print_bytes=$(stat -c %s "$repo/site/print.html" 2>/dev/null || echo 0)
  pdf_bytes=$(stat -c %s "$repo/site/governance-report.pdf" 2>/dev/null || echo 0)
  pdf_pages=$(command -v pdfinfo >/dev/null 2>&1 && pdfinfo "$repo/site/governance-report.pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }' || echo "")
  if [ "$have_weasyprint" = 1 ] && [ -f "$repo/site/print.html" ]; then
    # print.html is XHTML, read by openhtmltopdf as XML. Its <bookmarks> list (openhtmltopdf's PDF
    # outline) writes leaf entries as <bookmark .../>; an HTML parser such as WeasyPrint's reads each
    # as an open element, nests every later entry inside it and, past a few hundred, stops with a
    # RecursionError. The copy WeasyPrint gets writes them <bookmark ...></bookmark>: the same XML
    # document, spelt so that an HTML parser reads it the same way. Nothing else differs.
    sed -E 's#<bookmark([^<>]*[^/<>])?/>#<bookmark\1></bookmark>#g' "$repo/site/print.html" > "$repo/site/print.weasyprint.html"
    measure "$size" "weasyprint" "$repo/site" timeout "$WEASYPRINT_TIMEOUT" weasyprint print.weasyprint.html "$tmp/$size-weasyprint.pdf"
  fi
  wp_pages=$(command -v pdfinfo >/dev/null 2>&1 && [ -f "$tmp/$size-weasyprint.pdf" ] && pdfinfo "$tmp/$size-weasyprint.pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }' || echo "")
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$size" "$data_bytes" "$pages" "$print_bytes" "$pdf_bytes" "${pdf_pages:-?}" "${wp_pages:-?}" >> "$sizes_info"
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# ---- report
commit=$(cat "$tmp/commit" 2>/dev/null || echo unknown)
cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
mem=$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
java_version=$(java -version 2>&1 | head -n 1)
wp_version=$([ "$have_weasyprint" = 1 ] && weasyprint --version 2>/dev/null | head -n 1 || echo "not installed")

report=$(awk -F'\t' -v sizes="$SIZES" -v runs="$RUNS" -v sizesfile="$sizes_info" '
  function fmt(x) { return x == "" || x == "-" ? "n/a" : sprintf("%.2f", x) }
  function mib(k) { return k == "" || k == "-" ? "n/a" : sprintf("%.0f", k / 1024) }
  function ratio(a, b) { return (a == "" || b == "" || a == "-" || b == "-" || b + 0 == 0) ? "n/a" : sprintf("%.1f×", a / b) }
  function mark(ok) { return ok ? "**met**" : "**not met**" }
  BEGIN {
    while ((getline line < sizesfile) > 0) {
      split(line, f, "\t"); bytes[f[1]] = f[2]; htmlpages[f[1]] = f[3]; printb[f[1]] = f[4]; pdfb[f[1]] = f[5]
      pdfp[f[1]] = f[6]; wpp[f[1]] = f[7]
    }
  }
  { wall[$1, $2] = $3; minw[$1, $2] = $4; cpu[$1, $2] = $5; rss[$1, $2] = $6; note[$1, $2] = $7; order[++n] = $1 SUBSEP $2 }
  END {
    print "| size | what | median wall (s) | fastest (s) | median CPU user+sys (s) | peak RSS (MiB) | runs |"
    print "|---|---|---:|---:|---:|---:|---|"
    for (i = 1; i <= n; i++) {
      split(order[i], k, SUBSEP)
      printf "| %s | %s | %s | %s | %s | %s | %s |\n", k[1], k[2], fmt(wall[order[i]]), fmt(minw[order[i]]), \
        fmt(cpu[order[i]]), mib(rss[order[i]]), note[order[i]]
    }
    ns = split(sizes, s, " ")
    print ""
    print "| size | data (bytes) | HTML files in site | print.html (bytes) | PDF (bytes) | PDF pages govern / WeasyPrint |"
    print "|---|---:|---:|---:|---:|---|"
    for (i = 1; i <= ns; i++) printf "| %s | %s | %s | %s | %s | %s / %s |\n", s[i], bytes[s[i]], htmlpages[s[i]], printb[s[i]], pdfb[s[i]], pdfp[s[i]], wpp[s[i]]
    print ""
    print "### Ratios"
    print ""
    print "govern'"'"'s PDF time is `build` − `build --no-pdf` (medians): the cost the PDF adds to a build. The site and"
    print "the PDF are rendered concurrently, so this is the extra wall time, not the PDF renderer'"'"'s own time."
    print ""
    print "| size | govern PDF time (s) | WeasyPrint (s) | govern PDF ÷ WeasyPrint | WeasyPrint ÷ govern PDF | WeasyPrint ÷ govern full build | CPU: WeasyPrint ÷ govern PDF |"
    print "|---|---:|---:|---:|---:|---:|---:|"
    allfast = 1; anywp = 0
    for (i = 1; i <= ns; i++) {
      z = s[i]; b = wall[z, "build"]; nb = wall[z, "build --no-pdf"]; wp = wall[z, "weasyprint"]
      pdf[z] = (b == "" || nb == "" || b == "-" || nb == "-") ? "" : (b - nb > 0.001 ? b - nb : 0.001)
      if (wp != "" && wp != "-" && pdf[z] != "") { anywp = 1; if (wp / pdf[z] < 5) allfast = 0 }
      else if (note[z, "weasyprint"] ~ /timed out/) { anywp = 1 }
      pdfcpu = (cpu[z, "build"] == "" || cpu[z, "build"] == "-") ? "" : cpu[z, "build"] - cpu[z, "build --no-pdf"]
      printf "| %s | %s | %s | %s | %s | %s | %s |\n", z, fmt(pdf[z]), (note[z, "weasyprint"] ~ /timed out|failed/ ? note[z, "weasyprint"] : fmt(wp)), \
        ratio(pdf[z], wp), ratio(wp, pdf[z]), ratio(wp, b), ratio(cpu[z, "weasyprint"], pdfcpu)
    }
    print ""
    print "| size ÷ shipped | data | check | build --no-pdf | build | govern PDF | WeasyPrint |"
    print "|---|---:|---:|---:|---:|---:|---:|"
    for (i = 1; i <= ns; i++) {
      z = s[i]; if (z == "shipped") continue
      printf "| %s | %s | %s | %s | %s | %s | %s |\n", z, ratio(bytes[z], bytes["shipped"]), ratio(wall[z, "check"], wall["shipped", "check"]), \
        ratio(wall[z, "build --no-pdf"], wall["shipped", "build --no-pdf"]), ratio(wall[z, "build"], wall["shipped", "build"]), \
        ratio(pdf[z], pdf["shipped"]), ratio(wall[z, "weasyprint"], wall["shipped", "weasyprint"])
    }
    if (("large", "build") in wall && ("medium", "build") in wall) {
      printf "| large ÷ medium (10× the controls and risks) | %s | %s | %s | %s | %s | %s |\n", ratio(bytes["large"], bytes["medium"]), \
        ratio(wall["large", "check"], wall["medium", "check"]), ratio(wall["large", "build --no-pdf"], wall["medium", "build --no-pdf"]), \
        ratio(wall["large", "build"], wall["medium", "build"]), ratio(pdf["large"], pdf["medium"]), ratio(wall["large", "weasyprint"], wall["medium", "weasyprint"])
    }
    print ""
    fl = wall["floor", "java Hello"]
    printf "govern `check` on the shipped data ÷ JVM floor (`java Hello`, same JVM options): %s (%s s ÷ %s s)\n", \
      ratio(wall["shipped", "check"], fl), fmt(wall["shipped", "check"]), fmt(fl)
    print ""
    print "### Goals (issue 7)"
    print ""
    print "| goal | measured | |"
    print "|---|---|---|"
    if (("shipped", "check") in wall) {
      r = wall["shipped", "check"] / fl
      printf "| shipped: `check` within 10× the JVM floor | %.1f× (%s s vs %s s) | %s |\n", r, fmt(wall["shipped", "check"]), fmt(fl), mark(r <= 10)
      printf "| shipped: full `build` under 1.5 s | %s s | %s |\n", fmt(wall["shipped", "build"]), mark(wall["shipped", "build"] < 1.5)
    }
    if (("large", "build") in wall) {
      printf "| large: `build --no-pdf` under 5 s | %s s | %s |\n", fmt(wall["large", "build --no-pdf"]), mark(wall["large", "build --no-pdf"] != "-" && wall["large", "build --no-pdf"] < 5)
      printf "| large: full `build` under 20 s | %s s | %s |\n", fmt(wall["large", "build"]), mark(wall["large", "build"] != "-" && wall["large", "build"] < 20)
      printf "| large: peak memory under 1.5 GiB | %s MiB (`build`), %s MiB (`build --no-pdf`) | %s |\n", mib(rss["large", "build"]), mib(rss["large", "build --no-pdf"]), \
        mark(rss["large", "build"] != "-" && rss["large", "build"] < 1.5 * 1048576)
    }
    if (("large", "build") in wall && ("medium", "build") in wall) {
      d = bytes["large"] / bytes["medium"]
      g1 = wall["large", "build --no-pdf"] / wall["medium", "build --no-pdf"]; g2 = wall["large", "build"] / wall["medium", "build"]
      g3 = wall["large", "check"] / wall["medium", "check"]
      printf "| growth: 10× the data costs at most about 10× the time (large ÷ medium; data %.1f×) | check %.1f×, build --no-pdf %.1f×, build %.1f× | %s |\n", \
        d, g3, g1, g2, mark(g1 <= 1.1 * d && g2 <= 1.1 * d && g3 <= 1.1 * d)
    }
    if (anywp) {
      line = ""
      for (i = 1; i <= ns; i++) {
        z = s[i]
        line = line (line == "" ? "" : ", ") z " " (note[z, "weasyprint"] ~ /timed out/ ? "WeasyPrint timed out" : ratio(wall[z, "weasyprint"], pdf[z]))
      }
      printf "| at least 5× faster than WeasyPrint on the same HTML (WeasyPrint ÷ govern PDF time) | %s | %s |\n", line, mark(allfast)
    }
  }' "$results")

machine="$cpu, $(nproc) cores, $mem"
# The sections measured apart (govern serve by bench/serve.sh, then AI attribution and govern scan)
# start at the serve section's marker and run to the end of the file: keep them.
serve_section=""
if [ -f "$RESULTS" ]; then
  serve_section=$(awk '/<!-- govern serve: begin/ { p = 1 } p { print }' "$RESULTS")
fi
{
  echo "# Benchmark results"
  echo
  echo "Made by \`bench/run.sh\` (issue 7). Whole-process wall time: median of RUNS=$RUNS runs after one warm-up run"
  echo "(unless the runs column says otherwise: see RUNS_size and WARMUP_size in the script);"
  echo "peak memory: the largest \"Maximum resident set size\" of those runs (\`/usr/bin/time\`)."
  echo
  echo "- machine: $machine"
  echo "- load average (1, 5, 15 min) before: $load_before; after: $load_after"
  echo "- date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "- commit: $commit"
  echo "- Java: $java_version; JVM options: \`$JAVA_OPTS\` (the \`./govern\` launcher's unless GOVERN_JAVA_OPTS is set)$([ "$CDS" = 1 ] && echo "; govern runs from a class-data-sharing archive recorded by one build of the shipped data, as \`./govern\` does (GOVERN_CDS=0 to measure without)")"
  echo "- WeasyPrint: $wp_version, on site/print.html with openhtmltopdf's self-closed \`<bookmark/>\` entries written \`<bookmark></bookmark>\` (the same XML; see run.sh)"
  echo "- data: shipped = data/; medium and large from \`dev.govern.bench.GovernanceGenerator\` (see bench/README.md); --as-of $AS_OF"
  echo
  echo "$report"
  if [ -n "$serve_section" ]; then
    echo
    echo "$serve_section"
  fi
} > "$RESULTS"
echo >&2
cat "$RESULTS"
echo >&2
echo "bench: results written to $RESULTS" >&2
