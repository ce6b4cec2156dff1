#!/usr/bin/env bash
# Benchmark: what the Japanese line breaking extension adds to the PDF conversion of the Japanese
# book. Each run is a whole JVM process converting content-ja to PDF, with the extension on or
# off (attribute book-line-breaking), alternating; prints the medians and their ratio.
#
#   bash benchmarks/line-breaking-overhead.sh [RUNS]     (default 5)
#
# Run `mvn package` first (it compiles book-tools). Needs GNU time (Debian package `time`).
set -euo pipefail
runs=${1:-5}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$root" && mvn -B -o -q -pl book-tools test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp.txt" >/dev/null)
cp="$root/book-tools/target/classes:$root/book-tools/target/test-classes:$(cat "$work/cp.txt")"
jvm=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Djruby.compile.mode=OFF)
out="$root/book-tools/target/benchmark"   # inside the repository: SAFE mode writes nowhere else

for i in $(seq "$runs"); do
  for mode in on off; do
    /usr/bin/time -f "%e" -o "$work/t" java "${jvm[@]}" -cp "$cp" \
      io.github.awsnetbook.tools.typography.PdfConversionBenchmark "$root" "$mode" "$out/ja-$mode.pdf"
    cat "$work/t" >> "$work/$mode.times"
  done
done

median() { sort -n "$1" | awk '{t[NR]=$1} END {print t[int((NR+1)/2)]}'; }
on=$(median "$work/on.times"); off=$(median "$work/off.times")
echo "with line breaking:    median ${on} s over ${runs} runs ($(paste -sd' ' "$work/on.times"))"
echo "without line breaking: median ${off} s over ${runs} runs ($(paste -sd' ' "$work/off.times"))"
awk -v on="$on" -v off="$off" 'BEGIN { printf "overhead: %+.1f%% of the PDF conversion\n", (on/off-1)*100 }'
