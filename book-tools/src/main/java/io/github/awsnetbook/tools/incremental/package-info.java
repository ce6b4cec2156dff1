/**
 * Skips a locale's build when nothing it reads has changed.
 *
 * <p>A locale's book depends on its sources, the source locale's, the figures, the theme, the
 * termbase, the poms and the build's own code. {@link InputDigest} condenses all of them into one
 * SHA-256; {@link BuildStamp} records it, with a digest of every output, after a build succeeded.
 * The next build compares both: when the inputs are the same and every output is still the one the
 * stamp names, the book is up to date and no step converts, checks or prints it again. An output
 * changed or deleted by hand, or a failed build (which leaves no stamp), makes the build run.
 */
package io.github.awsnetbook.tools.incremental;
