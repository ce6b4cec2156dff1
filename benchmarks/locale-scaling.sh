#!/usr/bin/env bash
# Benchmark: what each locale adds to the cold build, in one run, alternating, medians.
#
#   bash benchmarks/locale-scaling.sh [RUNS]     (default 3)
#
# Three copies of the project (the working tree is not touched), each built from clean as in
# cold-build-vs-ruby.sh (`mvn clean`, then `mvn -B -o -q -Dmaven.test.skip=true package`, whole
# process):
#   one:   ja only: content-en out of the reactor, out of book.locales and out of the test-scoped
#          dependencies of handouts and book-tests;
#   two:   ja and en, the project as it is;
#   three: ja, en and a third locale made by ./new-locale.sh (every section untranslated, shown in
#          the source language under a notice: the same text to convert and print as ja).
# Reports each additional locale's time as a % of the one-locale build.
# Goal (issue 15): each additional locale adds at most 25 %.
# Needs GNU time (/usr/bin/time, Debian package `time`; installed where missing).
set -euo pipefail
runs=${1:-3}
third=${THIRD_LOCALE:-fr}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# shellcheck source=benchmarks/timing.sh
source "$root/benchmarks/timing.sh"
need_debian time:/usr/bin/time

copy_project "$work/one"
copy_project "$work/two"
copy_project "$work/three"

# ja only.
sed -i -e '/<module>content-en<\/module>/d' \
  -e '0,/<book.locales>/s|<book.locales>[^<]*</book.locales>|<book.locales>ja</book.locales>|' \
  "$work/one/pom.xml"
for pom in "$work/one/handouts/pom.xml" "$work/one/book-tests/pom.xml"; do
  perl -0pi -e 's{\s*<dependency>\s*<groupId>[^<]*</groupId>\s*<artifactId>content-en</artifactId>.*?</dependency>}{}s' "$pom"
done
rm -rf "$work/one/content-en"
# A third locale, as a translator would start it.
(cd "$work/three" && ./new-locale.sh "$third" -o > /dev/null)

echo "== $(machine); $runs runs each, alternating: ja | ja en | ja en $third"
echo "warm-up (not counted)"
for variant in one two three; do run_once "$variant"; done
for lang in ja en "$third"; do
  [[ -s "$work/three/content-$lang/target/pdf/aws-network-$lang.pdf" ]] \
    || { echo "error: the three-locale build made no PDF for $lang" >&2; exit 1; }
done
rm -f "$work"/*.times
for i in $(seq "$runs"); do
  for variant in one two three; do run_once "$variant"; done
  echo "run $i: $(for v in one two three; do printf '%s %s s  ' "$v" "$(tail -1 "$work/$v.times" | cut -d' ' -f1)"; done)"
done

echo
echo "== SUMMARY ($(machine) at the end)"
for variant in one two three; do report "$variant"; done
awk -v a="$(median one)" -v b="$(median two)" -v c="$(median three)" -v t="$third" 'BEGIN {
  printf "1 locale (ja):        %.1f s\n", a
  printf "2nd locale (en):      +%.1f s = %+.0f %% of the 1-locale build (goal <= 25 %%): %s\n", \
    b - a, 100 * (b - a) / a, (100 * (b - a) / a <= 25 ? "met" : "NOT met")
  printf "3rd locale (%s):      +%.1f s = %+.0f %% of the 1-locale build (goal <= 25 %%): %s\n", \
    t, c - b, 100 * (c - b) / a, (100 * (c - b) / a <= 25 ? "met" : "NOT met") }'
awk -v a="$(median one 3)" -v b="$(median two 3)" -v c="$(median three 3)" 'BEGIN {
  printf "by CPU time (less sensitive to a busy machine): 1 locale %.1f s; 2nd %+.0f %%; 3rd %+.0f %%\n", \
    a, 100 * (b - a) / a, 100 * (c - b) / a }'
