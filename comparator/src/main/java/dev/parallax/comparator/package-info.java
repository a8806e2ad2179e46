/** Comparing accounts of one event. */
package dev.parallax.comparator;
