/**
 * Guards on what the build reads and publishes.
 *
 * <p>Inside Asciidoctor: every conversion stays at SAFE mode or stricter ({@link
 * io.github.awsnetbook.tools.safety.SafeModeFloor}, whatever a caller asks for), and the jail of
 * includes and images follows symbolic links to their real paths ({@link
 * io.github.awsnetbook.tools.safety.RealPathJail}).
 *
 * <p>Before conversion ({@link io.github.awsnetbook.tools.safety.CheckSources}): raw-file checks of
 * bytes that must hold before anything is parsed (size, UTF-8, nesting, symbolic links, invisible
 * characters, XML without DOCTYPE, image targets and sizes read from image headers, SVG drawings
 * that refer outside themselves or hold scripts), IDs that the page's frame already has, and the
 * raw HTML, script URLs and page resources a translation may not add. They read lines, delimiters
 * and inline items through the one preprocessor and tokenizer of package {@code asciidoc}; the
 * files a book includes are those Asciidoctor's own parse reads, and the checks that need the parse
 * (frame IDs, citations) are visitors of the one source model, run when the files are fit to parse.
 *
 * <p>It owns the source check step and the guards above; reading files inside the repository and
 * XML without DOCTYPE are package {@code files}', the classification of invisible characters
 * package {@code typography}'s. It uses {@code terminology}'s reading of the books' prose to align
 * a translation's line with its source section; no package it uses depends on it.
 */
package io.github.awsnetbook.tools.safety;
