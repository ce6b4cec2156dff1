#!/usr/bin/env bash
# Adds a locale to the book: ./new-locale.sh LANG   (for example ./new-locale.sh ko)
#
# Creates content-LANG/ from locale-template/ (the book's header copied from the source locale,
# built-in labels in English to translate, the source's figure labels to translate), and adds the
# module and the locale to the root pom.xml. Every section starts untranslated: the book shows it
# in the source language under a notice until a translator translates and records it.
set -euo pipefail
cd "$(dirname "$0")"

lang="${1:-}"
if [[ ! "$lang" =~ ^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$ ]]; then
  echo "error: usage: ./new-locale.sh LANG, where LANG is a language code such as ko or pt-BR" >&2
  exit 2
fi
module="content-$lang"
if [[ -e "$module" ]]; then
  echo "error: $module already exists; pick another language code or remove it first" >&2
  exit 2
fi
source_lang="$(sed -n 's:.*<book.source.lang>\(.*\)</book.source.lang>.*:\1:p' pom.xml)"
source_dir="content-$source_lang/src/docs/asciidoc"

# The header lines a translator translates: title, author, revision, description, the dates and
# the like.
header="$(awk '
  /^= / { print; in_header = 1; next }
  in_header && /^[:\/]|^(ifn?def|include)::/ { in_header = 0 }
  in_header { print }
  /^:(description|subject|keywords|title-logo-image|original-date|edition-date|sources-checked-date):/ { print }
' "$source_dir/index.adoc")"

mkdir -p "$module/src/docs/asciidoc/figures" "$module/src/docs/asciidoc/chapters"
sed "s/__LANG__/$lang/g" locale-template/pom.xml | grep -v "new-locale.sh writes it" > "$module/pom.xml"
cp locale-template/src/docs/asciidoc/_locale.adoc "$module/src/docs/asciidoc/_locale.adoc"
awk -v lang="$lang" -v header="$header" '
  $0 == "__HEADER__" { print header; next }
  { gsub(/__LANG__/, lang); print }
' locale-template/src/docs/asciidoc/index.adoc > "$module/src/docs/asciidoc/index.adoc"
cp "$source_dir/figures/figures.properties" "$module/src/docs/asciidoc/figures/figures.properties"

# One module line after the last content module, and the locale in book.locales.
last_module="$(grep -o '<module>content-[^<]*</module>' pom.xml | tail -1)"
sed -i "s|^\(\s*\)$last_module|&\n\1<module>$module</module>|" pom.xml
sed -i "0,/<book.locales>/s|<book.locales>\([^<]*\)</book.locales>|<book.locales>\1 $lang</book.locales>|" pom.xml

echo "created $module; build it with: mvn -pl $module -am package"
