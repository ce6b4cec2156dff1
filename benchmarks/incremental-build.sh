#!/usr/bin/env bash
# Benchmark: a second `mvn package` with nothing changed against the cold one, on a copy of the
# project (the working tree is not touched). Goal: the second build converts nothing, leaves every
# output untouched (same bytes and same modification time) and takes at most a third of the cold
# build's wall time. Then one chapter of the translation is edited, and the build after that is
# timed too: it must rebuild and change the pages.
#
#   bash benchmarks/incremental-build.sh [RUNS]     (default 5; reports medians and the ratio)
#
# Needs GNU time (/usr/bin/time, Debian package `time`).
set -euo pipefail
runs=${1:-5}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# shellcheck source=benchmarks/timing.sh
source "$root/benchmarks/timing.sh"
need_debian time:/usr/bin/time

copy_project "$work/book"
copy_project "$work/book-edit"

# Every output a reader gets, with its bytes and its modification time.
outputs() {
  (cd "$1" && find content-*/target/html content-*/target/pdf content-*/target/terminology \
    target/*-handouts.zip -type f -printf '%p %T@ ' -exec sha256sum {} \; | sort)
}

again() {
  timed "$1" bash -c "cd '$work/$2' && mvn ${maven_flags[*]} package"
}

chapter=content-en/src/docs/asciidoc/chapters/_article-0003.adoc
for i in $(seq "$runs"); do
  run_once book
  before=$(outputs "$work/book")
  again unchanged book
  if [[ "$(outputs "$work/book")" != "$before" ]]; then
    echo "error: the build with nothing changed touched an output" >&2
    exit 1
  fi
  grep -q "Converted\|converted content" "$work/unchanged.log" \
    && { echo "error: the build with nothing changed converted a book" >&2; exit 1; }

  run_once book-edit
  printf '\nAn edited paragraph, run %s.\n' "$i" >> "$work/book-edit/$chapter"
  again edited book-edit
  grep -q "An edited paragraph, run $i" "$work/book-edit/content-en/target/html/en/index.html" \
    || { echo "error: the build after an edit did not update the page" >&2; exit 1; }
  cp "$root/$chapter" "$work/book-edit/$chapter"
done

echo "cores: $(nproc), load: $(cut -d' ' -f1-3 /proc/loadavg)"
report book
report unchanged
report edited
awk -v c="$(median book)" -v u="$(median unchanged)" -v e="$(median edited)" 'BEGIN {
  printf "nothing changed / cold: %.2f (goal <= 0.33); one chapter edited / cold: %.2f\n", u / c, e / c }'
echo "outputs untouched by the build with nothing changed: yes (bytes and times, every run)"
