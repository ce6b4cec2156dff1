/**
 * Links each locale's HTML book to the same page in every other locale.
 *
 * <p>The locale folders are published side by side ({@code ja/}, {@code en/}, …), so the page of
 * another locale is always {@code ../<lang>/index.html}.
 */
package io.github.awsnetbook.tools.locales;
