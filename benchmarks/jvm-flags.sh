#!/usr/bin/env bash
# Benchmark: the cold build's wall time and peak RSS under several sets of Maven JVM flags
# (.mvn/jvm.config), in one run, alternating, medians: how the flags of .mvn/jvm.config were
# chosen, and how to check them again.
#
#   RUNS=3 bash benchmarks/jvm-flags.sh "FLAGS" ["FLAGS" ...]
#   bash benchmarks/jvm-flags.sh "$(cat .mvn/jvm.config)" "-XX:TieredStopAtLevel=1 -Xmx2g"
#
# Each set of flags gets its own copy of the project with those flags as its .mvn/jvm.config
# (the working tree is not touched); "" means no jvm.config. A cold build is `mvn clean`, then
# `mvn -B -o -q -Dmaven.test.skip=true package`, whole process (see cold-build-vs-ruby.sh).
# Goal (issue 15): peak RSS of the build <= 512 MiB, without a slower cold build.
# Needs GNU time (/usr/bin/time, Debian package `time`; installed where missing).
set -euo pipefail
(($#)) || { echo "usage: RUNS=3 bash benchmarks/jvm-flags.sh \"FLAGS\" [\"FLAGS\" ...]" >&2; exit 2; }
runs=${RUNS:-3}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# shellcheck source=benchmarks/timing.sh
source "$root/benchmarks/timing.sh"
need_debian time:/usr/bin/time

variants=()
for flags in "$@"; do
  variant="v${#variants[@]}"
  variants+=("$variant")
  copy_project "$work/$variant"
  mkdir -p "$work/$variant/.mvn"   # keeps maven.multiModuleProjectDirectory at the root
  tr ' ' '\n' <<< "$flags" | sed '/^$/d' > "$work/$variant/.mvn/jvm.config"
  echo "$variant: ${flags:-(no jvm.config)}"
done

echo "== $(machine); $runs runs each, alternating; one warm-up run each, not counted"
for variant in "${variants[@]}"; do run_once "$variant"; done
rm -f "$work"/*.times
for i in $(seq "$runs"); do
  for variant in "${variants[@]}"; do run_once "$variant"; done
  echo "run $i: $(for v in "${variants[@]}"; do printf '%s %s  ' "$v" "$(tail -1 "$work/$v.times")"; done)(s KiB CPU-s)"
done

echo
echo "== SUMMARY ($(machine) at the end)"
printf '%-4s %8s %9s %8s %9s %9s  %s\n' "" "median s" "vs first" "CPU s" "vs first" "RSS MiB" "flags"
i=0
for variant in "${variants[@]}"; do
  t=$(median "$variant")
  c=$(median "$variant" 3)
  [[ $i == 0 ]] && first=$t && first_cpu=$c
  printf '%-4s %8s %8.0f%% %8s %8.0f%% %9d  %s\n' "$variant" "$t" \
    "$(awk -v a="$first" -v b="$t" 'BEGIN {print 100 * b / a}')" "$c" \
    "$(awk -v a="$first_cpu" -v b="$c" 'BEGIN {print 100 * b / a}')" \
    "$(( $(median "$variant" 2) / 1024 ))" "$(tr '\n' ' ' < "$work/$variant/.mvn/jvm.config")"
  i=$((i + 1))
done
echo "(CPU: user + system; RSS: median of the runs' peaks; largest: $(for v in "${variants[@]}"; do printf '%s %d  ' "$v" "$(( $(maximum "$v" 2) / 1024 ))"; done)MiB)"
