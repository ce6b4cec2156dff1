#!/usr/bin/env bash
# Benchmark: the terminology checker's matcher (TbxReader, AsciiDocText, TermMatcher) on a
# synthetic book, and textlint with textlint-rule-prh on the same files with the same
# deprecated -> preferred replacements. In one run:
#   (a) the checker at full size: 10 MB of AsciiDoc, 5,000 concepts (20,000 terms);
#   (b) its scaling: 2.5/5/10/20 MB at 5,000 concepts, 1,250/2,500/5,000/10,000 concepts at 10 MB;
#   (c) textlint+prh, whole process, side by side with the checker on the same files;
#   (d) every difference between the findings of the two, by category, with examples.
#
#   bash benchmarks/terminology-throughput.sh [RUNS]     (default 3; medians of the checker)
#
# textlint is measured on 1 MB first; if 10 times that exceeds TEXTLINT_LIMIT seconds (default
# 600), it is measured on 2.5 MB instead and 10 MB is extrapolated linearly (the output says so).
# TEXTLINT_MB=1|2.5|10 forces the size. (On a 2-core VM: 56 s for 1 MB, 688 s for 10 MB, so the
# estimate is low by about a fifth.) Everything is written under target/terminology-benchmark,
# nothing is committed; textlint 15.8.0 and textlint-rule-prh 6.1.0 are installed there with npm.
# Needs Java 17, Maven, Node.js 20.18 or later and GNU time (/usr/bin/time, Debian package
# `time`). About 14 minutes on two cores, 12 of them textlint.
#
# The checker's side runs in its own JVM with the default heap (peak RSS about 0.9 GiB is the
# JVM's default sizing; it runs as fast with -Xmx256m).
set -euo pipefail
runs=${1:-3}
limit=${TEXTLINT_LIMIT:-600}
root=$(cd "$(dirname "$0")/.." && pwd)
work="$root/target/terminology-benchmark"
data="$work/data"
out="$work/results"
tools="$work/textlint"
mkdir -p "$out"
rm -f "$out"/*
exec > >(tee "$out/report.txt") 2>&1

say() { printf '\n== %s\n' "$*"; }
field() { grep -o "$2=[^ ]*" "$1" | head -1 | cut -d= -f2; }
median() { sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }

say "build (the benchmark module, benchmarks/terminology, with book-tools) and classpath"
(cd "$root" && mvn -B -o -q -Pbenchmarks -pl benchmarks/terminology -am compile \
  dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile="$work/cp.txt" >/dev/null)
cp="$root/benchmarks/terminology/target/classes:$root/book-tools/target/classes:$(cat "$work/cp.txt")"
benchmark() { java -cp "$cp" io.github.awsnetbook.tools.terminology.TerminologyBenchmark "$@"; }

say "synthetic data (seeded: the same files every run)"
rm -rf "$data"
benchmark generate "$data"
cat > "$data/textlintrc.json" <<'JSON'
{
  "plugins": { "@textlint/text": { "extensions": [".adoc"] } },
  "rules": { "prh": { "rulePaths": ["prh.yml"] } }
}
JSON

say "textlint 15.8.0 and textlint-rule-prh 6.1.0 (npm, into $tools)"
version() { node -p "require('$tools/node_modules/$1/package.json').version" 2>/dev/null || true; }
if [[ $(version textlint) != 15.8.0 || $(version textlint-rule-prh) != 6.1.0 ]]; then
  npm install --prefix "$tools" --no-audit --no-fund --loglevel=error \
    textlint@15.8.0 textlint-rule-prh@6.1.0 >/dev/null
fi
echo "textlint $(version textlint), textlint-rule-prh $(version textlint-rule-prh)," \
  "prh $(version prh), node $(node --version), $(java -version 2>&1 | head -1)"

# One whole-process run of the checker's scanner; appends its numbers to runs-CONCEPTS-SIZEMB.txt:
# wall s, peak RSS MiB, scan s, MB/s, MB/s after the first file, findings, TBX read ms,
# matchers built ms, matching s.
scan() {
  local concepts=$1 megabytes=$2 tag="$1-$2MB"
  /usr/bin/time -f "%e %M" -o "$out/time.txt" \
    bash -c "java -cp '$cp' io.github.awsnetbook.tools.terminology.TerminologyBenchmark scan \
      '$data/terms-$concepts.tbx' '$data/corpus-${megabytes}MB' '$out/checker-$tag.tsv' \
      > '$out/scan.txt'"
  read -r wall rss < "$out/time.txt"
  echo "$wall $((rss / 1024)) $(field "$out/scan.txt" scan_s) $(field "$out/scan.txt" mb_per_s)" \
    "$(field "$out/scan.txt" warm_mb_per_s) $(field "$out/scan.txt" findings)" \
    "$(field "$out/scan.txt" read_ms) $(field "$out/scan.txt" build_ms)" \
    "$(field "$out/scan.txt" match_s)" >> "$out/runs-$tag.txt"
}

configs=("5000 1" "5000 2.5" "5000 5" "5000 10" "5000 20" "1250 10" "2500 10" "10000 10")
say "the checker: ${#configs[@]} configurations x $runs runs, alternating"
for run in $(seq "$runs"); do
  for config in "${configs[@]}"; do
    scan $config
  done
  echo "run $run done"
done

# The median of column $2 of the runs of configuration $1.
med() { awk -v c="$2" '{print $c}' "$out/runs-$1.txt" | median; }

# textlint over every file of one corpus: whole-process wall time, peak RSS, TSV of findings.
textlint_run() {
  local megabytes=$1
  (cd "$data" && /usr/bin/time -f "%e %M" -o "$out/time.txt" \
    "$tools/node_modules/.bin/textlint" --config textlintrc.json --format json \
    -o "$out/textlint-${megabytes}MB.json" corpus-"${megabytes}"MB/*.adoc) || true
  read -r wall rss < "$out/time.txt"
  node "$out/textlint-to-tsv.js" "$out/textlint-${megabytes}MB.json" "$data/corpus-${megabytes}MB" \
    "$out/textlint-${megabytes}MB.tsv"
  echo "$megabytes $wall $((rss / 1024)) $(wc -l < "$out/textlint-${megabytes}MB.tsv")" \
    >> "$out/textlint.txt"
  echo "textlint+prh on ${megabytes} MB: ${wall} s wall, peak RSS $((rss / 1024)) MiB"
}
cat > "$out/textlint-to-tsv.js" <<'JS'
// textlint's JSON report as TSV: file (relative to the corpus), line, column (UTF-16 code units,
// 1-based, as textlint counts), the text prh matched, the text it expects.
const fs = require("fs");
const path = require("path");
const [report, corpus, tsv] = process.argv.slice(2);
const rows = [];
for (const result of JSON.parse(fs.readFileSync(report, "utf8"))) {
  for (const m of result.messages) {
    if (m.ruleId !== "prh") continue;
    const actual = m.message.split("\n")[0].split(" => ")[0];
    rows.push([path.relative(corpus, result.filePath), m.line, m.column, actual, m.fix.text]
      .join("\t"));
  }
}
fs.writeFileSync(tsv, rows.length ? rows.join("\n") + "\n" : "");
JS

say "textlint+prh (one run per size: it is slow)"
textlint_run 1
t1=$(awk '$1 == "1" {print $2}' "$out/textlint.txt")
predicted=$(awk -v t="$t1" 'BEGIN {printf "%.0f", t * 10}')
size=${TEXTLINT_MB:-}
if [[ -z $size ]]; then
  if (( predicted <= limit )); then size=10; else size=2.5; fi
  echo "10 MB would take about ${predicted} s (10 x the 1 MB run), the limit is ${limit} s:" \
    "measuring ${size} MB"
fi
if [[ $size != 1 ]]; then
  textlint_run "$size"
fi

say "(d) differences between the findings, on the ${size} MB corpus at 5,000 concepts"
benchmark compare "$data/corpus-${size}MB" "$out/checker-5000-${size}MB.tsv" \
  "$out/textlint-${size}MB.tsv" "$out/differences-${size}MB.tsv" > "$out/compare.txt"
grep -v '^SUMMARY ' "$out/compare.txt"

say "SUMMARY ($(nproc) CPUs; checker: medians of $runs runs; textlint: one run)"
printf '\n(a) full size: 10 MB of AsciiDoc (10 files), 5,000 concepts (20,000 terms in TBX;'
printf ' 10,000 rules in prh)\n'
t=5000-10MB
echo "  checker whole process: $(med $t 1) s wall, peak RSS $(med $t 2) MiB"
echo "  checker scan (files read, AsciiDocText, TermMatcher ja+en; no JVM start, no TBX):" \
  "$(med $t 3) s = $(med $t 4) MB/s; after the first file $(med $t 5) MB/s;" \
  "TBX read $(med $t 7) ms, matchers built $(med $t 8) ms; $(med $t 6) findings"

printf '\n(b) scaling of the checker\n'
printf '  %-9s %9s %9s %8s %8s %11s %9s\n' "corpus" "concepts" "wall s" "scan s" "MB/s" \
  "warm MB/s" "findings"
for config in "${configs[@]}"; do
  read -r concepts megabytes <<< "$config"
  t="$concepts-${megabytes}MB"
  printf '  %-9s %9s %9s %8s %8s %11s %9s\n' "$megabytes MB" "$concepts" "$(med $t 1)" \
    "$(med $t 3)" "$(med $t 4)" "$(med $t 5)" "$(med $t 6)"
done
for megabytes in 1 2.5 5 10 20; do echo "$megabytes $(med "5000-${megabytes}MB" 3)"; done \
  | awk '{x[NR]=$1; y[NR]=$2; sx+=$1; sy+=$2} END {
      mx=sx/NR; my=sy/NR
      for (i=1;i<=NR;i++) {sxy+=(x[i]-mx)*(y[i]-my); sxx+=(x[i]-mx)^2; syy+=(y[i]-my)^2}
      b=sxy/sxx; a=my-b*mx
      printf "  text: scan s = %.2f + %.3f x MB (least squares, 1 to 20 MB, R^2 = %.3f)\n", \
        a, b, sxy^2/(sxx*syy)
      printf "        = %.1f MB/s at the margin (the constant: mostly JIT warm-up)\n", 1/b }'
awk -v s="$(med 1250-10MB 3)" -v l="$(med 10000-10MB 3)" \
  -v ms="$(med 1250-10MB 9)" -v ml="$(med 10000-10MB 9)" 'BEGIN {
    printf "  termbase: 8x the concepts (1,250 -> 10,000) at 10 MB: scan %.2f s -> %.2f s", s, l
    printf " (x%.2f); matching alone %.2f s -> %.2f s (x%.2f)\n", l/s, ms, ml, ml/ms }'

printf '\n(c) textlint+prh and the checker on the same files (whole processes, wall time)\n'
printf '  %-9s %12s %12s %9s %15s %15s\n' "corpus" "textlint s" "checker s" "ratio" \
  "textlint MB/s" "checker MB/s"
row() {
  awk -v m="$1" -v t="$2" -v o="$3" -v note="${4:-}" 'BEGIN {
    printf "  %-9s %12.1f %12.2f %8.0fx %15.3f %15.2f %s\n", m " MB", t, o, t/o, m/t, m/o, note }'
}
while read -r megabytes wall rss found; do
  row "$megabytes" "$wall" "$(med "5000-${megabytes}MB" 1)"
done < "$out/textlint.txt"
if [[ $size != 10 ]]; then
  estimate=$(awk '{m[NR]=$1; t[NR]=$2} END {
      b=(NR>1) ? (t[NR]-t[1])/(m[NR]-m[1]) : t[1]/m[1]; printf "%.0f", t[1]+b*(10-m[1]) }' \
    "$out/textlint.txt")
  row 10 "$estimate" "$(med 5000-10MB 1)" "<- textlint EXTRAPOLATED (linear), not measured"
fi
echo "  textlint peak RSS: $(awk '{printf "%s MB: %s MiB  ", $1, $3}' "$out/textlint.txt")"

printf '\n(d) findings on the %s MB corpus\n' "$size"
sed -n 's/^SUMMARY /  /p' "$out/compare.txt"
echo "  (categories and examples above; every difference in $out/differences-${size}MB.tsv)"
echo
echo "full report: $out/report.txt"
