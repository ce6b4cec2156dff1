/**
 * The book's conversion as a Java API: the Asciidoctor options and attributes the build's
 * asciidoctor-maven-plugin configuration (root {@code pom.xml}) gives a locale's HTML page, with
 * one warm Asciidoctor reused across conversions, for callers that convert more than once (the live
 * preview). {@code BookConversionTest} holds the class and the pom to the same attributes.
 */
package io.github.awsnetbook.tools.conversion;
