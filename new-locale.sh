#!/usr/bin/env bash
# Adds a locale to the book: ./new-locale.sh LANG [MAVEN OPTIONS]   (for example ./new-locale.sh ko)
#
# Creates content-LANG/ from locale-template/ (the book's header copied from the source locale, its
# date written the locale's way by ICU; the built-in labels in the locale's language where
# Asciidoctor ships a translation of them, the others in English marked "// TRANSLATE:"; the
# source's figure labels to translate), and adds the module and the locale to the root pom.xml.
# Every section starts untranslated: the book shows it in the source language, in the source's
# order, under a notice until a translator translates and records it. MAVEN OPTIONS (such as -o)
# go to the Maven run that fills in the labels (book-tools, newlocale.LocaleStart).
set -euo pipefail
cd "$(dirname "$0")"

lang="${1:-}"
shift || true
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
awk -v lang="$lang" -v header="$header" '
  $0 == "__HEADER__" { print header; next }
  { gsub(/__LANG__/, lang); print }
' locale-template/src/docs/asciidoc/index.adoc > "$module/src/docs/asciidoc/index.adoc"
cp "$source_dir/figures/figures.properties" "$module/src/docs/asciidoc/figures/figures.properties"

# The labels from Asciidoctor's translation (read from the AsciidoctorJ jar) and the header's date
# by ICU, written by the build's own code; nothing of the locale is kept if that fails.
if ! mvn -B -q "$@" -pl book-tools compile org.codehaus.mojo:exec-maven-plugin:java -Dexec.classpathScope=compile \
    -Dexec.mainClass=io.github.awsnetbook.tools.newlocale.LocaleStart \
    -Dexec.args="--root . --lang $lang"; then
  rm -rf "$module"
  echo "error: could not fill in the labels of $module (see above); nothing was created" >&2
  exit 1
fi

# One module line after the last content module, and the locale in book.locales.
last_module="$(grep -o '<module>content-[^<]*</module>' pom.xml | tail -1)"
sed -i "s|^\(\s*\)$last_module|&\n\1<module>$module</module>|" pom.xml
sed -i "0,/<book.locales>/s|<book.locales>\([^<]*\)</book.locales>|<book.locales>\1 $lang</book.locales>|" pom.xml

echo "created $module; build it with: mvn -pl $module -am package"
