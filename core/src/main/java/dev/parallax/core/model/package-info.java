/**
 * The values core produces: immutable records, no behaviour beyond small conveniences.
 *
 * <p>Every span ({@code start}, {@code end}) is a UTF-16 char offset into the cleaned text of its
 * article, end exclusive, so {@code text.substring(start, end)} is the surface. The JSON contract
 * speaks Unicode code points; renderers convert with {@link dev.parallax.core.model.CodePoints}.
 */
package dev.parallax.core.model;
