/**
 * Starts a new locale's files (run by {@code new-locale.sh}): its built-in labels taken from
 * Asciidoctor's own translations, the {@code data/locale/attributes-<lang>.adoc} files of the
 * asciidoctor gem inside the AsciidoctorJ jar, and its header's date written the locale's way by
 * ICU; whatever neither has stays English, marked for the translator.
 */
package io.github.awsnetbook.tools.newlocale;
