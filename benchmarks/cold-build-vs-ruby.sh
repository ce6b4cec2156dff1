#!/usr/bin/env bash
# Benchmark: the cold build against the Ruby toolchain doing the same conversions, side by side
# in one run, alternating, whole-process wall time and peak RSS, medians.
#
#   bash benchmarks/cold-build-vs-ruby.sh [RUNS]     (default 5)
#
#   maven: `mvn -B -o -q -Dmaven.test.skip=true package` of every locale (checks, figures, HTML,
#          PDF, bundle), with the local Maven repository and the file cache warm; tests are not
#          conversions and are neither compiled nor run. Two kinds of cold, in the same run:
#     books: nothing of a book reused: every target/ folder removed but those of the build's own
#            code (book-tools, book-maven-plugin), which is built, as the Ruby peer's is
#            installed; the JVM, JRuby and the PDF engine start cold. This is the goal's build.
#     clean: after `mvn clean`: the build's own code (about 15,500 lines of Java) compiled first.
#   ruby:  Debian's `asciidoctor` (HTML) and `asciidoctor-pdf` (PDF), one process per format and
#          locale, run one after the other, with the attributes of the book's conversion
#          (book-tools, conversion.BookConversion); asciidoctor-pdf uses the repository's Noto Sans
#          JP through a minimal theme written into the scratch folder. It has no checks, no
#          figure labels (the SVGs of assets/figures as they are), no glossary, no bundle.
#
# Goals (issue 15): maven (books) <= 3 x ruby; peak RSS of the build <= 512 MiB. One untimed run
# of each comes first (warm-up, and proof that all work). Then one more build from clean, not
# timed, with a timestamped log and a JFR recording: where the time goes, per module, per plugin
# execution, and by CPU samples. PROFILE=0 skips it.
#
# Installs `time`, `asciidoctor`, `ruby-asciidoctor-pdf` with apt-get where missing (root or
# sudo). On a shared machine the absolute figures are noisy: compare the ratio, measured here in
# one run.
set -euo pipefail
runs=${1:-5}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# shellcheck source=benchmarks/timing.sh
source "$root/benchmarks/timing.sh"

need_debian time:/usr/bin/time asciidoctor:asciidoctor ruby-asciidoctor-pdf:asciidoctor-pdf

copy_project "$work/maven"
copy_project "$work/clean"
copy_project "$work/ruby"
locales=$(sed -n 's:.*<book.locales>\(.*\)</book.locales>.*:\1:p' "$root/pom.xml" | head -1)

# The Ruby side, as one script: each conversion its own process. Safe mode with the copy as the
# jail, as the build does; outputs, images and theme inside the jail (target/ruby).
ruby_dir="$work/ruby/target/ruby"
cat > "$work/ruby-theme.yml" << 'YAML'
extends: default
font:
  catalog:
    merge: true
    Noto Sans JP:
      normal: NotoSansJP-Regular.ttf
      bold: NotoSansJP-Bold.ttf
      italic: NotoSansJP-Regular.ttf
      bold_italic: NotoSansJP-Bold.ttf
  fallbacks: [Noto Sans JP]
base:
  font-family: Noto Sans JP
heading:
  font-family: Noto Sans JP
YAML
{
  echo "set -e"
  echo "rm -rf '$ruby_dir' && mkdir -p '$ruby_dir/images' '$ruby_dir/theme'"
  echo "cp '$work/ruby-theme.yml' '$ruby_dir/theme/book-theme.yml'"
  echo "cp '$work/ruby/assets/images/'* '$work/ruby/assets/figures/'* '$ruby_dir/images/'"
  common="-S safe -B '$work/ruby' -a attribute-missing=warn -a attribute-undefined=drop-line"
  common+=" -a 'book-locales=$locales' -a toc=left -a toclevels=2 -a sectanchors -a idprefix="
  common+=" -a idseparator=- -a xrefstyle=short -a hide-uri-scheme"
  for lang in $locales; do
    src="$work/ruby/content-$lang/src/docs/asciidoc"
    echo "asciidoctor $common -a book-source-dir='$src' -a imagesdir=images -a linkcss" \
      "-a copycss -a stylesdir=css -a docinfo=shared -a docinfodir='$work/ruby/theme/html'" \
      "-a webfonts! -D '$ruby_dir/html/$lang' '$src/index.adoc'"
    echo "asciidoctor-pdf $common -a book-source-dir='$src' -a imagesdir='$ruby_dir/images'" \
      "-a pdf-themesdir='$ruby_dir/theme' -a pdf-theme=book" \
      "-a pdf-fontsdir='$work/ruby/theme/fonts' -a scripts=cjk" \
      "-D '$ruby_dir/pdf' -o 'aws-network-$lang.pdf' '$src/index.adoc'"
  done
} > "$work/ruby.sh"

ruby_once() { timed ruby bash "$work/ruby.sh"; }

load_before=$(machine)
echo "== $load_before; locales: $locales; $runs runs each, alternating"
echo "warm-up (not counted)"
run_once maven && run_once clean && ruby_once
for lang in $locales; do
  for f in "$ruby_dir/html/$lang/index.html" "$ruby_dir/pdf/aws-network-$lang.pdf" \
    "$work/maven/content-$lang/target/html/$lang/index.html" \
    "$work/maven/content-$lang/target/pdf/aws-network-$lang.pdf"; do
    [[ -s $f ]] || { echo "error: the warm-up made no $f" >&2; exit 1; }
  done
done
rm -f "$work"/*.times
for i in $(seq "$runs"); do
  run_books_cold maven books
  run_once clean
  ruby_once
  echo "run $i: maven books $(tail -1 "$work/books.times"), maven clean $(tail -1 "$work/clean.times")," \
    "ruby $(tail -1 "$work/ruby.times") (wall s, peak KiB, CPU s)"
done
load_after=$(machine)

echo
echo "== SUMMARY: at the start $load_before; after the timed runs $load_after"
report books
report clean
report ruby
ruby_s=$(median ruby 1)
ratio() {
  awk -v m="$(median "$1" 1)" -v r="$ruby_s" -v what="$2" -v goal="$3" 'BEGIN {
    printf "ratio maven %s / ruby: %.2f x%s\n", what, m / r,
      (goal ? sprintf(" (goal <= 3 x): %s", m / r <= 3 ? "met" : "NOT met") : "") }'
}
ratio books "(books cold)" 1
ratio clean "(from clean, compiling the build's own code)" 0
awk -v m="$(median books 3)" -v r="$(median ruby 3)" 'BEGIN {
  printf "ratio of CPU time, books cold (user + system; less sensitive to a busy machine): %.2f x\n", m / r }'
rss_mib=$(( $(maximum books 2) / 1024 ))
clean_rss_mib=$(( $(maximum clean 2) / 1024 ))
((clean_rss_mib > rss_mib)) && rss_mib=$clean_rss_mib
echo "build peak RSS: median $(( $(median books 2) / 1024 )) MiB (books cold)," \
  "$(( $(median clean 2) / 1024 )) MiB (from clean); largest of all runs $rss_mib MiB" \
  "(goal <= 512 MiB): $( ((rss_mib <= 512)) && echo met || echo NOT met)"
echo "ruby peak RSS (largest single process): $(( $(maximum ruby 2) / 1024 )) MiB"

if [[ ${PROFILE:-1} != 0 ]]; then
  echo
  echo "== where the time of a build from clean goes (one more build, timestamped log and JFR; not timed)"
  profile_build clean || echo "(the profiled build failed; the timed figures above stand)"
fi
