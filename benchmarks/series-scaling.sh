#!/usr/bin/env bash
# Benchmark: how the cold build grows with the series: 1, 10, 25 and 50 articles x 2 locales,
# generated from the real chapter, each built cold, in one run, alternating, medians; then, at
# the largest size, where the time goes (per plugin execution, and JFR CPU samples split into
# conversion, each check, PDF layout, font subsetting).
#
#   bash benchmarks/series-scaling.sh [RUNS] [SIZES]     (default 3, "1 10 25 50")
#
# Each size is its own copy of the project (the working tree is not touched). Its articles are
# chapters/_article-0003.adoc of each locale copied as _article-0004.adoc and on, with every ID
# renamed the same way in both locales (section, figure, table, note and list IDs, and the
# references to them: article-0003 -> article-NNNN, other IDs get the suffix -NNNN), the
# "article0003" of the title renamed, and each included from index.adoc after the real one.
# The figures are shared. The translation's fingerprints are recorded for the new sections with
# the mark command (-Dtranslation.mark=all, in the copy), and the script checks that the build
# then sees every section of the translation up to date. A cold build is `mvn clean`, then
# `mvn -B -o -q -Dmaven.test.skip=true package`, whole process (see cold-build-vs-ruby.sh).
# Goal (issue 15): the time per added article stays flat.
# Needs GNU time (/usr/bin/time, Debian package `time`; installed where missing) and perl.
set -euo pipefail
runs=${1:-3}
read -r -a sizes <<< "${2:-1 10 25 50}"
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# shellcheck source=benchmarks/timing.sh
source "$root/benchmarks/timing.sh"
need_debian time:/usr/bin/time

# Copies of the chapter in the copy $1 so that it has $2 articles, in every locale.
make_series() {
  local dir=$1 count=$2 lang src ids number includes
  for lang in ja en; do
    src="$dir/content-$lang/src/docs/asciidoc"
    ids=$(grep -ohE '^\[[^]]*#[A-Za-z][A-Za-z0-9_-]*' "$dir"/content-*/src/docs/asciidoc/chapters/_article-0003.adoc \
      | sed 's/.*#//' | sort -u | tr '\n' ' ')
    includes=""
    for ((k = 4; k < count + 3; k++)); do
      number=$(printf '%04d' "$k")
      IDS="$ids" NUMBER="$number" perl -pe '
        BEGIN { @ids = split " ", $ENV{IDS}; $n = $ENV{NUMBER} }
        for my $id (@ids) {
          my $new = $id eq "article-0003" ? "article-$n" : "$id-$n";
          s/(#|<<|xref:)\Q$id\E(?![A-Za-z0-9_-])/$1$new/g;
        }
        s/article0003/article$n/g;
      ' "$src/chapters/_article-0003.adoc" > "$src/chapters/_article-$number.adoc"
      includes+=$'\n'"include::{book-source-dir}/chapters/_article-$number.adoc[]"$'\n'
    done
    INCLUDES="$includes" perl -pi -e \
      's{^(include::\{book-source-dir\}/chapters/_article-0003\.adoc\[\]\n)}{$1$ENV{INCLUDES}}' \
      "$src/index.adoc"
  done
  # The new sections are translated (they are copies of translated ones): record that.
  if ((count > 1)); then
    (cd "$dir" && mvn -B -o -q -Dmaven.test.skip=true -pl content-en -am package -Dtranslation.mark=all \
      > "$dir.mark.log" 2>&1) || { tail -40 "$dir.mark.log" >&2; return 1; }
  fi
}

echo "== $(machine); sizes ${sizes[*]} articles x 2 locales; $runs runs each, alternating"
for size in "${sizes[@]}"; do
  copy_project "$work/s$size"
  make_series "$work/s$size" "$size"
done
echo "warm-up (not counted)"
for size in "${sizes[@]}"; do
  run_once "s$size"
  notices="$work/s$size/content-en/target/translation/notices.properties"
  if ! grep -qx 'sections=' "$notices"; then
    echo "error: with $size articles the translation check sees sections not up to date:" >&2
    cat "$notices" >&2
    exit 1
  fi
  echo "  $size articles: $(ls "$work/s$size"/content-ja/src/docs/asciidoc/chapters | wc -l) chapters" \
    "per locale, $(grep -c '<h2' "$work/s$size/content-en/target/html/en/index.html") h2 in the" \
    "en page, PDFs $(du -k "$work/s$size"/content-*/target/pdf/*.pdf | awk '{s += $1} END {print s}') KiB"
done
rm -f "$work"/*.times
for i in $(seq "$runs"); do
  for size in "${sizes[@]}"; do run_once "s$size"; done
  echo "run $i: $(for s in "${sizes[@]}"; do printf '%s: %s s  ' "$s" "$(tail -1 "$work/s$s.times" | cut -d' ' -f1)"; done)"
done
load_after=$(machine)

largest=${sizes[-1]}
if [[ ${PROFILE:-1} != 0 ]]; then
  echo
  echo "== where the time goes at $largest articles (one more build, not timed)"
  profile_build "s$largest"
fi

echo
echo "== SUMMARY ($load_after after the timed runs)"
for size in "${sizes[@]}"; do report "s$size"; done
echo "articles  median s  CPU s  peak RSS MiB  s per added article (from the previous size): wall, CPU"
previous=""
for size in "${sizes[@]}"; do
  t=$(median "s$size")
  c=$(median "s$size" 3)
  if [[ -n $previous ]]; then
    read -r ps pt pc <<< "$previous"
    per=$(awk -v a="$pt" -v b="$t" -v x="$pc" -v y="$c" -v n="$((size - ps))" \
      'BEGIN {printf "%.2f, %.2f", (b - a) / n, (y - x) / n}')
  else
    per="-"
  fi
  printf '%8s %9s %6s %13s  %s\n' "$size" "$t" "$c" "$(( $(median "s$size" 2) / 1024 ))" "$per"
  previous="$size $t $c"
done
first=${sizes[0]}
awk -v a="$(median "s$first")" -v b="$(median "s$largest")" -v n="$((largest - first))" \
  -v f="$first" -v l="$largest" 'BEGIN {
  printf "from %d to %d articles: %.2f s per added article (%.1f %% of the %d-article build)\n", \
    f, l, (b - a) / n, 100 * (b - a) / n / a, f }'
