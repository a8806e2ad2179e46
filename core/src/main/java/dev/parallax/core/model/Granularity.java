package dev.parallax.core.model;

public enum Granularity { DAY, WEEK, MONTH, YEAR, RANGE, DURATION, UNKNOWN }
