package dev.parallax.core.model;

import java.time.LocalDate;
import java.time.Period;

/**
 * A time expression, resolved against the dateline or publication date.
 *
 * @param from        first day it may denote (inclusive), null for a duration or when unresolvable
 * @param to          last day it may denote (inclusive), null for a duration or when unresolvable
 * @param granularity how precise it is
 * @param duration    for durations ("six months", "half a year"): a normalized period (P6M for both), else null
 * @param relative    true when it was resolved relative to publication ("yesterday", "last month")
 */
public record TimeExpression(int start, int end, String surface, LocalDate from, LocalDate to,
                             Granularity granularity, Period duration, boolean relative) {}
